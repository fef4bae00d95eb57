import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { readOne, useUrlState } from '../../../../kit/list/url-state';
import { BatchesCard } from '../../components/BatchesCard';
import { ClaimsCard } from '../../components/ClaimsCard';
import { CLAIM_STATUSES } from '../../settlement.api';

/** Voucher settlement for the administration: review claims, batch the approved ones, export and record payment. */
export function SettlementPage() {
  const { t } = useTranslation('voucher');
  const { params, update } = useUrlState();
  return (
    <div>
      <PageHeader title={t('settlement.title')} subtitle={t('settlement.adminSubtitle')} />
      <ClaimsCard status={readOne(params, 'status', CLAIM_STATUSES)} onStatus={(status) => update({ status })} />
      <BatchesCard />
    </div>
  );
}
