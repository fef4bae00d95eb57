import type { MarketPatent } from '@cz/shared/market';
import { Space, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { uploadUrl } from '../../../kit/api/uploads';
import { formatDate } from '../../../kit/datetime';
import { useFormatMoney } from '../../../kit/money';
import { useMarketLabels } from '../labels';

/** An open licence's fee terms in one line: the yearly fee, the royalty, the minimum term. */
export function OpenLicenceTerms({ patent: p }: { patent: MarketPatent }) {
  const { t } = useTranslation('market');
  const money = useFormatMoney();
  const l = p.openLicence;
  if (!l) return <>—</>;
  const fee = [
    l.annualFen > 0 ? t('patents.perYear', { amount: money(l.annualFen) }) : null,
    l.royaltyPermille !== null ? t('patents.royaltyOf', { permille: l.royaltyPermille }) : null,
  ].filter(Boolean);
  return (
    <Space direction="vertical" size={2} data-testid={`patent-${p.ipRecordId}-licence`}>
      <span>
        <Tag color="green">{t('patents.openLicence')}</Tag>
        {fee.join(' + ')}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('patents.minYearsShort', { years: l.minYears })} · {l.paymentTerms}
        {l.announcementNo ? ` · ${t('patents.announcement', { no: l.announcementNo })}` : ''}
      </Typography.Text>
      {l.evaluationReport && (
        <a href={uploadUrl(l.evaluationReport.hash)} target="_blank" rel="noreferrer" style={{ fontSize: 12 }}>
          {t('patents.evaluationReport')}
        </a>
      )}
    </Space>
  );
}

/** The columns of a list of patents on the market; `withAchievement` adds the achievement they are offered with. */
export function usePatentColumns({
  withAchievement,
  actions,
}: {
  withAchievement: boolean;
  actions?: (p: MarketPatent) => React.ReactNode;
}): TableColumnsType<MarketPatent> {
  const { t } = useTranslation('market');
  const labels = useMarketLabels();
  return [
    {
      title: t('patents.number'),
      dataIndex: 'number',
      width: 170,
      render: (n: string) => <span style={{ fontFamily: 'monospace' }}>{n}</span>,
    },
    {
      title: t('patents.name'),
      dataIndex: 'title',
      render: (title: string, p) => (
        <Space direction="vertical" size={0}>
          <span>{title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {labels.patentKind(p.kind)} · {p.holders || p.ownerName}
          </Typography.Text>
        </Space>
      ),
    },
    ...(withAchievement
      ? [
          {
            title: t('patents.achievement'),
            dataIndex: 'achievementTitle',
            render: (title: string, p: MarketPatent) => (
              <Link to={`/market/achievements/${p.achievementId}`} data-testid={`patent-${p.ipRecordId}-link`}>
                {title}
              </Link>
            ),
          },
        ]
      : []),
    {
      title: t('patents.modes'),
      dataIndex: 'transferModes',
      render: (modes: MarketPatent['transferModes']) =>
        modes
          .filter((m) => m === 'transfer' || m === 'licence')
          .map(labels.mode)
          .join('、'),
    },
    { title: t('patents.expires'), dataIndex: 'expiresOn', width: 110, render: (d: string | null) => formatDate(d) },
    {
      title: t('patents.openLicence'),
      key: 'licence',
      render: (_: unknown, p: MarketPatent) => <OpenLicenceTerms patent={p} />,
    },
    ...(actions
      ? [{ title: t('patents.actions'), key: 'actions', render: (_: unknown, p: MarketPatent) => actions(p) }]
      : []),
  ];
}
