import { PaperClipOutlined } from '@ant-design/icons';
import type { NewsAttachment, NewsCategory, NewsEvent } from '@cz/shared/news';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { uploadUrl } from '../../../kit/api/uploads';
import { formatDateTime, formatPeriod } from '../../../kit/datetime';
import { useNewsLabels } from '../labels';
import { ArticleBody } from './ArticleBody';
import { CategoryTag } from './NewsCards';

/** What an article page shows, from the stored article (the public page) or the form (the editor's preview). */
export type ArticleShown = {
  category: NewsCategory;
  title: string;
  publishedAt: string | null;
  department: string;
  viewCount?: number;
  cover: string | null;
  tags: string[];
  event: NewsEvent | null;
  body: string;
  attachments: NewsAttachment[];
};

function EventFacts({ event }: { event: NewsEvent }) {
  const { t } = useTranslation('news');
  const labels = useNewsLabels();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('detail.event')}
      data-testid="news-event"
      items={[
        {
          key: 'time',
          label: t('detail.eventTime'),
          children: event.endsAt ? formatPeriod(event.startsAt, event.endsAt) : formatDateTime(event.startsAt),
        },
        ...(event.place ? [{ key: 'place', label: t('detail.eventPlace'), children: event.place }] : []),
        {
          key: 'signup',
          label: t('detail.signup'),
          children:
            event.signup === 'link' && event.signupUrl ? (
              <a href={event.signupUrl} target="_blank" rel="noopener noreferrer nofollow">
                {t('detail.signupLink')}
              </a>
            ) : event.signup === 'platform' ? (
              t('detail.signupPlatformHint')
            ) : (
              labels.signup('none')
            ),
        },
      ]}
    />
  );
}

/** The body of an article page below its title: facts, cover, event, text, attachments. */
export function ArticleView({ a }: { a: ArticleShown }) {
  const { t } = useTranslation('news');
  return (
    <article className="article-page">
      <Space wrap size={[12, 4]} className="article-meta" data-testid="news-meta">
        <CategoryTag category={a.category} />
        {a.publishedAt && (
          <Typography.Text type="secondary">
            {t('detail.published')}：{formatDateTime(a.publishedAt)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          {t('detail.department')}：{a.department}
        </Typography.Text>
        {a.viewCount !== undefined && (
          <Typography.Text type="secondary">
            {t('detail.views')}：{a.viewCount}
          </Typography.Text>
        )}
      </Space>
      {a.cover && <img className="article-cover" src={uploadUrl(a.cover)} alt="" />}
      {a.event && <EventFacts event={a.event} />}
      <ArticleBody html={a.body} testId="news-body" />
      {a.attachments.length > 0 && (
        <section aria-labelledby="news-attachments-title" data-testid="news-files">
          <Typography.Title level={2} id="news-attachments-title" className="article-section-title">
            {t('detail.attachments')}
          </Typography.Title>
          <ul className="article-files">
            {a.attachments.map((f) => (
              <li key={f.hash}>
                <a href={uploadUrl(f.hash)} download={f.name}>
                  <PaperClipOutlined /> {f.name}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {a.tags.length > 0 && (
        <Space wrap size={[4, 4]} className="article-tags">
          <Typography.Text type="secondary">{t('detail.tags')}：</Typography.Text>
          {a.tags.map((tag) => (
            <Link key={tag} to={`/news?tag=${encodeURIComponent(tag)}`}>
              <Tag style={{ marginInlineEnd: 0 }}>#{tag}</Tag>
            </Link>
          ))}
        </Space>
      )}
    </article>
  );
}
