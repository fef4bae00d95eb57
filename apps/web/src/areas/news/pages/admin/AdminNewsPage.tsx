import { PlusOutlined } from '@ant-design/icons';
import { NEWS_CATEGORIES, NEWS_STATUSES, type NewsAdminItem } from '@cz/shared/news';
import { Card, Space, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useAdminNewsList } from '../../api';
import { CategoryTag } from '../../components/NewsCards';
import { NewsStatusTag } from '../../components/NewsStatusTag';
import { useNewsLabels } from '../../labels';

const ADMIN_NEWS_LIST = defineList({
  filters: {
    q: filter.text,
    category: filter.oneOf(NEWS_CATEGORIES),
    status: filter.oneOf(NEWS_STATUSES),
    tag: filter.text,
  },
});

/** 资讯发布: every article in every state, searched and filtered in the URL, exported as the list shows it. */
export function AdminNewsPage() {
  const { t } = useTranslation('news');
  const labels = useNewsLabels();
  const listPage = useListPage(ADMIN_NEWS_LIST);
  const { filters, update } = listPage;
  const list = useAdminNewsList(listPage.query);

  const columns: TableColumnsType<NewsAdminItem> = [
    {
      title: t('admin.columns.title'),
      dataIndex: 'title',
      render: (title: string, a) => (
        <Link to={`/admin/news/${a.id}/edit`} data-testid={`news-admin-row-${a.id}`}>
          {title}
        </Link>
      ),
    },
    {
      title: t('admin.columns.category'),
      dataIndex: 'category',
      render: (c: NewsAdminItem['category']) => <CategoryTag category={c} />,
    },
    {
      title: t('admin.columns.status'),
      dataIndex: 'status',
      render: (s: NewsAdminItem['status'], a) => <NewsStatusTag status={s} testId={`news-admin-status-${a.id}`} />,
    },
    { title: t('admin.columns.publishAt'), dataIndex: 'publishAt', render: formatDateTime },
    { title: t('admin.columns.department'), dataIndex: 'department' },
    { title: t('admin.columns.views'), dataIndex: 'viewCount' },
    { title: t('admin.columns.updatedAt'), dataIndex: 'updatedAt', render: formatDateTime },
    {
      title: t('admin.columns.actions'),
      key: 'actions',
      render: (_: unknown, a) => (
        <Space size={4} wrap>
          <LinkButton size="small" to={`/admin/news/${a.id}/edit`}>
            {t('admin.edit')}
          </LinkButton>
          {a.status === 'published' && (
            <LinkButton size="small" type="link" to={`/news/${a.id}`}>
              {t('admin.view')}
            </LinkButton>
          )}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('admin.title')}
        subtitle={t('admin.subtitle')}
        extra={
          <>
            <LinkButton type="primary" icon={<PlusOutlined />} to="/admin/news/new" data-testid="news-new">
              {t('admin.new')}
            </LinkButton>
            <ExportButton
              path="/news/admin/articles/export.xlsx"
              query={listPage.exportQuery}
              fileName="news-articles.xlsx"
              testId="news-export"
            />
          </>
        }
      />
      <Card>
        <SearchToolbar
          q={filters.q}
          placeholder={t('admin.search')}
          onSearch={(q) => update({ q })}
          searchTestId="news-admin-search"
          choices={[
            {
              value: filters.category,
              label: t('admin.category'),
              options: labels.categoryOptions,
              onChange: (v) => update({ category: v }),
            },
            {
              value: filters.status,
              label: t('admin.status'),
              options: labels.statusOptions,
              onChange: (v) => update({ status: v }),
            },
          ]}
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="news-admin-list" data-total={list.data?.total ?? ''}>
            <DataTable<NewsAdminItem>
              rowKey="id"
              columns={columns}
              scroll={{ x: 1100 }}
              {...listPage.tableProps(list.data, list.isFetching)}
            />
          </div>
        )}
      </Card>
    </div>
  );
}
