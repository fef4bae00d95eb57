import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { InstitutionList } from '../../components/InstitutionList';
import { ProductList } from '../../components/ProductList';

/**
 * 网络金融超市: the published products (by kind, label and a search), two to four of them picked to compare, and the
 * institutions, one tab each; the tab stands in the URL (`?tab=institutions`), and switching clears the filters.
 */
export function FinancePage() {
  const { t } = useTranslation('finance');
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'institutions' ? 'institutions' : 'products';
  return (
    <div>
      <PageHeader
        title={t('market.title')}
        documentTitle={tab === 'institutions' ? t('market.institutionsTitle') : t('market.title')}
        subtitle={t('market.subtitle')}
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === 'products' ? {} : { tab: k }, { replace: true })}
        items={[
          { key: 'products', label: <span data-testid="finance-tab-products">{t('market.products')}</span> },
          {
            key: 'institutions',
            label: <span data-testid="finance-tab-institutions">{t('market.institutions')}</span>,
          },
        ]}
      />
      {tab === 'institutions' ? (
        <InstitutionList />
      ) : (
        <ProductList scope="public" link={(p) => `/finance/products/${p.id}`} testId="finance-products" compare />
      )}
    </div>
  );
}
