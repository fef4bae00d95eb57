import type { Achievement, MarketPatent } from '@cz/shared/market';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { usePatents } from '../deals.api';
import { OpenLicenceActions } from './OpenLicenceActions';
import { usePatentColumns } from './patentColumns';

/**
 * The patents of an achievement offered for transfer or licence (专利超市), with their open licences: the holder
 * declares or withdraws one, another organisation takes it.
 */
export function PatentsCard({ achievement: a }: { achievement: Achievement }) {
  const { t } = useTranslation('market');
  const offered = a.transferModes.includes('transfer') || a.transferModes.includes('licence');
  const list = usePatents({ achievementId: a.id, page: 1, pageSize: 50 }, offered && a.ipRecordIds.length > 0);
  const canDeclare = a.status === 'published' && a.transferModes.includes('licence');
  const columns = usePatentColumns({
    withAchievement: false,
    actions: (p: MarketPatent) => <OpenLicenceActions patent={p} canDeclare={canDeclare} />,
  });
  if (!offered || a.ipRecordIds.length === 0) return null;
  if (list.isError) return <QueryError error={list.error} onRetry={() => list.refetch()} />;
  if (list.data && list.data.items.length === 0) return null;
  return (
    <Card title={t('patents.cardTitle')} style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">{t('patents.cardHint')}</Typography.Paragraph>
      <div data-testid="achievement-patents" data-total={list.data?.total ?? ''}>
        <DataTable<MarketPatent>
          rowKey="ipRecordId"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={false}
        />
      </div>
    </Card>
  );
}
