import type { IpClass, IpLegalStatus, IpVerification } from '@cz/shared/ip';
import { Tag } from 'antd';
import { useIpLabels } from '../labels';

const STATUS_COLORS: Record<IpLegalStatus, string> = { pending: 'processing', valid: 'success', lapsed: 'default' };
const VERIFICATION_COLORS: Record<IpVerification, string> = {
  pending: 'gold',
  verified: 'success',
  rejected: 'error',
};

export function LegalStatusTag({ status }: { status: IpLegalStatus }) {
  const labels = useIpLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status} style={{ marginInlineEnd: 0 }}>
      {labels.legalStatus(status)}
    </Tag>
  );
}

export function VerificationTag({ verification, testId }: { verification: IpVerification; testId?: string }) {
  const labels = useIpLabels();
  return (
    <Tag
      color={VERIFICATION_COLORS[verification]}
      data-status={verification}
      data-testid={testId}
      style={{ marginInlineEnd: 0 }}
    >
      {labels.verification(verification)}
    </Tag>
  );
}

export function ClassTag({ ipClass }: { ipClass: IpClass | null }) {
  const labels = useIpLabels();
  return (
    <Tag color={ipClass === 'I' ? 'purple' : ipClass === 'II' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
      {labels.ipClass(ipClass)}
    </Tag>
  );
}
