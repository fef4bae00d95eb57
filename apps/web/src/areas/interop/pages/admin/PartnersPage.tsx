import type { Partner, PartnerInput } from '@cz/shared/interop';
import { App, Button, Card, Form, Input, Modal, Switch, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFixedColumn, useOverlayWidth } from '../../../../kit/responsive';
import { PARTNER_CODE, usePartners, useSavePartner } from '../../api';

/** Registers or updates a partner region; the shared key is entered on every save (it is never read back). */
function PartnerModal({ editing, onClose }: { editing: Partner | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation('interop');
  const { message } = App.useApp();
  const width = useOverlayWidth(560);
  const [form] = Form.useForm<PartnerInput>();
  const save = useSavePartner();
  const existing = editing && editing !== 'new' ? editing : null;
  return (
    <Modal
      open={editing !== null}
      width={width}
      title={existing ? t('partners.editTitle', { code: existing.code }) : t('partners.newTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'partner-save' }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields().catch(() => null);
        if (!v) return;
        try {
          await save.mutateAsync({ ...v, name: v.name.trim(), baseUrl: v.baseUrl.trim() });
          message.success(t('partners.saved'));
          onClose();
        } catch (err) {
          message.error(errorMessage(err));
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          existing
            ? { code: existing.code, name: existing.name, baseUrl: existing.baseUrl, active: existing.active }
            : { active: true }
        }
      >
        <Form.Item
          name="code"
          label={t('partners.code')}
          extra={t('partners.codeHint')}
          rules={[{ required: true }, { pattern: PARTNER_CODE, message: t('partners.codeHint') }]}
        >
          <Input disabled={!!existing} maxLength={32} data-testid="partner-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('partners.name')}
          rules={[{ required: true, min: 2, max: 100, whitespace: true }]}
        >
          <Input maxLength={100} data-testid="partner-name" />
        </Form.Item>
        <Form.Item
          name="baseUrl"
          label={t('partners.baseUrl')}
          rules={[
            { required: true },
            { type: 'url', message: t('partners.urlHint') },
            { pattern: /^https?:\/\//, message: t('partners.urlHint') },
          ]}
        >
          <Input placeholder="https://" data-testid="partner-url" />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('partners.secret')}
          extra={t('partners.secretHint')}
          rules={[{ required: true, min: 32, max: 256, message: t('partners.secretHint') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={256} data-testid="partner-secret" />
        </Form.Item>
        <Form.Item name="active" label={t('partners.active')} valuePropName="checked">
          <Switch data-testid="partner-active" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const PARTNER_LIST = { filters: { q: filter.text, active: filter.oneOf(['true', 'false'] as const) } };

/**
 * The partner regions of 通用通兑 (admin): what they are, the list (searched, filtered and paged on the server, in the
 * URL), and the form to register or update one.
 */
export function PartnersPage() {
  const { t } = useTranslation('interop');
  const fixedRight = useFixedColumn('right');
  const listPage = useListPage(PARTNER_LIST);
  const { filters, update } = listPage;
  const partners = usePartners(listPage.query);
  const [editing, setEditing] = useState<Partner | 'new' | null>(null);
  const columns: TableColumnsType<Partner> = [
    { title: t('partners.code'), dataIndex: 'code', width: 130 },
    { title: t('partners.name'), dataIndex: 'name', width: 180, ellipsis: true },
    { title: t('partners.baseUrl'), dataIndex: 'baseUrl', width: 260, ellipsis: true },
    {
      title: t('partners.active'),
      dataIndex: 'active',
      width: 90,
      render: (a: boolean, p) => (
        <Tag color={a ? 'success' : 'default'} data-testid={`partner-active-${p.code}`} data-active={a}>
          {a ? t('partners.yes') : t('partners.no')}
        </Tag>
      ),
    },
    { title: t('partners.createdAt'), dataIndex: 'createdAt', width: 150, render: formatDateTime },
    {
      title: t('common.actions'),
      key: 'a',
      width: 90,
      fixed: fixedRight,
      render: (_: unknown, p) => (
        <Button size="small" onClick={() => setEditing(p)} data-testid={`partner-edit-${p.code}`}>
          {t('partners.edit')}
        </Button>
      ),
    },
  ];
  return (
    <div>
      <PageHeader
        title={t('partners.title')}
        subtitle={t('partners.subtitle')}
        extra={
          <Button type="primary" onClick={() => setEditing('new')} data-testid="partner-new">
            {t('partners.new')}
          </Button>
        }
      />
      <Card className="page-card">
        <Typography.Paragraph style={{ marginBottom: 0 }}>{t('partners.explain')}</Typography.Paragraph>
      </Card>
      <Card className="page-card">
        <SearchToolbar
          q={filters.q}
          placeholder={t('partners.searchPlaceholder')}
          onSearch={(q) => update({ q })}
          searchTestId="partner-search"
          choice={{
            value: filters.active,
            label: t('partners.active'),
            options: [
              { value: 'true', label: t('partners.yes') },
              { value: 'false', label: t('partners.no') },
            ],
            onChange: (v: string | undefined) => update({ active: v }),
            testId: 'partner-active-filter',
          }}
          actions={
            <ExportButton
              path="/interop/partners/export.xlsx"
              query={listPage.exportQuery}
              fileName="interop-partners.xlsx"
              testId="partners-export"
            />
          }
        />
        {partners.isError ? (
          <QueryError error={partners.error} onRetry={() => partners.refetch()} />
        ) : (
          <DataTable
            rowKey="code"
            columns={columns}
            dataSource={partners.data?.items}
            loading={partners.isFetching}
            scroll={{ x: 900 }}
            pagination={listPage.pagination(partners.data?.total)}
            locale={{ emptyText: t('partners.empty') }}
            onRow={(p) => ({ 'data-testid': `partner-row-${p.code}` }) as React.HTMLAttributes<HTMLElement>}
          />
        )}
      </Card>
      <PartnerModal editing={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
