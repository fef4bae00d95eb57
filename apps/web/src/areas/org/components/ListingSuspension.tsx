import { type Org, suspendBodySchema } from '@cz/shared';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { ReasonModal } from '../../../kit/components/ReasonModal';
import { useSuspendProvider } from '../../catalog/api';

const reasonField = suspendBodySchema.options[0].shape.reason;

/** Suspends or reinstates every listing of a provider at once. */
export function ListingSuspension({ org }: { org: Org }) {
  const { t } = useTranslation(['org', 'catalog']);
  const { message, modal } = App.useApp();
  const suspend = useSuspendProvider();
  const [open, setOpen] = useState(false);
  const done = (r: unknown) =>
    message.success(t('listings.done', { count: (r as { changed?: number } | undefined)?.changed ?? 0 }));
  if (org.kind !== 'provider' && org.kind !== 'university') return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="listings-suspend">
        {t('listings.suspendAll')}
      </Button>
      <Button
        data-testid="listings-reinstate"
        onClick={() =>
          modal.confirm({
            title: t('listings.reinstateConfirm'),
            okText: t('listings.reinstateAll'),
            cancelText: t('common.cancel'),
            onOk: () =>
              suspend
                .mutateAsync({ orgId: org.id, body: { action: 'reinstate' } })
                .then(done, (err) => message.error(errorMessage(err))),
          })
        }
      >
        {t('listings.reinstateAll')}
      </Button>
      <ReasonModal
        open={open}
        title={t('listings.suspendAllTitle')}
        label={t('catalog:adminServices.reason')}
        okText={t('catalog:adminServices.suspend')}
        danger
        schema={reasonField}
        testId="listings-suspend"
        onSubmit={async (reason) =>
          done(await suspend.mutateAsync({ orgId: org.id, body: { action: 'suspend', reason } }))
        }
        onClose={() => setOpen(false)}
      />
    </>
  );
}
