import type { ItemStatus, PolicyItem } from '@cz/shared/policy';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../../kit/datetime';
import { ITEM_STATUS_COLORS, useItemLabels } from '../labels';

export function ItemStatusTag({ status, testId }: { status: ItemStatus; testId?: string }) {
  const labels = useItemLabels();
  return (
    <Tag color={ITEM_STATUS_COLORS[status]} data-testid={testId} data-status={status} style={{ marginInlineEnd: 0 }}>
      {labels.status(status)}
    </Tag>
  );
}

/** The window in words: from – to, "from … on", "until …", or "all year round" when it has no dates. */
export function useWindowText() {
  const { t } = useTranslation('policy');
  return (i: Pick<PolicyItem, 'opensOn' | 'closesOn'>) => {
    if (i.opensOn && i.closesOn)
      return t('items.window.range', { from: formatDate(i.opensOn), to: formatDate(i.closesOn) });
    if (i.opensOn) return t('items.window.from', { from: formatDate(i.opensOn) });
    if (i.closesOn) return t('items.window.until', { to: formatDate(i.closesOn) });
    return t('items.window.always');
  };
}
