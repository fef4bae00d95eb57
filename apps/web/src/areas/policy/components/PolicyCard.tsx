import '../policy.css';
import type { PolicySearchHit } from '@cz/shared/policy-docs';
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePolicyLabels } from '../labels';
import { Marked, markTerms } from './Highlight';
import { LevelTag, StateTag } from './PolicyTags';

/** One result of the library: level, state and support, the title and snippet with the matched words, the facts. */
export function PolicyCard({ hit }: { hit: PolicySearchHit }) {
  const { t } = useTranslation('policy');
  const labels = usePolicyLabels();
  const dates = [
    hit.issuedOn && t('library.issued', { date: hit.issuedOn }),
    hit.effectiveFrom && hit.effectiveFrom !== hit.issuedOn && t('library.effective', { date: hit.effectiveFrom }),
    hit.expiresOn && t('library.expires', { date: hit.expiresOn }),
  ].filter(Boolean);
  return (
    <Link to={`/policies/${hit.id}`} className="policy-card-link" data-testid={`policy-card-${hit.id}`}>
      <Card size="small" hoverable className="policy-card">
        <Space size={[4, 4]} wrap>
          <LevelTag level={hit.level} />
          <StateTag state={hit.state} />
          {hit.supportKinds.map((k) => (
            <Tag key={k} color="blue" style={{ marginInlineEnd: 0 }}>
              {labels.supportKind(k)}
            </Tag>
          ))}
        </Space>
        <Typography.Title level={2} className="policy-card-title">
          <Marked parts={markTerms(hit.title, hit.terms)} />
        </Typography.Title>
        <div className="policy-card-meta">
          <span>{hit.issuer}</span>
          <span>{hit.docNumber ?? t('library.noNumber')}</span>
          {dates.map((d) => (
            <span key={d as string}>{d}</span>
          ))}
        </div>
        {hit.snippet.length > 0 && (
          <Typography.Paragraph className="policy-card-snippet" data-testid="policy-snippet">
            <Marked parts={hit.snippet} />
          </Typography.Paragraph>
        )}
        {hit.enterpriseKinds.length + hit.topics.length > 0 && (
          <Space size={[4, 4]} wrap>
            {hit.enterpriseKinds.map((k) => (
              <Tag key={k} style={{ marginInlineEnd: 0 }}>
                {labels.enterpriseKind(k)}
              </Tag>
            ))}
            {hit.topics.map((topic) => (
              <Tag key={topic} bordered={false} style={{ marginInlineEnd: 0 }}>
                # {topic}
              </Tag>
            ))}
          </Space>
        )}
      </Card>
    </Link>
  );
}
