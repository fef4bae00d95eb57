import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { FundsView } from '../../components/FundsView';

/** 产业引导基金: the guide funds and their sub-funds, for anyone. */
export function FundsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('fund.title')} subtitle={t('fund.subtitle')} />
      <FundsView />
    </div>
  );
}
