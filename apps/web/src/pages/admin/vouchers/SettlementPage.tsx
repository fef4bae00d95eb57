import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES } from '../../../api/settlement';
import { PageHeader } from '../../../components/PageHeader';
import { readOne, useUrlState } from '../../../lib/url-state';
import { BatchesCard } from './BatchesCard';
import { ClaimsCard } from './ClaimsCard';

/** Voucher settlement for the administration: review claims, batch the approved ones, export and record payment. */
export function SettlementPage() {
  const { t } = useTranslation();
  const { params, update } = useUrlState();
  return (
    <div>
      <PageHeader title={t('settlement.title')} subtitle={t('settlement.adminSubtitle')} />
      <ClaimsCard status={readOne(params, 'status', CLAIM_STATUSES)} onStatus={(status) => update({ status })} />
      <BatchesCard />
    </div>
  );
}
