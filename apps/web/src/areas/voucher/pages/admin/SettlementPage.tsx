import { CLAIM_STATUSES } from '@cz/shared/voucher';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { BatchesCard } from '../../components/BatchesCard';
import { ClaimsCard } from '../../components/ClaimsCard';

const CLAIM_LIST = { filters: { status: filter.oneOf(CLAIM_STATUSES) } };

/** Voucher settlement for the administration: review claims, batch the approved ones, export and record payment. */
export function SettlementPage() {
  const { t } = useTranslation('voucher');
  const { filters, update } = useListPage(CLAIM_LIST);
  return (
    <div>
      <PageHeader title={t('settlement.title')} subtitle={t('settlement.adminSubtitle')} />
      <ClaimsCard status={filters.status} onStatus={(status) => update({ status })} />
      <BatchesCard />
    </div>
  );
}
