import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { CaseList } from '../../components/CaseList';

/** 贷款案件: my institution's loan cases from claim to repayment. */
export function DeskCasesPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('desk.cases.title')} subtitle={t('desk.cases.subtitle')} />
      <CaseList scope="institution" link={(c) => `/finance-desk/needs/${c.needId}`} />
    </div>
  );
}
