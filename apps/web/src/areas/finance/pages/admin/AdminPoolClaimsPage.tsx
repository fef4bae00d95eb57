import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { ClaimList } from '../../components/ClaimList';

/** 风险补偿审核: every lender's claims, to review, approve (committing the pool's money), reject or pay. */
export function AdminPoolClaimsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('claim.title')} subtitle={t('claim.adminSubtitle')} />
      <ClaimList scope="all" />
    </div>
  );
}
