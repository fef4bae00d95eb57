import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { BatchesCard } from '../../components/BatchesCard';
import { ClaimsCard } from '../../components/ClaimsCard';

/** Voucher settlement for the administration: review claims, batch the approved ones, export and record payment. */
export function SettlementPage() {
  const { t } = useTranslation('voucher');
  return (
    <div>
      <PageHeader title={t('settlement.title')} subtitle={t('settlement.adminSubtitle')} />
      <ClaimsCard />
      <BatchesCard />
    </div>
  );
}
