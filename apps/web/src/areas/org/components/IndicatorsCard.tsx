import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import type { Indicator } from '@cz/shared';
import { App, Button, Card, Popconfirm, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { DataTable } from '../../../kit/components/DataTable';
import { QueryError } from '../../../kit/components/QueryError';
import { useFormatMoney } from '../../../kit/money';
import { useFixedColumn } from '../../../kit/responsive';
import { useDeleteIndicator, useIndicators, usePutIndicator } from '../api';
import { IndicatorModal } from './IndicatorModal';

/** Yearly indicators of an organisation with add, edit and delete (members and admins). */
export function IndicatorsCard({ orgId }: { orgId: number }) {
  const { t } = useTranslation('org');
  const fixedLeft = useFixedColumn('left');
  const fixedRight = useFixedColumn('right');
  const { message } = App.useApp();
  const money = useFormatMoney();
  const list = useIndicators(orgId);
  const put = usePutIndicator();
  const remove = useDeleteIndicator();
  const [modal, setModal] = useState<{ open: boolean; editing: Indicator | null }>({ open: false, editing: null });

  const save = async (value: Indicator) => {
    try {
      await put.mutateAsync({ orgId, body: value });
      message.success(t('common.saved'));
      setModal({ open: false, editing: null });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const reported = (v: number | null) => (v === null ? t('indicators.notReported') : money(v));
  const columns: TableColumnsType<Indicator> = [
    { title: t('indicators.year'), dataIndex: 'year', width: 80, fixed: fixedLeft },
    { title: t('indicators.employees'), dataIndex: 'employees', align: 'right', width: 110 },
    { title: t('indicators.techStaff'), dataIndex: 'techStaff', align: 'right', width: 110 },
    { title: t('indicators.totalAssets'), dataIndex: 'totalAssets', align: 'right', width: 150, render: money },
    { title: t('indicators.rdExpense'), dataIndex: 'rdExpense', align: 'right', width: 150, render: money },
    { title: t('indicators.revenue'), dataIndex: 'revenue', align: 'right', width: 150, render: money },
    { title: t('indicators.netAssets'), dataIndex: 'netAssets', align: 'right', width: 150, render: reported },
    { title: t('indicators.totalIncome'), dataIndex: 'totalIncome', align: 'right', width: 150, render: reported },
    {
      title: t('indicators.conversions'),
      dataIndex: 'conversions',
      align: 'right',
      width: 100,
      render: (v: number | null) => (v === null ? t('indicators.notReported') : v),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 110,
      fixed: fixedRight,
      render: (_: unknown, r) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            aria-label={t('common.edit')}
            data-testid={`ind-edit-${r.year}`}
            onClick={() => setModal({ open: true, editing: r })}
          />
          <Popconfirm
            title={t('indicators.deleteConfirm', { year: r.year })}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={async () => {
              try {
                await remove.mutateAsync({ orgId, year: r.year });
                message.success(t('common.deleted'));
              } catch (err) {
                message.error(errorMessage(err));
              }
            }}
          >
            <Button
              type="link"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.delete')}
              data-testid={`ind-delete-${r.year}`}
            />
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={t('indicators.title')}
      className="page-card"
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setModal({ open: true, editing: null })}
          data-testid="ind-add"
        >
          {t('indicators.add')}
        </Button>
      }
    >
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <DataTable
          rowKey="year"
          size="small"
          columns={columns}
          dataSource={list.data}
          loading={list.isPending}
          pagination={false}
          scroll={{ x: 1120 }}
          locale={{ emptyText: t('indicators.empty') }}
          onRow={(r) => ({ 'data-testid': `ind-row-${r.year}` }) as React.HTMLAttributes<HTMLElement>}
        />
      )}
      <IndicatorModal
        open={modal.open}
        editing={modal.editing}
        existingYears={(list.data ?? []).map((i) => i.year)}
        saving={put.isPending}
        onSave={save}
        onClose={() => setModal({ open: false, editing: null })}
      />
    </Card>
  );
}
