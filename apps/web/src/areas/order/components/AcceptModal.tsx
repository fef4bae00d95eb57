import { Alert, App, Modal, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { useFormatExactMoney } from '../../../kit/money';
import { useOverlayWidth } from '../../../kit/responsive';
import type { Order } from '../../../kit/types';
import { useService } from '../../catalog/api';
import { useVouchers } from '../../voucher/api';
import { VoucherSplitPicker } from '../../voucher/components/VoucherSplitPicker';
import { splitPayment, usableFor } from '../../voucher/voucher-split';
import type { OrderStep } from '../api';
import { PartnerVoucherFields, type PartnerVoucherValue, partnerVoucherState } from './PartnerVoucherFields';

/**
 * The buyer accepts the amount, optionally paying with its organisation's vouchers: the split (voucher share =
 * min(coverage × amount, balances), own share = the rest) is shown before accepting; none chosen pays it all.
 */
export function AcceptModal({
  order: o,
  open,
  onClose,
  run,
}: {
  order: Order;
  open: boolean;
  onClose: () => void;
  run: (step: OrderStep) => Promise<unknown>;
}) {
  const { t } = useTranslation(['voucher', 'order']);
  const { message } = App.useApp();
  const money = useFormatExactMoney();
  const width = useOverlayWidth(560);
  const service = useService(open ? o.serviceId : undefined);
  const vouchers = useVouchers({ scope: 'mine', pageSize: 100 }, open);
  const [chosen, setChosen] = useState<number[]>([]);
  const [busy, setBusy] = useState(false);
  const [partner, setPartner] = useState<PartnerVoucherValue>({ region: '', number: '', code: '' });
  const partnerState = partnerVoucherState(partner);
  const amount = o.amount ?? 0;
  const eligible = service.data?.voucherEligible ?? false;
  const usable = useMemo(
    () => (vouchers.data?.items ?? []).filter((v) => usableFor(v, o.category)),
    [vouchers.data, o.category],
  );
  const picked = usable.filter((v) => chosen.includes(v.id));
  const split = splitPayment(amount, eligible ? picked : []);

  return (
    <Modal
      open={open}
      width={width}
      title={t('voucherPay.title')}
      okText={t('voucherPay.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'order-accept-confirm' }}
      confirmLoading={busy}
      onCancel={onClose}
      destroyOnHidden
      afterClose={() => {
        setChosen([]);
        setPartner({ region: '', number: '', code: '' });
      }}
      onOk={async () => {
        if (partnerState === 'incomplete' || partnerState === 'badRegion') return;
        setBusy(true);
        try {
          const ids = split.parts.map((p) => p.voucherId);
          const partnerVoucher =
            partnerState === 'ok'
              ? { region: partner.region.trim(), number: partner.number.trim(), code: partner.code.trim() }
              : undefined;
          await run(
            ids.length || partnerVoucher
              ? { action: 'accept', body: { vouchers: ids, ...(partnerVoucher ? { partnerVoucher } : {}) } }
              : { action: 'accept' },
          );
          message.success(t('order:orders.done'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph>
        {t('voucherPay.orderAmount')}: <Typography.Text strong>{money(amount)}</Typography.Text>
      </Typography.Paragraph>
      {service.data && !eligible ? (
        <Alert type="info" showIcon title={t('voucherPay.serviceNotEligible')} />
      ) : vouchers.data && usable.length === 0 ? (
        <Alert
          type="info"
          showIcon
          title={t('voucherPay.noVouchers')}
          action={<Link to="/vouchers/schemes">{t('voucherPay.findSchemes')}</Link>}
        />
      ) : (
        usable.length > 0 && (
          <>
            <Typography.Text type="secondary">{t('voucherPay.choose')}</Typography.Text>
            <VoucherSplitPicker usable={usable} picked={chosen} split={split} onChange={setChosen} testId="accept" />
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
              {t('voucherPay.hint')}
            </Typography.Paragraph>
          </>
        )
      )}
      {eligible && <PartnerVoucherFields value={partner} onChange={setPartner} />}
    </Modal>
  );
}
