import type { ClaimStatus } from '@cz/shared/voucher';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scheme, Voucher, VoucherApplication } from '../../../kit/types';

const SCHEME: Record<Scheme['status'], string> = { draft: 'default', open: 'success', closed: 'warning' };
const APPLICATION: Record<VoucherApplication['status'], string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};
const VOUCHER: Record<Voucher['status'], string> = { active: 'success', suspended: 'warning', expired: 'default' };
const CLAIM: Record<ClaimStatus, string> = {
  submitted: 'processing',
  approved: 'blue',
  returned: 'error',
  batched: 'purple',
  paid: 'success',
};

type Props<S> = { status: S; testId?: string | undefined };

function StateTag({ color, status, text, testId }: { color: string; status: string; text: string; testId?: string }) {
  return (
    <Tag color={color} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {text}
    </Tag>
  );
}

export function SchemeStatusTag({ status, testId }: Props<Scheme['status']>) {
  const { t } = useTranslation('voucher');
  return <StateTag color={SCHEME[status]} status={status} text={t(`voucherStatus.scheme.${status}`)} testId={testId} />;
}

export function ApplicationStatusTag({ status, testId }: Props<VoucherApplication['status']>) {
  const { t } = useTranslation('voucher');
  return (
    <StateTag
      color={APPLICATION[status]}
      status={status}
      text={t(`voucherStatus.application.${status}`)}
      testId={testId}
    />
  );
}

export function VoucherStatusTag({ status, testId }: Props<Voucher['status']>) {
  const { t } = useTranslation('voucher');
  return (
    <StateTag color={VOUCHER[status]} status={status} text={t(`voucherStatus.voucher.${status}`)} testId={testId} />
  );
}

export function ClaimStatusTag({ status, testId }: Props<ClaimStatus>) {
  const { t } = useTranslation('voucher');
  return <StateTag color={CLAIM[status]} status={status} text={t(`voucherStatus.claim.${status}`)} testId={testId} />;
}
