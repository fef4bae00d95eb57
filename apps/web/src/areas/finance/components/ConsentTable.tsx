import type { Consent } from '@cz/shared/finance';
import { App, Button, Popconfirm, type TableColumnType, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { formatDate, formatDateTime } from '../../../kit/datetime';
import { ExportButton } from '../../../kit/list/ExportButton';
import { defineList, filter } from '../../../kit/list/list-state';
import { SearchToolbar } from '../../../kit/list/SearchToolbar';
import { useListPage } from '../../../kit/list/useListPage';
import { useConsents, useRevokeConsent } from '../api';
import { useFinanceLabels } from '../labels';

const CONSENT_LIST = defineList({ filters: { q: filter.text } });

/**
 * Consents an enterprise gave (with revoke) or an institution received (with its facts to read), paged, searched by
 * the other side's name and exported as Excel.
 */
export function ConsentTable({ side }: { side: 'mine' | 'received' }) {
  const { t } = useTranslation('finance');
  const { message } = App.useApp();
  const labels = useFinanceLabels();
  const revoke = useRevokeConsent();
  const listPage = useListPage(CONSENT_LIST);
  const list = useConsents({ ...listPage.query, scope: side });
  const state = (c: Consent) =>
    c.active ? (
      <Tag color="success" style={{ marginInlineEnd: 0 }}>
        {t('consent.active')}
      </Tag>
    ) : (
      <Tag style={{ marginInlineEnd: 0 }}>{c.revokedAt ? t('consent.revoked') : t('consent.ended')}</Tag>
    );
  const columns: TableColumnType<Consent>[] = [
    side === 'mine'
      ? { title: t('fields.institution'), dataIndex: 'institutionName' }
      : { title: t('fields.enterprise'), dataIndex: 'orgName' },
    { title: t('consent.scopes'), dataIndex: 'scopes', render: (s: Consent['scopes']) => labels.list(s, labels.scope) },
    { title: t('consent.validUntil'), dataIndex: 'validUntil', render: formatDate },
    {
      title: t('consent.need'),
      dataIndex: 'needId',
      render: (id: number | null) =>
        id === null ? '—' : side === 'mine' ? <Link to={`/my/finance/needs/${id}`}>#{id}</Link> : `#${id}`,
    },
    { title: t('consent.grantedAt'), dataIndex: 'grantedAt', render: formatDateTime },
    { title: t('consent.reads'), dataIndex: 'reads' },
    { title: t('fields.status'), key: 'state', render: (_: unknown, c) => state(c) },
    {
      title: t('fields.actions'),
      key: 'actions',
      render: (_: unknown, c) =>
        side === 'received'
          ? c.active && (
              <Link to={`/finance-desk/enterprises/${c.orgId}`} data-testid={`consent-${c.id}-facts`}>
                {t('consent.readFacts')}
              </Link>
            )
          : c.active && (
              <Popconfirm
                title={t('consent.revokeConfirm')}
                onConfirm={async () => {
                  try {
                    await revoke.mutateAsync(c.id);
                    message.success(t('consent.revokedDone'));
                  } catch (err) {
                    message.error(errorMessage(err));
                  }
                }}
              >
                <Button size="small" danger data-testid={`consent-${c.id}-revoke`}>
                  {t('consent.revoke')}
                </Button>
              </Popconfirm>
            ),
    },
  ];
  return (
    <>
      <SearchToolbar
        q={listPage.filters.q}
        placeholder={side === 'mine' ? t('consent.searchInstitution') : t('consent.searchEnterprise')}
        onSearch={(q) => listPage.update({ q })}
        searchTestId="consents-search"
        actions={
          <ExportButton
            path="/finance/consents/export.xlsx"
            query={{ ...listPage.exportQuery, scope: side }}
            fileName="finance-consents.xlsx"
            testId="consents-export"
          />
        }
      />
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <div data-testid="consents" data-total={list.data?.total ?? ''}>
          <DataTable<Consent> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
        </div>
      )}
    </>
  );
}
