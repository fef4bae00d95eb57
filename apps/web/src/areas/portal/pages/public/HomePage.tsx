import { ArrowRightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Row, Skeleton, Space, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { homeFor, useAuth } from '../../../../app/auth';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { useDocumentTitle } from '../../../../kit/title';
import { useOrgList } from '../../../org/api';
import { PORTAL_MODULES, type PortalModule } from '../../components/modules';

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

export function HomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  useDocumentTitle(undefined);
  // Admins are shown every status by the API; the portal counts verified ones for everyone.
  const verified = useOrgList({ kind: ['enterprise'], status: ['verified'], pageSize: 1 });

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
        <Card style={{ marginTop: -48, marginBottom: 24 }}>
          <Row gutter={[24, 16]} align="middle">
            <Col xs={24} sm={12}>
              {verified.isPending ? (
                <Skeleton.Input active />
              ) : (
                <Link to="/orgs?kind=enterprise" data-testid="verified-count" data-total={verified.data?.total ?? ''}>
                  <Statistic
                    title={t('home.verifiedEnterprises')}
                    value={verified.data?.total ?? '—'}
                    suffix={t('home.unitHouse')}
                    prefix={<SafetyCertificateOutlined style={{ color: '#52c41a' }} />}
                    styles={{ content: { color: '#1456c8' } }}
                  />
                </Link>
              )}
            </Col>
            <Col xs={24} sm={12} style={{ textAlign: 'end' }}>
              <LinkButton to="/orgs" type="link" icon={<ArrowRightOutlined />} iconPlacement="end">
                {t('home.directoryCta')}
              </LinkButton>
            </Col>
          </Row>
        </Card>

        <Typography.Title level={4}>{t('home.modulesTitle')}</Typography.Title>
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
