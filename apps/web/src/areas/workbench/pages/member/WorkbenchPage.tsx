import type { WorkItem } from '@cz/shared/workbench';
import { Card, Col, Empty, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { tKey } from '../../../../app/i18n';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { useWorkbench } from '../../api';

function WorkItemCard({ item }: { item: WorkItem }) {
  const { t } = useTranslation('workbench');
  return (
    <Link
      to={item.link}
      data-testid={`work-item-${item.key}`}
      data-count={item.count}
      style={{ display: 'block', height: '100%' }}
    >
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Typography.Text type="secondary">{tKey(`workbench:items.${item.key}`)}</Typography.Text>
        <div style={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', marginTop: 8 }}>
          <Typography.Text
            strong
            style={{ fontSize: 28, color: item.count > 0 ? '#fa541c' : '#bfbfbf' }}
            data-testid={`work-count-${item.key}`}
          >
            {item.count}
          </Typography.Text>
          <Typography.Link>{item.count > 0 ? t('workbench.open') : t('workbench.nothing')}</Typography.Link>
        </div>
      </Card>
    </Link>
  );
}

/** 工作台: the landing page after login; what waits for me, by kind, each leading to its filtered list. */
export function WorkbenchPage() {
  const { t } = useTranslation('workbench');
  const bench = useWorkbench();
  return (
    <div data-testid="workbench" data-loaded={bench.data ? 'true' : 'false'}>
      <PageHeader title={t('workbench.title')} subtitle={t('workbench.subtitle')} />
      {bench.isError ? (
        // A plain notice: importing kit QueryError here splits the antd vendor chunks so that antd fails at start-up.
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={errorMessage(bench.error)} />
      ) : !bench.data ? (
        <Spin />
      ) : bench.data.items.length === 0 ? (
        <Empty description={t('workbench.empty')} />
      ) : (
        <Row gutter={[12, 12]}>
          {bench.data.items.map((item) => (
            <Col key={item.key} xs={24} sm={12} lg={8} xl={6}>
              <WorkItemCard item={item} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
