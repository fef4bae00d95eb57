import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { FundsView } from '../../components/FundsView';

/** The finance office keeps the guide funds: new funds, commitments and investments. */
export function AdminFundsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('fund.adminTitle')} subtitle={t('fund.adminSubtitle')} />
      <FundsView office />
    </div>
  );
}
