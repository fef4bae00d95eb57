import { NEWS_CATEGORIES } from '@cz/shared/news';
import { Button, Card, Col, Empty, Input, Pagination, Row, Space, Spin, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { defineList, filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useNewsList } from '../../api';
import { NewsCardItem } from '../../components/NewsCards';
import { useNewsLabels } from '../../labels';

const NEWS_LIST = defineList({
  filters: { category: filter.oneOf(NEWS_CATEGORIES), q: filter.text, tag: filter.text },
  pageSize: 12,
});

/** 双创资讯: every public article by section (a tab, in the URL), searched, pinned first and newest next. */
export function NewsListPage() {
  const { t } = useTranslation('news');
  const labels = useNewsLabels();
  const listPage = useListPage(NEWS_LIST);
  const { filters, update } = listPage;
  const list = useNewsList(listPage.query);

  return (
    <div className="market-page">
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} />
      <Card>
        <Tabs
          aria-label={t('list.tabsLabel')}
          activeKey={filters.category ?? 'all'}
          onChange={(key) => update({ category: key === 'all' ? undefined : key })}
          items={[
            { key: 'all', label: t('list.all') },
            ...NEWS_CATEGORIES.map((c) => ({ key: c, label: labels.category(c) })),
          ]}
          data-testid="news-tabs"
        />
        <Space wrap style={{ marginBottom: 16, width: '100%' }}>
          <Input.Search
            key={filters.q ?? ''}
            defaultValue={filters.q}
            allowClear
            placeholder={t('list.search')}
            aria-label={t('list.search')}
            onSearch={(q) => update({ q: q.trim() })}
            style={{ width: 'min(360px, 100%)' }}
            data-testid="news-search"
          />
          {filters.tag && (
            <Space size={4}>
              <Tag style={{ marginInlineEnd: 0 }} data-testid="news-tag-filter">
                {t('list.tag', { tag: filters.tag })}
              </Tag>
              <Button size="small" type="link" onClick={() => update({ tag: undefined })}>
                {t('list.clearTag')}
              </Button>
            </Space>
          )}
        </Space>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <Spin spinning={list.isFetching}>
            {list.data && list.data.items.length === 0 ? (
              <Empty description={t('list.empty')} />
            ) : (
              <Row gutter={[12, 12]} data-testid="news-results" data-total={list.data?.total ?? ''}>
                {list.data?.items.map((a) => (
                  <Col key={a.id} xs={24} sm={12} xl={8}>
                    <NewsCardItem a={a} headingLevel={2} />
                  </Col>
                ))}
              </Row>
            )}
          </Spin>
        )}
        <Pagination
          style={{ marginTop: 16, justifyContent: 'center' }}
          current={listPage.page}
          pageSize={listPage.pageSize}
          total={list.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={[12, 24, 48]}
          showTotal={(total) => t('common.total', { total })}
          onChange={listPage.setPage}
          size="small"
        />
      </Card>
    </div>
  );
}
