import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { NeedList } from '../../components/NeedList';

/** 推送的融资需求: the needs pushed to my institution, to claim or pass before the first-contact day. */
export function DeskNeedsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('desk.needs.title')} subtitle={t('desk.needs.subtitle')} />
      <NeedList scope="pushed" link={(n) => `/finance-desk/needs/${n.id}`} testId="desk-needs" />
    </div>
  );
}
