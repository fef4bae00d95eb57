import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { ClaimList } from '../../components/ClaimList';

/** My institution's compensation claims (filed from a non-performing loan case) and how far each has come. */
export function DeskPoolClaimsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('claim.title')} subtitle={t('claim.deskSubtitle')} />
      <ClaimList scope="institution" />
    </div>
  );
}
