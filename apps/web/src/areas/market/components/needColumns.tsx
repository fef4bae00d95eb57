import { type Need, targetText } from '@cz/shared/market';
import type { TableColumnType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import { useMarketLabels } from '../labels';
import { AchievementStatusTag } from './achievementColumns';

type Column = TableColumnType<Need>;

/** A need's budget: from–to, or 面议. */
export function useNeedBudget() {
  const { t } = useTranslation('market');
  const money = useFormatMoney();
  return (n: Pick<Need, 'budgetMinFen' | 'budgetMaxFen'>) =>
    n.budgetMinFen === null || n.budgetMaxFen === null
      ? t('fields.negotiable')
      : n.budgetMinFen === n.budgetMaxFen
        ? money(n.budgetMaxFen)
        : `${money(n.budgetMinFen)} – ${money(n.budgetMaxFen)}`;
}

/** The columns the lists of needs share; `link` says where a title leads. */
export function useNeedColumns(link: (n: Need) => string, withStatus: boolean): Column[] {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const budget = useNeedBudget();
  const columns: Column[] = [
    {
      title: t('needs.fields.title'),
      dataIndex: 'title',
      render: (v: string, n) => (
        <Link to={link(n)} data-testid={`need-row-${n.id}`}>
          {v}
        </Link>
      ),
    },
    { title: t('needs.fields.owner'), dataIndex: 'ownerName' },
    { title: t('fields.field'), dataIndex: 'field', render: labels.field },
    {
      title: t('needs.fields.targets'),
      dataIndex: 'targets',
      render: (ts: Need['targets']) => ts.slice(0, 2).map(targetText).join('；') + (ts.length > 2 ? '…' : ''),
    },
    { title: t('needs.fields.budget'), key: 'budget', render: (_: unknown, n) => budget(n) },
    { title: t('needs.fields.deadline'), dataIndex: 'deadline', render: formatDate },
  ];
  if (withStatus)
    columns.push(
      {
        title: t('fields.status'),
        dataIndex: 'status',
        render: (s: Need['status']) => <AchievementStatusTag status={s} />,
      },
      { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    );
  return columns;
}
