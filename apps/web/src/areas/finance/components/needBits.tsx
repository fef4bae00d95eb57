import { shanghaiDate } from '@cz/shared';
import type { FinanceNeed } from '@cz/shared/finance';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../kit/datetime';

/** An open need past its first-contact day with no contact yet. */
export const isOverdue = (n: Pick<FinanceNeed, 'status' | 'firstContactDue' | 'firstContactAt'>) =>
  n.status === 'open' && !n.firstContactAt && n.firstContactDue < shanghaiDate(new Date());

/** The first-contact day, with the day of contact or an overdue mark. */
export function FirstContact({ need: n }: { need: FinanceNeed }) {
  const { t } = useTranslation('finance');
  return (
    <Space wrap size={4} data-testid={`need-first-contact-${n.id}`}>
      {formatDate(n.firstContactDue)}
      {n.firstContactAt ? (
        <Tag color="success" style={{ marginInlineEnd: 0 }}>
          {t('need.contactedOn', { date: formatDateTime(n.firstContactAt) })}
        </Tag>
      ) : (
        isOverdue(n) && (
          <Tag color="error" data-testid="need-overdue" style={{ marginInlineEnd: 0 }}>
            {t('need.overdue')}
          </Tag>
        )
      )}
    </Space>
  );
}
