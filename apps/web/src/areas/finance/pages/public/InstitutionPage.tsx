import { Card, Descriptions, List, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { useInstitution } from '../../api';
import { ProductList } from '../../components/ProductList';
import { useFinanceLabels } from '../../labels';

/** An institution of the supermarket: its profile, its branches (科技专业支行 marked) and its published products. */
export function InstitutionPage() {
  const { t } = useTranslation('finance');
  const labels = useFinanceLabels();
  const id = Number(useParams().id);
  const one = useInstitution(id);
  if (one.isError) return <QueryError error={one.error} onRetry={() => one.refetch()} />;
  const i = one.data;
  if (!i) return <Spin />;
  return (
    <div data-testid="institution" data-id={i.orgId}>
      <PageHeader title={i.name} subtitle={labels.institutionKind(i.kind)} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{i.intro}</Typography.Paragraph>
          <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
            <Descriptions.Item label={t('fields.institutionKind')}>{labels.institutionKind(i.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('institution.contact')}>
              {i.contactName} {i.contactPhone}
            </Descriptions.Item>
            <Descriptions.Item label={t('institution.productCount')}>{i.productCount}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('institution.branches')}>
          <List
            data-testid="institution-branches"
            dataSource={i.branches}
            locale={{ emptyText: t('institution.noBranches') }}
            renderItem={(b) => (
              <List.Item>
                <Space orientation="vertical" size={0}>
                  <Space wrap>
                    <Typography.Text strong>{b.name}</Typography.Text>
                    {b.techBranch && (
                      <Tag color="green" data-testid="tech-branch">
                        {t('institution.techBranch')}
                      </Tag>
                    )}
                  </Space>
                  <Typography.Text type="secondary">{[b.address, b.phone].filter(Boolean).join(' · ')}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {t('institution.products')}
        </Typography.Title>
        <ProductList
          scope="public"
          institutionOrgId={i.orgId}
          link={(p) => `/finance/products/${p.id}`}
          testId="institution-products"
        />
      </Space>
    </div>
  );
}
