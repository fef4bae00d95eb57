import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { ProductList } from '../../components/ProductList';

/** 金融产品审核: every institution's products; the submitted ones first, to publish or return. */
export function AdminProductsPage() {
  const { t } = useTranslation('finance');
  return (
    <div>
      <PageHeader title={t('admin.products.title')} subtitle={t('admin.products.subtitle')} />
      <ProductList
        scope="all"
        defaultStatus="submitted"
        link={(p) => `/admin/finance/products/${p.id}`}
        testId="admin-products"
      />
    </div>
  );
}
