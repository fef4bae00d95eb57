import '../items.css';
import { PlusOutlined } from '@ant-design/icons';
import type { PolicyItem } from '@cz/shared/policy';
import { Card, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { DataTable } from '../../../../kit/components/DataTable';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { ModeTag } from '../../applications/components/Tags';
import { useItemList } from '../api';
import { ItemActions } from './ItemActions';
import { ItemStatusTag, useWindowText } from './ItemBits';

/** The document page's list of items: its page under `ipage`, its search under `iq`. */
const ITEM_LIST = defineList({ filters: { iq: filter.text }, pageSize: 10, prefix: 'i' });

/**
 * A document's items for the administration, searched and paged on the server (in the URL) and exported: state,
 * mode, window, department and what each state allows.
 */
export function DocumentItems({ documentId, published }: { documentId: number; published: boolean }) {
  const { t } = useTranslation('policy');
  const windowText = useWindowText();
  const { hash } = useLocation();
  const listPage = useListPage(ITEM_LIST);
  const { iq } = listPage.filters;
  const list = useItemList({ documentId, q: iq, page: listPage.page, pageSize: listPage.pageSize });
  // Opened from the documents' list ("items"): the card is scrolled to.
  useEffect(() => {
    if (hash === '#items') document.getElementById('items')?.scrollIntoView({ block: 'start' });
  }, [hash]);

  const columns: TableColumnsType<PolicyItem> = [
    {
      title: t('items.fields.title'),
      dataIndex: 'title',
      render: (title: string, r) => (
        <Link to={`/admin/policy-items/${r.id}/edit`} data-testid={`item-row-${r.id}`}>
          {r.clause ? `${r.clause} ` : ''}
          {title}
        </Link>
      ),
    },
    {
      title: t('items.fields.status'),
      dataIndex: 'status',
      render: (_: unknown, r) => <ItemStatusTag status={r.status} testId={`item-status-${r.id}`} />,
    },
    { title: t('items.fields.mode'), dataIndex: 'mode', render: (_: unknown, r) => <ModeTag mode={r.mode} /> },
    { title: t('items.fields.window'), key: 'window', render: (_: unknown, r) => windowText(r) },
    { title: t('items.fields.department'), dataIndex: 'department' },
    {
      title: t('items.list.actions'),
      key: 'actions',
      render: (_: unknown, r) => (
        <div className="policy-item-actions">
          <LinkButton size="small" to={`/admin/policy-items/${r.id}/simulation`} data-testid={`item-simulate-${r.id}`}>
            {t('items.list.simulation')}
          </LinkButton>
          {published && <ItemActions item={r} size="small" />}
        </div>
      ),
    },
  ];

  return (
    <Card
      id="items"
      title={t('items.list.title')}
      extra={
        <LinkButton
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          to={`/admin/policy-items/new?documentId=${documentId}`}
          data-testid="item-new"
        >
          {t('items.list.new')}
        </LinkButton>
      }
      data-testid="document-items"
      data-total={list.data?.total ?? ''}
    >
      {!published && <p className="policy-item-secondary">{t('items.list.publishDocumentFirst')}</p>}
      <SearchToolbar
        q={iq}
        placeholder={t('items.list.searchPlaceholder')}
        onSearch={(q) => listPage.setFilter('iq', q)}
        searchTestId="item-search"
        actions={
          <ExportButton
            path="/policy/items/export.xlsx"
            query={{ documentId, q: iq }}
            fileName="policy-items.xlsx"
            testId="items-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable<PolicyItem>
          rowKey="id"
          columns={columns}
          {...listPage.tableProps(list.data, list.isFetching)}
          pagination={listPage.pagination(list.data?.total, { showTotal: (n) => t('items.list.total', { count: n }) })}
          locale={{ emptyText: t('items.list.empty') }}
        />
      )}
    </Card>
  );
}
