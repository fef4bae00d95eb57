import '../items.css';
import type { PolicyItem } from '@cz/shared/policy';
import { Card, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../../kit/list/ExportButton';
import { defineList } from '../../../../kit/list/list-state';
import { useListPage } from '../../../../kit/list/useListPage';
import { ModeTag } from '../../applications/components/Tags';
import { useItemList } from '../api';
import { useItemLabels } from '../labels';
import { amountSummary } from '../sentences';
import { useWindowText } from './ItemBits';

const PAGE_SIZE = 10;
/** The document page's list of items: its page under `ipage`. */
const ITEM_LIST = defineList({ filters: {}, pageSize: PAGE_SIZE, prefix: 'i' });

/**
 * The items of a published document for anyone, paged on the server (in the URL) and exported: what each gives, how
 * it is claimed, when and by whom.
 */
export function PublicItems({ documentId }: { documentId: number }) {
  const { t } = useTranslation('policy');
  const labels = useItemLabels();
  const windowText = useWindowText();
  const listPage = useListPage(ITEM_LIST);
  const list = useItemList({ documentId, page: listPage.page, pageSize: listPage.pageSize });
  const items = list.data?.items ?? [];
  if (list.data && list.data.total === 0) return null;
  return (
    <Card
      title={t('items.public.title')}
      size="small"
      data-testid="policy-items"
      data-total={list.data?.total ?? ''}
      extra={
        <ExportButton
          path="/policy/items/export.xlsx"
          query={{ documentId }}
          fileName="policy-items.xlsx"
          testId="public-items-export"
        />
      }
    >
      <List<PolicyItem>
        loading={list.isLoading}
        dataSource={items}
        pagination={
          (list.data?.total ?? 0) > listPage.pageSize
            ? listPage.pagination(list.data?.total, { showSizeChanger: false, showTotal: undefined, size: 'small' })
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
