import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { PoolForm } from '../../components/PoolForm';

/** A new risk-compensation pool. */
export function AdminPoolNewPage() {
  const { t } = useTranslation('finance');
  const navigate = useNavigate();
  return (
    <div>
      <PageHeader title={t('pool.new')} subtitle={t('pool.newSubtitle')} />
      <PoolForm onSaved={(p) => navigate(`/admin/finance/pools/${p.id}`)} />
    </div>
  );
}
