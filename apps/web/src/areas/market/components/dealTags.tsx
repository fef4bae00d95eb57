import type { ContractStatus, DealStatus, RegistrationStatus } from '@cz/shared/market';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const DEAL: Record<DealStatus, string> = {
  negotiating: 'processing',
  notice: 'purple',
  agreed: 'blue',
  contracted: 'success',
  cancelled: 'default',
};
const CONTRACT: Record<ContractStatus, string> = { draft: 'processing', signed: 'success' };
const REGISTRATION: Record<RegistrationStatus, string> = {
  submitted: 'processing',
  returned: 'volcano',
  registered: 'success',
  refused: 'error',
};

export function DealStatusTag({ status, testId }: { status: DealStatus; testId?: string }) {
  const { t } = useTranslation('market');
  return (
    <Tag color={DEAL[status]} data-testid={testId} data-status={status}>
      {t(`deals.status.${status}`)}
    </Tag>
  );
}

export function ContractStatusTag({ status, testId }: { status: ContractStatus; testId?: string }) {
  const { t } = useTranslation('market');
  return (
    <Tag color={CONTRACT[status]} data-testid={testId} data-status={status}>
      {t(`contracts.status.${status}`)}
    </Tag>
  );
}

export function RegistrationStatusTag({ status, testId }: { status: RegistrationStatus; testId?: string }) {
  const { t } = useTranslation('market');
  return (
    <Tag color={REGISTRATION[status]} data-testid={testId} data-status={status}>
      {t(`registrations.status.${status}`)}
    </Tag>
  );
}
