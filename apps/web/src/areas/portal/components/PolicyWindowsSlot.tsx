import { ArrowRightOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import { Card, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LinkButton } from '../../../kit/components/LinkButton';
import { formatDate } from '../../../kit/datetime';
import { useOpenItems } from '../../policy/fits/api';

const DAY_MS = 86_400_000;

/** Whole days from `today` to `closesOn` (both YYYY-MM-DD), counted on the calendar. */
const daysBetween = (today: string, closesOn: string) =>
  Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);

/** The home page's open policy windows (申报中的政策): items open to claims today, soonest closing first. */
export function PolicyWindowsSlot() {
  const { t } = useTranslation();
  const open = useOpenItems(6);
  const today = shanghaiDate(new Date());
  return (
    <Card className="home-section" data-testid="home-policy-windows" style={{ marginBottom: 16 }}>
      <section aria-labelledby="home-policy-windows-title">
        <div className="home-section-head">
          <Typography.Title level={2} id="home-policy-windows-title" className="home-section-title">
            {t('home.policyWindows')}
          </Typography.Title>
          <LinkButton to="/policies/check" type="link" icon={<ArrowRightOutlined />} iconPlacement="end">
            {t('home.policyCheckCta')}
          </LinkButton>
        </div>
        {open.isPending ? (
          <Skeleton active paragraph={{ rows: 3 }} />
        ) : open.data && open.data.items.length > 0 ? (
          <ul className="news-lines">
            {open.data.items.map((item) => {
              const left = item.closesOn ? daysBetween(today, item.closesOn) : null;
              return (
                <li key={item.id} data-testid={`home-window-${item.id}`}>
                  <Link to={`/policies/items/${item.id}`}>{item.title}</Link>{' '}
                  {left === null ? (
                    <Tag>{t('home.openEnded')}</Tag>
                  ) : (
                    <Tag color={left <= 7 ? 'volcano' : 'blue'} title={formatDate(item.closesOn as string)}>
                      {left === 0 ? t('home.closesToday') : t('home.daysLeft', { count: left })}
                    </Tag>
                  )}
                </li>
              );
            })}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('home.noPolicyWindows')}</Typography.Text>
        )}
      </section>
    </Card>
  );
}
