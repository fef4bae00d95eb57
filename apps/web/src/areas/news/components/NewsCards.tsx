import type { NewsCard, NewsCategory, NewsEvent } from '@cz/shared/news';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { API_BASE } from '../../../kit/api/client';
import { formatDateTime, formatPeriod, formatZoneDate } from '../../../kit/datetime';

// Strings of the shell (`common`): the home page shows these cards before the news area's dictionary is loaded.

export const CATEGORY_COLORS: Record<NewsCategory, string> = {
  notice: 'red',
  interpretation: 'purple',
  news: 'blue',
  event: 'green',
};

export function CategoryTag({ category }: { category: NewsCategory }) {
  const { t } = useTranslation();
  return (
    <Tag color={CATEGORY_COLORS[category]} style={{ marginInlineEnd: 0 }}>
      {t(`newsCategory.${category}`)}
    </Tag>
  );
}

/** An event's time (Shanghai) and place. */
export function EventLine({ event }: { event: NewsEvent }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={0}>
      <Typography.Text type="secondary">
        {t('newsCard.eventTime')}：
        {event.endsAt ? formatPeriod(event.startsAt, event.endsAt) : formatDateTime(event.startsAt)}
      </Typography.Text>
      {event.place && (
        <Typography.Text type="secondary">
          {t('newsCard.eventPlace')}：{event.place}
        </Typography.Text>
      )}
    </Space>
  );
}

/** An article as a card: cover, section, title, date, summary; for events their time and place. */
export function NewsCardItem({ a, headingLevel = 3 }: { a: NewsCard; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <Link to={`/news/${a.id}`} data-testid={`news-card-${a.id}`} style={{ display: 'block', height: '100%' }}>
      <Card
        hoverable
        size="small"
        className="market-card news-card"
        cover={
          a.cover ? (
            <img className="news-cover" src={`${API_BASE}/uploads/${a.cover}`} alt="" loading="lazy" />
          ) : undefined
        }
      >
        <Space size={[4, 4]} wrap>
          <CategoryTag category={a.category} />
          {a.pinned && (
            <Tag color="gold" style={{ marginInlineEnd: 0 }}>
              {t('newsCard.pinned')}
            </Tag>
          )}
        </Space>
        <Typography.Title level={headingLevel} className="news-card-title clamp-2">
          {a.title}
        </Typography.Title>
        {a.event && <EventLine event={a.event} />}
        <Typography.Paragraph type="secondary" className="clamp-3" style={{ margin: 0 }}>
          {a.summary}
        </Typography.Paragraph>
        <div className="market-card-foot">
          <Typography.Text type="secondary">{formatZoneDate(a.publishedAt)}</Typography.Text>
          <Typography.Text type="secondary">{t('newsCard.views', { count: a.viewCount })}</Typography.Text>
        </div>
      </Card>
    </Link>
  );
}

/** An article as one line of a list: its title and date (the home page's notices). */
export function NewsLineItem({ a }: { a: NewsCard }) {
  const { t } = useTranslation();
  return (
    <li className="news-line">
      <Link to={`/news/${a.id}`} data-testid={`news-line-${a.id}`}>
        {a.pinned && <Tag color="gold">{t('newsCard.pinned')}</Tag>}
        {a.title}
      </Link>
      <Typography.Text type="secondary" className="news-line-date">
        {formatZoneDate(a.publishedAt)}
      </Typography.Text>
    </li>
  );
}
