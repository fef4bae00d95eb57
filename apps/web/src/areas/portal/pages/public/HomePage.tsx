import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homeFor, useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { useDocumentTitle } from '../../../../kit/title';
import { useNewsList } from '../../../news/api';
import { EventLine, NewsCardItem, NewsLineItem } from '../../../news/components/NewsCards';
import { KeyFigures } from '../../components/KeyFigures';
import { PORTAL_MODULES, type PortalModule } from '../../components/modules';
import { PolicyWindowsSlot } from '../../components/PolicyWindowsSlot';

function ModuleCard({ m }: { m: PortalModule }) {
  const { t } = useTranslation();
  const live = !!m.path;
  const body = (
    <Card hoverable={live} className="module-card" data-testid={`module-${m.key}`} data-available={live}>
      <Space align="start" style={{ justifyContent: 'space-between', width: '100%' }}>
        <span
          style={{
            display: 'inline-flex',
            width: 44,
            height: 44,
            borderRadius: 10,
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: 22,
            color: m.color,
            background: `${m.color}14`,
          }}
        >
          {m.icon}
        </span>
        {live ? <Tag color="success">{t('home.available')}</Tag> : <Tag>{t('home.comingSoon')}</Tag>}
      </Space>
      <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
        {t(`home.modules.${m.key}.title`)}
      </Typography.Title>
      <Typography.Text type="secondary">{t(`home.modules.${m.key}.desc`)}</Typography.Text>
      {live && (
        <span style={{ marginTop: 'auto', color: '#1456c8' }}>
          {t('home.open')} <ArrowRightOutlined />
        </span>
      )}
    </Card>
  );
  return live && m.path ? <Link to={m.path}>{body}</Link> : body;
}

/** A section of the home page: its heading, a link to the whole list, and its content. */
function Section({
  title,
  more,
  moreLabel,
  testId,
  children,
}: {
  title: string;
  more: string;
  moreLabel: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const id = `${testId}-title`;
  return (
    <Card className="home-section" data-testid={testId}>
      <section aria-labelledby={id}>
        <div className="home-section-head">
          <Typography.Title level={2} id={id} className="home-section-title">
            {title}
          </Typography.Title>
          <LinkButton to={more} type="link" icon={<ArrowRightOutlined />} iconPlacement="end" aria-label={moreLabel}>
            {t('home.more')}
          </LinkButton>
        </div>
        {children}
      </section>
    </Card>
  );
}

/** The latest notices, the latest news with their covers, and the events to come, from the public news list. */
function NewsSections() {
  const { t } = useTranslation();
  const notices = useNewsList({ category: 'notice', pageSize: 6 });
  const news = useNewsList({ category: 'news', pageSize: 3 });
  const events = useNewsList({ upcoming: 'true', pageSize: 4 });
  const lines = (q: typeof notices, empty: string) =>
    q.isPending ? (
      <Skeleton active paragraph={{ rows: 4 }} />
    ) : q.data && q.data.items.length > 0 ? (
      <ul className="news-lines">
        {q.data.items.map((a) => (
          <NewsLineItem key={a.id} a={a} />
        ))}
      </ul>
    ) : (
      <Typography.Text type="secondary">{empty}</Typography.Text>
    );
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={14}>
          <Section
            title={t('home.notices')}
            more="/news?category=notice"
            moreLabel={t('home.moreOf', { what: t('home.notices') })}
            testId="home-notices"
          >
            {lines(notices, t('home.noNotices'))}
          </Section>
        </Col>
        <Col xs={24} lg={10}>
          <Section
            title={t('home.events')}
            more="/news?category=event"
            moreLabel={t('home.moreOf', { what: t('home.events') })}
            testId="home-events"
          >
            {events.isPending ? (
              <Skeleton active paragraph={{ rows: 4 }} />
            ) : events.data && events.data.items.length > 0 ? (
              <ul className="news-lines">
                {events.data.items.map((a) => (
                  <li key={a.id} className="news-event">
                    <Link to={`/news/${a.id}`} data-testid={`home-event-${a.id}`}>
                      {a.title}
                    </Link>
                    {a.event && <EventLine event={a.event} />}
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{t('home.noEvents')}</Typography.Text>
            )}
          </Section>
        </Col>
      </Row>
      <Section
        title={t('home.news')}
        more="/news?category=news"
        moreLabel={t('home.moreOf', { what: t('home.news') })}
        testId="home-news"
      >
        {news.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : news.data && news.data.items.length > 0 ? (
          <Row gutter={[12, 12]}>
            {news.data.items.map((a) => (
              <Col key={a.id} xs={24} md={8}>
                <NewsCardItem a={a} />
              </Col>
            ))}
          </Row>
        ) : (
          <Typography.Text type="secondary">{t('home.noNews')}</Typography.Text>
        )}
      </Section>
    </>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  useDocumentTitle(undefined);

  return (
    <div>
      <section className="hero">
        <div className="hero-inner">
          <Typography.Title style={{ color: '#fff', marginTop: 0, fontSize: 'clamp(24px, 5vw, 38px)' }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.88)', fontSize: 16, maxWidth: 720 }}>
            {t('home.heroSubtitle')}
          </Typography.Paragraph>
          <Space wrap size={12} style={{ marginTop: 8 }}>
            {me ? (
              <LinkButton to={homeFor(me)} size="large">
                {t('home.dashboardCta')}
              </LinkButton>
            ) : (
              <LinkButton to="/register" size="large" data-testid="hero-register">
                {t('home.registerCta')}
              </LinkButton>
            )}
            <LinkButton to="/orgs" size="large" ghost data-testid="hero-directory">
              {t('home.directoryCta')}
            </LinkButton>
          </Space>
        </div>
      </section>

      <div className="portal-inner">
        <KeyFigures />
        <NewsSections />
        <PolicyWindowsSlot />

        <Typography.Title level={2} className="home-section-title" style={{ marginTop: 24 }}>
          {t('home.modulesTitle')}
        </Typography.Title>
        <Row gutter={[16, 16]} style={{ marginBottom: 24 }}>
          {PORTAL_MODULES.map((m) => (
            <Col key={m.key} xs={24} sm={12} lg={8} xl={6}>
              <ModuleCard m={m} />
            </Col>
          ))}
        </Row>
      </div>
    </div>
  );
}
