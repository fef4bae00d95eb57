import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Drawer, Skeleton, Space, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../../app/auth';
import { DataTable } from '../../../../kit/components/DataTable';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { ExportButton } from '../../../../kit/list/ExportButton';
import type { ListSchema } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { useFormatMoney } from '../../../../kit/money';
import { useFixedColumn, useOverlayWidth } from '../../../../kit/responsive';
import type { InstrumentListItem } from '../../../../kit/types';
import { useCatalogLabels } from '../../../catalog/labels';
import { useCreateInstrument, useInstrument, useInstrumentList, useUpdateInstrument } from '../../api';
import { BlackoutsCard } from '../../components/BlackoutsCard';
import { InstrumentForm } from '../../components/InstrumentForm';
import { QualificationsCard } from '../../components/QualificationsCard';

type Open = { mode: 'new' } | { mode: 'edit' | 'manage'; id: number } | null;

function EditInstrument({ id, onDone }: { id: number; onDone: () => void }) {
  const instrument = useInstrument(id);
  const update = useUpdateInstrument();
  if (!instrument.data) return <Skeleton active />;
  return (
    <InstrumentForm
      instrument={instrument.data}
      onSubmit={(body) => update.mutateAsync({ id, body })}
      onDone={onDone}
    />
  );
}

function ManageInstrument({ id }: { id: number }) {
  const instrument = useInstrument(id);
  if (!instrument.data) return <Skeleton active />;
  return (
    <>
      <BlackoutsCard instrumentId={id} />
      <QualificationsCard instrumentId={id} required={instrument.data.trainingRequired} />
    </>
  );
}

const PROVIDER_INSTRUMENTS_PAGE_LIST: ListSchema<Record<never, never>> = { filters: {} };

/** The provider's instruments: add and edit them, close them for periods and keep training records. */
export function ProviderInstrumentsPage() {
  const { t } = useTranslation('instrument');
  const { me } = useAuth();
  const labels = useCatalogLabels();
  const money = useFormatMoney();
  const fixedRight = useFixedColumn('right');
  const width = useOverlayWidth(900);
  const listPage = useListPage(PROVIDER_INSTRUMENTS_PAGE_LIST);
  const query = {
    providerId: me?.org?.id,
    sort: 'newest' as const,
    page: listPage.page,
    pageSize: listPage.pageSize,
  };
  const list = useInstrumentList(query, !!me?.org);
  const create = useCreateInstrument();
  const [open, setOpen] = useState<Open>(null);
  const current = open && open.mode !== 'new' ? list.data?.items.find((i) => i.id === open.id) : undefined;

  const columns: TableColumnsType<InstrumentListItem> = [
    {
      title: t('myInstruments.name'),
      dataIndex: 'name',
      width: 220,
      render: (n: string, i) => <Link to={`/instruments/${i.id}`}>{n}</Link>,
    },
    {
      title: t('instruments.category'),
      dataIndex: 'category',
      width: 140,
      render: (c: string) => labels.instrumentCategory(c),
    },
    {
      title: t('myInstruments.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: InstrumentListItem['status']) => <Tag>{t(`status.instrument.${s}`)}</Tag>,
    },
    { title: t('instruments.priceInternal'), dataIndex: 'priceInternal', width: 120, render: (p: number) => money(p) },
    { title: t('instruments.priceExternal'), dataIndex: 'priceExternal', width: 120, render: (p: number) => money(p) },
    {
      title: t('instruments.approvalMode'),
      dataIndex: 'approvalRequired',
      width: 100,
      render: (a: boolean) => (a ? t('instruments.approval') : t('instruments.instant')),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: fixedRight,
      width: 200,
      render: (_: unknown, i) => (
        <Space size={4}>
          <Button
            size="small"
            onClick={() => setOpen({ mode: 'edit', id: i.id })}
            data-testid={`instrument-edit-${i.id}`}
          >
            {t('common.edit')}
          </Button>
          <Button
            size="small"
            onClick={() => setOpen({ mode: 'manage', id: i.id })}
            data-testid={`instrument-manage-${i.id}`}
          >
            {t('myInstruments.manage')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <div>
      <PageHeader
        title={t('myInstruments.title')}
        subtitle={t('myInstruments.subtitle')}
        extra={
          <>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setOpen({ mode: 'new' })}
              data-testid="instrument-new"
            >
              {t('myInstruments.new')}
            </Button>
            {me?.org && (
              <ExportButton
                path="/instruments/export.xlsx"
                query={{ providerId: me.org.id, sort: 'newest' }}
                fileName="instruments.xlsx"
                testId="instruments-export"
              />
            )}
          </>
        }
      />
      <Card>
        {list.isError ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} />
        ) : (
          <DataTable
            rowKey="id"
            columns={columns}
            dataSource={list.data?.items}
            loading={list.isFetching}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t('myInstruments.empty') }}
            pagination={listPage.pagination(list.data?.total, { showSizeChanger: false })}
          />
        )}
      </Card>
      <Drawer
        open={open !== null}
        onClose={() => setOpen(null)}
        size={width}
        destroyOnHidden
        title={
          open?.mode === 'new'
            ? t('myInstruments.createTitle')
            : open?.mode === 'manage'
              ? t('myInstruments.manageTitle', { name: current?.name ?? '' })
              : t('myInstruments.editTitle')
        }
      >
        {open?.mode === 'new' && (
          <InstrumentForm onSubmit={(body) => create.mutateAsync(body)} onDone={() => setOpen(null)} />
        )}
        {open?.mode === 'edit' && <EditInstrument id={open.id} onDone={() => setOpen(null)} />}
        {open?.mode === 'manage' && <ManageInstrument id={open.id} />}
      </Drawer>
    </div>
  );
}
