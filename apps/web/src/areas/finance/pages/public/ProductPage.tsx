import { Space, Spin } from 'antd';
import { useParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useProduct } from '../../api';
import { PrecheckPanel } from '../../components/PrecheckPanel';
import { ProductTerms } from '../../components/ProductTerms';
import { ProductStatusTag } from '../../components/tags';

/** One product of the supermarket: its terms and who may have it; an enterprise pre-checks it, with a need or not. */
export function ProductPage() {
  const id = Number(useParams().id);
  const one = useProduct(id);
  const { me } = useAuth();
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const p = one.data;
  if (!p) return <Spin />;
  return (
    <div data-testid="product" data-id={p.id} data-status={p.status}>
      <PageHeader
        title={
          <Space wrap>
            {p.name}
            {p.status !== 'published' && <ProductStatusTag status={p.status} />}
          </Space>
        }
        documentTitle={p.name}
        subtitle={p.institutionName}
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <ProductTerms product={p} />
        {me?.role === 'enterprise' && p.status === 'published' && <PrecheckPanel productId={p.id} />}
      </Space>
    </div>
  );
}
