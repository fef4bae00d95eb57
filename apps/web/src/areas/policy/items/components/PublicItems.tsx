import '../items.css';
import type { PolicyItem } from '@cz/shared/policy';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ModeTag } from '../../applications/components/Tags';
import { useItemList } from '../api';
import { useItemLabels } from '../labels';
import { amountSummary } from '../sentences';
import { useWindowText } from './ItemBits';

const PAGE_SIZE = 10;

/** The items of a published document for anyone: what each gives, how it is claimed, when and by whom. */
export function PublicItems({ documentId }: { documentId: number }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const windowText = useWindowText();
  const [page, setPage] = useState(1);
  const list = useItemList({ documentId, page, pageSize: PAGE_SIZE });
  const items = list.data?.items ?? [];
  if (list.data && list.data.total === 0) return null;
  return (
    <Card title={t('items.public.title')} size="small" data-testid="policy-items" data-total={list.data?.total ?? ''}>
      <List<PolicyItem>
        loading={list.isLoading}
        dataSource={items}
        pagination={
          (list.data?.total ?? 0) > PAGE_SIZE
            ? { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, size: 'small' }
            : false
        }
        renderItem={(i) => (
          <List.Item key={i.id} data-testid={`policy-item-${i.id}`}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Space size={[6, 4]} wrap>
                <Link to={`/policies/items/${i.id}`}>
                  {i.clause ? `${i.clause} ` : ''}
                  {i.title}
                </Link>
                <ModeTag mode={i.mode} />
                {i.status === 'closed' ? (
                  <Tag>{t('items.public.closed')}</Tag>
                ) : i.open ? (
                  <Tag color="green">{t('items.public.open')}</Tag>
                ) : null}
              </Space>
              <Typography.Text>{labels.words(amountSummary(i.amount))}</Typography.Text>
              <Typography.Text type="secondary" className="policy-item-meta">
                {t('items.public.meta', { window: windowText(i), department: i.department })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
