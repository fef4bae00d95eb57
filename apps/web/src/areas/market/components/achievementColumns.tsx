import type { Achievement } from '@cz/shared/market';
import { type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import { useMarketLabels } from '../labels';

type Column = TableColumnType<Achievement>;

const STATUS_COLOURS: Record<Achievement['status'], string> = {
  draft: 'default',
  submitted: 'processing',
  published: 'success',
  returned: 'volcano',
  withdrawn: 'default',
};

export function AchievementStatusTag({ status }: { status: Achievement['status'] }) {
  const labels = useMarketLabels();
  return (
    <Tag color={STATUS_COLOURS[status]} data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}

/** An achievement's asking price, or 面议. */
export function useAchievementPrice() {
  const { t } = useTranslation('market');
  const money = useFormatMoney();
  return (a: Pick<Achievement, 'priceFen' | 'negotiable'>) =>
    a.negotiable || a.priceFen === null ? t('fields.negotiable') : money(a.priceFen);
}

/** The columns the lists of achievements share; `link` says where a title leads. */
export function useAchievementColumns(link: (a: Achievement) => string, withStatus: boolean): Column[] {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  const price = useAchievementPrice();
  const columns: Column[] = [
    {
      title: t('fields.title'),
      dataIndex: 'title',
      render: (v: string, a) => (
        <Link to={link(a)} data-testid={`achievement-row-${a.id}`}>
          {v}
        </Link>
      ),
    },
    { title: t('fields.owner'), dataIndex: 'ownerName' },
    { title: t('fields.field'), dataIndex: 'field', render: labels.field },
    { title: t('fields.stage'), dataIndex: 'stage', render: labels.stage },
    {
      title: t('fields.modes'),
      dataIndex: 'transferModes',
      render: (m: string[]) => m.map(labels.mode).join('、'),
    },
    { title: t('fields.price'), key: 'price', render: (_: unknown, a) => price(a) },
  ];
  if (withStatus)
    columns.push(
      {
        title: t('fields.status'),
        dataIndex: 'status',
        render: (s: Achievement['status']) => <AchievementStatusTag status={s} />,
      },
      { title: t('fields.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    );
  return columns;
}
