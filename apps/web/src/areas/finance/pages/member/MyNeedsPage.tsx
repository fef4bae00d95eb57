import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { NeedList } from '../../components/NeedList';

/** 我的融资需求: the enterprise's financing needs in every status, and a new one. */
export function MyNeedsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader
        title={t('need.mine.title')}
        subtitle={t('need.mine.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/my/finance/needs/new" data-testid="finance-need-new">
            {t('need.mine.new')}
          </LinkButton>
        }
      />
      <NeedList scope="mine" link={(n) => `/my/finance/needs/${n.id}`} testId="my-finance-needs" />
    </div>
  );
}
