import type { PolicyItem } from '@cz/shared/policy';
import { App, Button, type ButtonProps, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { useEndItem, usePublishItem } from '../api';

/**
 * What an item's state allows: publishing a draft (its eligible enterprises are then found and told), closing a
 * published one to claims, or withdrawing one published by mistake; each asked for confirmation first, and a
 * refusal shown by its code's message.
 */
export function ItemActions({
  item,
  size,
  beforePublish,
}: {
  item: Pick<PolicyItem, 'id' | 'status' | 'title'>;
  size?: 'small';
  /** Runs first (the form saves what is on it) and says whether to go on. */
  beforePublish?: () => Promise<boolean>;
}) {
  const { t } = useTranslation('policy');
  const { message, modal } = App.useApp();
  const publish = usePublishItem();
  const end = useEndItem();
  const confirm = (title: string, content: string, okText: string, danger: boolean, run: () => Promise<unknown>) =>
    modal.confirm({
      title,
      content,
      okText,
      cancelText: t('items.actions.cancel'),
      okButtonProps: { danger, 'data-testid': 'item-action-confirm' } as ButtonProps,
      onOk: () =>
        run().then(
          () => undefined,
          (err) => {
            message.error(errorMessage(err));
          },
        ),
    });
  const id = item.id;
  return (
    <Space size={4} wrap>
      {item.status === 'draft' && (
        <Button
          size={size}
          type="primary"
          loading={publish.isPending}
          data-testid={`item-publish-${id}`}
          onClick={() =>
            confirm(
              t('items.actions.publishTitle', { title: item.title }),
              t('items.actions.publishText'),
              t('items.actions.publish'),
              false,
              async () => {
                if (beforePublish && !(await beforePublish())) return;
                await publish.mutateAsync(id);
                message.success(t('items.actions.published'));
              },
            )
          }
        >
          {t('items.actions.publish')}
        </Button>
      )}
      {item.status === 'published' && (
        <>
          <Button
            size={size}
            data-testid={`item-close-${id}`}
            loading={end.isPending}
            onClick={() =>
              confirm(
                t('items.actions.closeTitle', { title: item.title }),
                t('items.actions.closeText'),
                t('items.actions.close'),
                false,
                async () => {
                  await end.mutateAsync({ id, to: 'closed' });
                  message.success(t('items.actions.closed'));
                },
              )
            }
          >
            {t('items.actions.close')}
          </Button>
          <Button
            size={size}
            danger
            data-testid={`item-withdraw-${id}`}
            loading={end.isPending}
            onClick={() =>
              confirm(
                t('items.actions.withdrawTitle', { title: item.title }),
                t('items.actions.withdrawText'),
                t('items.actions.withdraw'),
                true,
                async () => {
                  await end.mutateAsync({ id, to: 'withdrawn' });
                  message.success(t('items.actions.withdrawn'));
                },
              )
            }
          >
            {t('items.actions.withdraw')}
          </Button>
        </>
      )}
    </Space>
  );
}
