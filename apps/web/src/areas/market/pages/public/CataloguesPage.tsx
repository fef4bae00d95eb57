import { PlusOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@cz/shared';
import { CATALOGUE_STATUSES, type Catalogue } from '@cz/shared/market';
import { App, Button, Card, Form, Input, InputNumber, Modal, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../../app/errors';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList, filter } from '../../../../kit/list/list-state';
import { SearchToolbar } from '../../../../kit/list/SearchToolbar';
import { useListPage } from '../../../../kit/list/useListPage';
import { useOverlayWidth } from '../../../../kit/responsive';
import { useCatalogues, useCreateCatalogue } from '../../deals.api';

const CATALOGUE_LIST = defineList({ filters: { q: filter.text, status: filter.oneOf(CATALOGUE_STATUSES) } });

/**
 * 先进适用技术指导目录: the published catalogues, newest year first, found by title, introduction or year; for the
 * administration (`admin`) the drafts too (by status), and a new year's catalogue.
 */
export function CataloguesPage({ admin = false }: { admin?: boolean }) {
  const { t } = useTranslation('market');
  const { message } = App.useApp();
  const navigate = useNavigate();
  const width = useOverlayWidth(520);
  const listPage = useListPage(CATALOGUE_LIST);
  const list = useCatalogues(listPage.query);
  const create = useCreateCatalogue();
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{ year: number; title: string; intro?: string }>();
  const base = admin ? '/admin/market/catalogues' : '/market/catalogues';
  const columns: TableColumnsType<Catalogue> = [
    { title: t('catalogues.year'), dataIndex: 'year', width: 90 },
    {
      title: t('catalogues.name'),
      dataIndex: 'title',
      render: (title: string, c) => (
        <Link to={`${base}/${c.id}`} data-testid={`catalogue-link-${c.id}`}>
          {title}
        </Link>
      ),
    },
    ...(admin
      ? [
          {
            title: t('catalogues.status'),
            dataIndex: 'status',
            render: (s: Catalogue['status']) => (
              <Tag color={s === 'published' ? 'success' : 'processing'}>{t(`catalogues.statuses.${s}`)}</Tag>
            ),
          },
        ]
      : []),
    { title: t('catalogues.entries'), dataIndex: 'entryCount', align: 'right' },
    { title: t('catalogues.publishedAt'), dataIndex: 'publishedAt', render: (d: string | null) => formatDate(d) },
  ];
  return (
    <div>
      <PageHeader
        title={t('catalogues.title')}
        subtitle={t('catalogues.subtitle')}
        extra={
          admin && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="catalogue-new"
            >
              {t('catalogues.new')}
            </Button>
          )
        }
      />
      <Card>
        <SearchToolbar
          q={listPage.filters.q}
          placeholder={t('catalogues.search')}
          onSearch={(q) => listPage.update({ q })}
          searchTestId="catalogues-search"
          choices={
            admin
              ? [
                  {
                    value: listPage.filters.status,
                    label: t('catalogues.status'),
                    options: CATALOGUE_STATUSES.map((value) => ({ value, label: t(`catalogues.statuses.${value}`) })),
                    onChange: (v: string | undefined) => listPage.update({ status: v }),
                  },
                ]
              : []
          }
          actions={
            <ExportButton
              path="/market/catalogues/export.xlsx"
              query={listPage.exportQuery}
              fileName="technology-catalogues.xlsx"
              testId="catalogues-export"
            />
          }
        />
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <div data-testid="catalogues" data-total={list.data?.total ?? ''}>
            <DataTable<Catalogue> rowKey="id" columns={columns} {...listPage.tableProps(list.data, list.isFetching)} />
          </div>
        )}
      </Card>
      <Modal
        open={creating}
        width={width}
        title={t('catalogues.new')}
        okButtonProps={{ 'data-testid': 'catalogue-create' } as never}
        confirmLoading={create.isPending}
        onCancel={() => setCreating(false)}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields().catch(() => null);
          if (!v) return;
          try {
            const c = await create.mutateAsync({ year: v.year, title: v.title, intro: v.intro ?? '' });
            navigate(`/admin/market/catalogues/${c.id}/edit`);
          } catch (err) {
            message.error(errorMessage(err));
          }
        }}
      >
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            year: Number(shanghaiDate(new Date()).slice(0, 4)),
            title: t('catalogues.defaultTitle', { year: Number(shanghaiDate(new Date()).slice(0, 4)) }),
          }}
        >
          <Form.Item name="year" label={t('catalogues.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} precision={0} data-testid="catalogue-year" />
          </Form.Item>
          <Form.Item name="title" label={t('catalogues.name')} rules={[{ required: true, min: 4, max: 200 }]}>
            <Input data-testid="catalogue-title" />
          </Form.Item>
          <Form.Item name="intro" label={t('catalogues.intro')} rules={[{ max: 4000 }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

export const AdminCataloguesPage = () => <CataloguesPage admin />;
