import {
  ACHIEVEMENT_STAGE_CODES,
  ACHIEVEMENT_STATUSES,
  type Achievement,
  TECH_FIELD_CODES,
  TRANSFER_MODE_CODES,
} from '@cz/shared/market';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useAchievements } from '../api';
import { useMarketLabels } from '../labels';
import { useAchievementColumns } from './achievementColumns';

export const ACHIEVEMENT_LIST = defineList({
  filters: {
    q: filter.text,
    field: filter.oneOf(TECH_FIELD_CODES),
    stage: filter.oneOf(ACHIEVEMENT_STAGE_CODES),
    mode: filter.oneOf(TRANSFER_MODE_CODES),
    status: filter.oneOf(ACHIEVEMENT_STATUSES),
  },
});

/**
 * A searchable, filtered, paged list of achievements: the public market (published only), an organisation's own
 * (every status) or the administration's (every status).
 */
export function AchievementList({
  ownerOrgId,
  withStatus,
  link,
  testId,
  enabled = true,
}: {
  ownerOrgId?: number;
  withStatus: boolean;
  link: (a: Achievement) => string;
  testId: string;
  enabled?: boolean;
}) {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const listPage = useListPage(ACHIEVEMENT_LIST);
  const { filters, update } = listPage;
  const list = useAchievements({ ...listPage.query, ...(ownerOrgId ? { ownerOrgId } : {}) }, enabled);
  const columns = useAchievementColumns(link, withStatus);
  const choice = (key: 'field' | 'stage' | 'mode' | 'status', options: { value: string; label: string }[]) => ({
    value: filters[key],
    label: t(`fields.${key === 'mode' ? 'modes' : key}`),
    options,
    onChange: (v: string | undefined) => update({ [key]: v }),
  });
  const choices = [
    choice('field', labels.fieldOptions),
    choice('stage', labels.stageOptions),
    choice('mode', labels.modeOptions),
    ...(withStatus ? [choice('status', labels.statusOptions)] : []),
  ];
  return (
    <Card>
      <SearchToolbar
        q={filters.q}
        placeholder={t('list.search')}
        onSearch={(q) => update({ q })}
        searchTestId={`${testId}-search`}
        choices={choices}
        actions={
          <ExportButton
            path="/market/achievements/export.xlsx"
            query={{ ...listPage.exportQuery, ...(ownerOrgId ? { ownerOrgId } : {}) }}
            fileName="achievements.xlsx"
            testId={`${testId}-export`}
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid={testId} data-total={list.data?.total ?? ''}>
          <DataTable<Achievement> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </Card>
  );
}
