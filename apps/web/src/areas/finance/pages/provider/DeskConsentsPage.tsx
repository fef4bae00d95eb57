import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { ConsentTable } from '../../components/ConsentTable';

/** 企业信息授权: the consents enterprises gave my institution, each with their facts to read. */
export function DeskConsentsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('desk.consents.title')} subtitle={t('desk.consents.subtitle')} />
      <Card>
        <ConsentTable side="received" />
      </Card>
    </div>
  );
}
