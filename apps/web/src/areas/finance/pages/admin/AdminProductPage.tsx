import { productReviewSchema } from '@cz/shared/finance';
import { Alert, App, Button, Space, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ReasonModal } from '../../../../kit/components/ReasonModal';
import { useProduct, useReviewProduct } from '../../api';
import { ProductTerms } from '../../components/ProductTerms';
import { ProductStatusTag } from '../../components/tags';

const noteSchema = productReviewSchema.shape.note.unwrap().min(2);

/** A product under review: its terms and conditions; publish it, or return it with the reason. */
export function AdminProductPage() {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const one = useProduct(id);
  const review = useReviewProduct();
  const [returning, setReturning] = useState(false);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const p = one.data;
  if (!p) return <Spin />;
  const publish = async () => {
    try {
      await review.mutateAsync({ id: p.id, decision: 'publish' });
      message.success(t('admin.product.published'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <div data-testid="admin-product" data-id={p.id} data-status={p.status}>
      <PageHeader
        title={
          <Space wrap>
            {p.name}
            <ProductStatusTag status={p.status} testId="product-status" />
          </Space>
        }
        documentTitle={p.name}
        subtitle={p.institutionName}
        extra={
          p.status === 'submitted' && (
            <>
              <Button type="primary" onClick={publish} loading={review.isPending} data-testid="product-publish">
                {t('admin.product.publish')}
              </Button>
              <Button danger onClick={() => setReturning(true)} data-testid="product-return">
                {t('admin.product.return')}
              </Button>
            </>
          )
        }
      />
      {p.reviewNote && (
        <Alert
          type="info"
          showIcon
          title={t('fields.reviewNote')}
          description={p.reviewNote}
          style={{ marginBottom: 16 }}
        />
      )}
      <ProductTerms product={p} />
      <ReasonModal
        open={returning}
        title={t('admin.product.returnTitle')}
        label={t('admin.product.returnReason')}
        schema={noteSchema}
        danger
        testId="product-return"
        onSubmit={(note) => review.mutateAsync({ id: p.id, decision: 'return', note })}
        onClose={() => setReturning(false)}
      />
    </div>
  );
}
