import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { ProductList } from '../../components/ProductList';

/** 我的金融产品: my institution's products in every status, and a new one. */
export function DeskProductsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader
        title={t('desk.products.title')}
        subtitle={t('desk.products.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/finance-desk/products/new" data-testid="product-new">
            {t('desk.products.new')}
          </LinkButton>
        }
      />
      <ProductList scope="mine" link={(p) => `/finance-desk/products/${p.id}`} testId="desk-products" />
    </div>
  );
}
