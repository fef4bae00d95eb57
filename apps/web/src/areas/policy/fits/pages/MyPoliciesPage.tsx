import { Card, Col, Empty, Pagination, Radio, Row, Spin, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { formatMoney } from '../../../../kit/money';
import { useFits } from '../api';
import { FitList } from '../components/FitList';
import { SubscriptionCard } from '../components/SubscriptionCard';

const PAGE_SIZE = 20;
type Result = 'eligible' | 'needs_data';

/** 适合我的政策: the open items the enterprise qualifies for (with amounts and their total) or could with more data. */
export function MyPoliciesPage() {
  const { t } = useTranslation('policy');
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const [params, setParams] = useSearchParams();
  const raw = params.get('result');
  const result: Result | undefined = raw === 'eligible' || raw === 'needs_data' ? raw : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const fits = useFits(orgId, { page, pageSize: PAGE_SIZE, ...(result ? { result } : {}) });
  const set = (next: { result?: Result | undefined; page?: number }) => {
    const p = new URLSearchParams(params);
    if ('result' in next) {
      if (next.result) p.set('result', next.result);
      else p.delete('result');
      p.delete('page');
    }
    if (next.page && next.page > 1) p.set('page', String(next.page));
    else if (next.page) p.delete('page');
    setParams(p, { replace: true });
  };
  const d = fits.data;
  return (
    <div>
      <PageHeader
        title={t('fits.mine.title')}
        subtitle={t('fits.mine.subtitle')}
        extra={
          orgId ? (
            <ExportButton
              path={`/policy/orgs/${orgId}/fits/export.xlsx`}
              query={result ? { result } : undefined}
              fileName="policy-fits.xlsx"
              testId="fits-export"
            />
          ) : undefined
        }
      />
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic title={t('fits.mine.eligible')} value={d?.eligible ?? '-'} data-testid="fits-eligible" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic title={t('fits.mine.needsData')} value={d?.needsData ?? '-'} data-testid="fits-needs-data" />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card size="small">
            <Statistic
              title={t('fits.mine.total')}
              value={d ? formatMoney(d.totalFen) : '-'}
              data-testid="fits-total"
              data-fen={d?.totalFen ?? ''}
            />
          </Card>
        </Col>
      </Row>
      <Card style={{ marginBottom: 12 }}>
        <Radio.Group
          optionType="button"
          aria-label={t('fits.mine.result')}
          value={result ?? 'all'}
          onChange={(ev) => set({ result: ev.target.value === 'all' ? undefined : (ev.target.value as Result) })}
          options={[
            { value: 'all', label: t('fits.mine.all') },
            { value: 'eligible', label: t('fits.mine.eligible') },
            { value: 'needs_data', label: t('fits.mine.needsData') },
          ]}
          data-testid="fits-result"
          style={{ marginBottom: 12 }}
        />
        {fits.isError ? (
          <QueryError error={fits.error} onRetry={() => fits.refetch()} />
        ) : !d ? (
          <Spin />
        ) : d.items.length === 0 ? (
          <Empty description={t('fits.mine.empty')} />
        ) : (
          <div data-testid="my-fits" data-total={d.total}>
            <FitList fits={d.items} member />
            <Pagination
              align="end"
              current={d.page}
              pageSize={PAGE_SIZE}
              total={d.total}
              showSizeChanger={false}
              onChange={(p) => set({ page: p })}
            />
          </div>
        )}
      </Card>
      {orgId && <SubscriptionCard orgId={orgId} />}
    </div>
  );
}
