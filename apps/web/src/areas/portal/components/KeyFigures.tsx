import {
  ExperimentOutlined,
  GiftOutlined,
  SafetyCertificateOutlined,
  ShopOutlined,
  ShoppingOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Skeleton, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type QueryParams } from '../../../kit/api/client';

/** The total of a public list: its first page of one item. */
function usePublicTotal(path: string, query: QueryParams) {
  return useQuery({
    queryKey: ['portal', 'total', path, query],
    queryFn: ({ signal }) => api<{ total: number }>(path, { query: { ...query, pageSize: 1 }, signal }),
    select: (page) => page.total,
  });
}

type Figure = { key: string; path: string; query: QueryParams; to: string; icon: ReactNode; unit: string };

function FigureCell({ f, title, testId }: { f: Figure; title: string; testId: string }) {
  const total = usePublicTotal(f.path, f.query);
  if (total.isError) return null;
  return (
    <Col xs={12} sm={8} lg={{ flex: '20%' }}>
      {total.isPending ? (
        <Skeleton.Input active size="small" />
      ) : (
        <Link to={f.to} data-testid={testId} data-total={total.data}>
          <Statistic
            title={title}
            value={total.data}
            suffix={f.unit}
            prefix={f.icon}
            styles={{ content: { color: '#1456c8' } }}
          />
        </Link>
      )}
    </Col>
  );
}

/**
 * What the platform holds today, from its public lists (nothing typed in): verified enterprises and providers,
 * services listed, instruments open for booking, voucher schemes open for applications. The same filters for every
 * reader, so that an administrator sees the figures a visitor sees.
 */
export function KeyFigures() {
  const { t } = useTranslation();
  const figures: (Figure & { title: string; testId: string })[] = [
    {
      key: 'enterprises',
      title: t('home.verifiedEnterprises'),
      testId: 'verified-count',
      path: '/orgs',
      query: { kind: ['enterprise'], status: ['verified'] },
      to: '/orgs?kind=enterprise',
      icon: <SafetyCertificateOutlined style={{ color: '#52c41a' }} />,
      unit: t('home.unitHouse'),
    },
    {
      key: 'providers',
      title: t('home.figures.providers'),
      testId: 'home-figure-providers',
      path: '/orgs',
      query: { kind: ['provider'], status: ['verified'] },
      to: '/orgs?kind=provider',
      icon: <ShopOutlined style={{ color: '#13a8a8' }} />,
      unit: t('home.unitHouse'),
    },
    {
      key: 'services',
      title: t('home.figures.services'),
      testId: 'home-figure-services',
      path: '/services',
      query: { status: 'active' },
      to: '/services',
      icon: <ShoppingOutlined style={{ color: '#2f54eb' }} />,
      unit: t('home.unitItem'),
    },
    {
      key: 'instruments',
      title: t('home.figures.instruments'),
      testId: 'home-figure-instruments',
      path: '/instruments',
      query: { status: 'available' },
      to: '/instruments',
      icon: <ExperimentOutlined style={{ color: '#096dd9' }} />,
      unit: t('home.unitSet'),
    },
    {
      key: 'schemes',
      title: t('home.figures.schemes'),
      testId: 'home-figure-schemes',
      path: '/voucher-schemes',
      query: { status: ['open'] },
      to: '/vouchers/schemes',
      icon: <GiftOutlined style={{ color: '#fa8c16' }} />,
      unit: t('home.unitScheme'),
    },
  ];
  return (
    <Card style={{ marginTop: -48, marginBottom: 24 }}>
      <section aria-label={t('home.figuresLabel')}>
        <Row gutter={[24, 16]} align="middle" data-testid="home-figures">
          {figures.map((f) => (
            <FigureCell key={f.key} f={f} title={f.title} testId={f.testId} />
          ))}
        </Row>
      </section>
    </Card>
  );
}
