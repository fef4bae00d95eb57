import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { formatDateTime } from '../../../kit/datetime';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Voucher } from '../../../kit/types';
import { useNewRedemptionCode, useRedemptionCode } from '../redemption-code.api';

/**
 * 通兑: the voucher's redemption code, which a provider's platform in a partner region needs besides the number to
 * hold the voucher. Only its hash is kept, so a new code is shown once, here; setting one ends the old code and lifts
 * a lock after wrong codes.
 */
export function RedemptionCodeModal({ voucher: v, onClose }: { voucher: Voucher | null; onClose: () => void }) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const width = useOverlayWidth(520);
  const status = useRedemptionCode(v?.id);
  const create = useNewRedemptionCode();
  const [shown, setShown] = useState<string | null>(null);
  return (
    <Modal
      open={v !== null}
      title={t('redemptionCode.title', { number: v?.number ?? '' })}
      width={width}
      onCancel={onClose}
      afterClose={() => setShown(null)}
      destroyOnHidden
      footer={<Button onClick={onClose}>{t('redemptionCode.close')}</Button>}
    >
      <Typography.Paragraph type="secondary">{t('redemptionCode.hint')}</Typography.Paragraph>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('redemptionCode.setAt')}>
          <span data-testid="redemption-code-set-at">
            {status.data?.setAt ? formatDateTime(status.data.setAt) : t('redemptionCode.notSet')}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('redemptionCode.failures')}>{status.data?.failures ?? 0}</Descriptions.Item>
      </Descriptions>
      {status.data?.locked && (
        <Alert style={{ marginTop: 12 }} type="error" showIcon message={t('redemptionCode.locked')} />
      )}
      {shown ? (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          message={t('redemptionCode.newCode')}
          description={
            <>
              <Typography.Title level={3} copyable style={{ margin: '4px 0' }} data-testid="redemption-code">
                {shown}
              </Typography.Title>
              <Typography.Text type="secondary">{t('redemptionCode.onlyOnce')}</Typography.Text>
            </>
          }
        />
      ) : (
        <Button
          style={{ marginTop: 12 }}
          type="primary"
          loading={create.isPending}
          data-testid="redemption-code-new"
          onClick={async () => {
            if (!v) return;
            try {
              setShown((await create.mutateAsync(v.id)).code);
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          {status.data?.setAt ? t('redemptionCode.replace') : t('redemptionCode.create')}
        </Button>
      )}
    </Modal>
  );
}
