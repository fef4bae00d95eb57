import type { Material, MaterialReview, MaterialValidity } from '@cz/shared/materials';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const VALIDITY_COLORS: Record<MaterialValidity, string> = {
  valid: 'success',
  expiring: 'gold',
  expired: 'error',
  not_yet_valid: 'default',
};
const REVIEW_COLORS: Record<MaterialReview, string> = { pending: 'processing', checked: 'success', rejected: 'error' };

/** Valid, expiring (with the days left), expired or not yet valid, on the date the list was read for. */
export function ValidityTag({ m }: { m: Pick<Material, 'validity' | 'daysLeft' | 'id'> }) {
  const { t } = useTranslation('materials');
  const days = m.validity === 'expiring' && m.daysLeft !== null ? ` · ${t('daysLeft', { days: m.daysLeft })}` : '';
  return (
    <Tag
      color={VALIDITY_COLORS[m.validity]}
      data-testid={`material-validity-${m.id}`}
      data-validity={m.validity}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`validity.${m.validity}`)}
      {days}
    </Tag>
  );
}

/** The administration's check (a page shows a rejection's reason beside it, as text). */
export function ReviewTag({ m }: { m: Pick<Material, 'review' | 'id'> }) {
  const { t } = useTranslation('materials');
  return (
    <Tag
      color={REVIEW_COLORS[m.review]}
      data-testid={`material-review-${m.id}`}
      data-review={m.review}
      style={{ marginInlineEnd: 0 }}
    >
      {t(`review.${m.review}`)}
    </Tag>
  );
}
