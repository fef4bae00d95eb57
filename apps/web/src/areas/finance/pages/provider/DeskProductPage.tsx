import { PRODUCT_EDITABLE, PRODUCT_TRANSITIONS, type Product } from '@cz/shared/finance';
import { Alert, App, Button, Popconfirm, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { type ProductStepAction, useProduct, useProductStep } from '../../api';
import { ProductForm } from '../../components/ProductForm';
import { ProductTerms } from '../../components/ProductTerms';
import { ProductStatusTag } from '../../components/tags';

const STEPS: ProductStepAction[] = ['submit', 'withdraw', 'suspend', 'resume', 'retire'];

function StepButtons({ product: p }: { product: Product }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const step = useProductStep();
  const run = async (action: ProductStepAction) => {
    try {
      await step.mutateAsync({ id: p.id, action });
      message.success(t(`desk.product.done.${action}`));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <>
      {STEPS.filter((a) => PRODUCT_TRANSITIONS[a].from.includes(p.status)).map((a) =>
        a === 'submit' ? (
          <Button key={a} type="primary" onClick={() => run(a)} loading={step.isPending} data-testid="product-submit">
            {t('productAction.submit')}
          </Button>
        ) : (
          <Popconfirm key={a} title={t(`desk.product.confirm.${a}`)} onConfirm={() => run(a)}>
            <Button danger={a === 'retire'} data-testid={`product-${a}`}>
              {t(`productAction.${a}`)}
            </Button>
          </Popconfirm>
        ),
      )}
    </>
  );
}

/** A product of my institution: written and changed while a draft or returned, then sent, suspended, retired. */
export function DeskProductPage() {
  const { t } = useTranslation('finance');
  const navigate = useNavigate();
  const id = Number(useParams().id) || undefined;
  const one = useProduct(id);
  if (!id)
    return (
      <div style={{ maxWidth: 1100 }}>
        <PageHeader title={t('desk.product.newTitle')} subtitle={t('desk.product.subtitle')} />
        <ProductForm onSaved={(p) => navigate(`/finance-desk/products/${p.id}`)} />
      </div>
    );
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const p = one.data;
  if (!p) return <Spin />;
  const editable = PRODUCT_EDITABLE.includes(p.status);
  return (
    <div style={{ maxWidth: 1100 }} data-testid="desk-product" data-id={p.id} data-status={p.status}>
      <PageHeader
        title={
          <Space wrap>
            {p.name}
            <ProductStatusTag status={p.status} testId="product-status" />
          </Space>
        }
        documentTitle={p.name}
        subtitle={t('desk.product.subtitle')}
        extra={<StepButtons product={p} />}
      />
      {p.reviewNote && (
        <Alert
          type={p.status === 'returned' ? 'warning' : 'info'}
          showIcon
          title={t('fields.reviewNote')}
          description={p.reviewNote}
          style={{ marginBottom: 16 }}
          data-testid="product-review-note"
        />
      )}
      {editable ? <ProductForm product={p} onSaved={() => one.refetch()} /> : <ProductTerms product={p} />}
    </div>
  );
}
