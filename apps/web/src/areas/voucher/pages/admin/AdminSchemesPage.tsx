import { PlusOutlined } from '@ant-design/icons';
import { SCHEME_STATUSES } from '@cz/shared/voucher';
import {
  App,
  Button,
  Card,
  Col,
  Drawer,
  Input,
  InputNumber,
  Progress,
  Row,
  Select,
  type TableColumnsType,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { ListToolbar } from '../../../../kit/list/ListToolbar';
import { filter } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useFixedColumn, useOverlayWidth } from '../../../../kit/responsive';
import type { Scheme } from '../../../../kit/types';
import { useCreateScheme, useSchemes, useSetSchemeStatus } from '../../api';
import { SchemeForm } from '../../components/SchemeForm';
import { SchemeStatusTag } from '../../components/VoucherTags';
import { issuedPercent } from '../public/SchemesPage';

const ADMIN_SCHEME_LIST = { filters: { q: filter.text, year: filter.int, status: filter.oneOf(SCHEME_STATUSES) } };

/**
 * Every scheme (drafts too) with its budget issued and left, searched, filtered and paged on the server (in the URL),
 * set up in a drawer, opened and closed.
 */
export function AdminSchemesPage() {
  const { t } = useTranslation('voucher');
  const { message, modal } = App.useApp();
  const money = useFormatMoney();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(760);
  const listPage = useListPage(ADMIN_SCHEME_LIST);
  const { filters, update } = listPage;
  const schemes = useSchemes(listPage.query);
  const create = useCreateScheme();
  const setStatus = useSetSchemeStatus();
  const [creating, setCreating] = useState(false);

  const change = (s: Scheme, status: 'open' | 'closed') =>
    modal.confirm({
      title: t(status === 'open' ? 'adminSchemes.openConfirm' : 'adminSchemes.closeConfirm', { name: s.name }),
      okText: t(status === 'open' ? 'adminSchemes.open' : 'adminSchemes.close'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: status === 'closed', 'data-testid': `scheme-${status}-confirm` },
      onOk: () =>
        setStatus.mutateAsync({ id: s.id, status }).then(
          () => message.success(t(status === 'open' ? 'adminSchemes.opened' : 'adminSchemes.closed')),
          (err) => message.error(errorMessage(err)),
        ),
    });

  const columns: TableColumnsType<Scheme> = [
    {
      title: t('adminSchemes.name'),
      dataIndex: 'name',
      width: 220,
      render: (n: string, s) => <Link to={`/vouchers/schemes/${s.id}`}>{n}</Link>,
    },
    { title: t('adminSchemes.year'), dataIndex: 'year', width: 70 },
    {
      title: t('vouchers.status'),
      dataIndex: 'status',
      width: 90,
      render: (st: Scheme['status'], s) => <SchemeStatusTag status={st} testId={`scheme-status-${s.id}`} />,
    },
    { title: t('vouchers.budget'), dataIndex: 'budget', width: 130, align: 'right', render: (v: number) => money(v) },
    {
      title: t('adminSchemes.issuedProgress'),
      key: 'issued',
      width: 220,
      render: (_: unknown, s) => (
        <div>
          <Progress percent={issuedPercent(s)} size="small" aria-label={t('vouchers.issued')} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('vouchers.issued')} {money(s.issued)} · {t('vouchers.remaining')} {money(s.remaining)}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('vouchers.cap'),
      dataIndex: 'perEnterpriseCap',
      width: 120,
      align: 'right',
      render: (v: number) => money(v),
    },
    { title: t('vouchers.coverage'), dataIndex: 'coveragePercent', width: 80, render: (p: number) => `${p}%` },
    {
      title: t('vouchers.window'),
      key: 'window',
      width: 190,
      render: (_: unknown, s) => `${formatDate(s.applyFrom)} – ${formatDate(s.applyTo)}`,
    },
    {
      title: t('common.actions'),
      key: 'a',
      width: 110,
      fixed: fixedRight,
      render: (_: unknown, s) =>
        s.status === 'open' ? (
          <Button size="small" danger onClick={() => change(s, 'closed')} data-testid={`scheme-close-${s.id}`}>
            {t('adminSchemes.close')}
          </Button>
        ) : (
          <Button size="small" type="primary" onClick={() => change(s, 'open')} data-testid={`scheme-open-${s.id}`}>
            {t('adminSchemes.open')}
          </Button>
        ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('adminSchemes.title')}
        subtitle={t('adminSchemes.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="scheme-new">
            {t('adminSchemes.new')}
          </Button>
        }
      />
      <Card>
        <ListToolbar
          actions={
            <ExportButton
              path="/voucher-schemes/export.xlsx"
              query={listPage.exportQuery}
              fileName="voucher-schemes.xlsx"
              testId="schemes-export"
            />
          }
        >
          <Row gutter={[12, 12]}>
            <Col xs={24} md={12}>
              <Input.Search
                key={filters.q ?? ''}
                defaultValue={filters.q}
                allowClear
                placeholder={t('vouchers.schemeSearchPlaceholder')}
                aria-label={t('vouchers.schemeSearchPlaceholder')}
                onSearch={(v) => update({ q: v.trim() })}
                data-testid="scheme-search"
              />
            </Col>
            <Col xs={12} md={6}>
              <Select
                allowClear
                style={{ width: '100%' }}
                placeholder={t('vouchers.status')}
                aria-label={t('vouchers.status')}
                value={filters.status}
                options={SCHEME_STATUSES.map((s) => ({ value: s, label: t(`voucherStatus.scheme.${s}`) }))}
                onChange={(v: string | undefined) => update({ status: v })}
                data-testid="scheme-status-filter"
              />
            </Col>
            <Col xs={12} md={6}>
              <InputNumber
                key={filters.year ?? ''}
                style={{ width: '100%' }}
                min={2000}
                max={2100}
                precision={0}
                defaultValue={filters.year}
                placeholder={t('adminSchemes.year')}
                aria-label={t('adminSchemes.year')}
                onBlur={(e) => update({ year: e.target.value.trim() })}
                onPressEnter={(e) => update({ year: (e.target as HTMLInputElement).value.trim() })}
                data-testid="scheme-year-filter"
              />
            </Col>
          </Row>
        </ListToolbar>
        {schemes.isError ? (
          <QueryError error={schemes.error} onRetry={() => schemes.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={schemes.data?.items}
            loading={schemes.isFetching}
            scroll={{ x: 1250 }}
            pagination={listPage.pagination(schemes.data?.total)}
            locale={{ emptyText: t('adminSchemes.empty') }}
            onRow={(s) => ({ 'data-testid': `scheme-row-${s.id}` }) as React.HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
      <Drawer
        open={creating}
        onClose={() => setCreating(false)}
        size={width}
        destroyOnHidden
        title={t('adminSchemes.createTitle')}
      >
        <SchemeForm onSubmit={(input) => create.mutateAsync(input)} onDone={() => setCreating(false)} />
      </Drawer>
    </div>
  );
}
