import { BulbOutlined, PaperClipOutlined } from '@ant-design/icons';
import type { PolicyDocument } from '@cz/shared/policy-docs';
import { Card, Col, Collapse, Descriptions, Empty, List, Row, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { uploadUrl } from '../../../../kit/api/uploads';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDate } from '../../../../kit/datetime';
import { usePolicyDocument, useRelatedPolicies } from '../../api';
import { LevelTag, StateTag } from '../../components/PolicyTags';
import { RichText } from '../../components/RichText';
import { PublicItems } from '../../items/components/PublicItems';
import { usePolicyLabels } from '../../labels';

function Related({ id }: { id: number }) {
  const { t } = useTranslation('policy');
  const related = useRelatedPolicies(id);
  return (
    <Card title={t('detail.related')} size="small">
      {related.data && related.data.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noRelated')} />
      ) : (
        <List
          size="small"
          loading={related.isLoading}
          dataSource={related.data?.items ?? []}
          data-testid="policy-related"
          renderItem={(r) => (
            <List.Item key={r.id}>
              <Space orientation="vertical" size={0}>
                <Link to={`/policies/${r.id}`}>{r.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.issuer, r.docNumber, r.issuedOn].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function Facts({ d }: { d: PolicyDocument }) {
  const { t } = useTranslation('policy');
  const labels = usePolicyLabels();
  const tags = (items: string[]) =>
    items.length === 0 ? (
      '—'
    ) : (
      <Space size={[4, 4]} wrap>
        {items.map((i) => (
          <Tag key={i} style={{ marginInlineEnd: 0 }}>
            {i}
          </Tag>
        ))}
      </Space>
    );
  return (
    <Card title={t('detail.facts')} size="small">
      <Descriptions column={1} size="small" data-testid="policy-facts">
        <Descriptions.Item label={t('fields.issuer')}>{d.issuer}</Descriptions.Item>
        <Descriptions.Item label={t('fields.docNumber')}>{d.docNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('fields.level')}>{labels.level(d.level)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.issuedOn')}>{formatDate(d.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.effectiveFrom')}>{formatDate(d.effectiveFrom)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.expiresOn')}>{formatDate(d.expiresOn)}</Descriptions.Item>
        {d.department && <Descriptions.Item label={t('fields.department')}>{d.department}</Descriptions.Item>}
        <Descriptions.Item label={t('fields.supportKinds')}>
          {tags(d.supportKinds.map(labels.supportKind))}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.enterpriseKinds')}>
          {tags(d.enterpriseKinds.map(labels.enterpriseKind))}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.industries')}>{tags(d.industries.map(labels.industry))}</Descriptions.Item>
        {d.topics.length > 0 && <Descriptions.Item label={t('fields.topics')}>{tags(d.topics)}</Descriptions.Item>}
      </Descriptions>
    </Card>
  );
}

/**
 * One published document for anyone: the plain-language 解读 first, in its own box, then the FAQ as an accordion,
 * the full text and the attachments; beside them the facts and related documents.
 */
export function PolicyDetailPage() {
  const { t } = useTranslation('policy');
  const id = Number(useParams().id) || 0;
  const doc = usePolicyDocument(id);
  if (doc.isError) return <QueryError error={doc.error} onRetry={() => doc.refetch()} />;
  const d = doc.data;
  if (!d) return <Spin />;
  return (
    <div className="policy-detail" data-testid="policy-detail" data-id={d.id} data-state={d.state}>
      <PageHeader
        title={d.title}
        subtitle={[d.issuer, d.docNumber].filter(Boolean).join(' · ')}
        extra={<LinkButton to="/policies">{t('detail.back')}</LinkButton>}
      />
      <Space size={[6, 6]} wrap style={{ marginBottom: 12 }}>
        <LevelTag level={d.level} />
        <StateTag state={d.state} testId="policy-state" />
        {d.issuedOn && <Typography.Text type="secondary">{t('library.issued', { date: d.issuedOn })}</Typography.Text>}
        {d.expiresOn && (
          <Typography.Text type="secondary">{t('library.expires', { date: d.expiresOn })}</Typography.Text>
        )}
      </Space>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <section className="policy-interpretation" aria-labelledby="policy-interpretation-title">
              <h2 id="policy-interpretation-title">
                <BulbOutlined /> {t('detail.interpretation')}
              </h2>
              {d.interpretationHtml ? (
                <RichText html={d.interpretationHtml} testId="policy-interpretation" />
              ) : (
                <Typography.Text type="secondary">{t('detail.noInterpretation')}</Typography.Text>
              )}
            </section>
            {d.faq.length > 0 && (
              <Card title={t('detail.faq')} size="small">
                <Collapse
                  accordion
                  ghost
                  data-testid="policy-faq"
                  items={d.faq.map((f, i) => ({
                    key: String(i),
                    label: f.question,
                    children: (
                      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{f.answer}</Typography.Paragraph>
                    ),
                  }))}
                />
              </Card>
            )}
            <PublicItems documentId={d.id} />
            <Card title={t('detail.body')} size="small">
              {d.bodyHtml ? (
                <RichText html={d.bodyHtml} testId="policy-body" />
              ) : (
                <Typography.Text type="secondary">{t('detail.noBody')}</Typography.Text>
              )}
            </Card>
            {d.attachments.length > 0 && (
              <Card title={t('fields.attachments')} size="small">
                <List
                  size="small"
                  dataSource={d.attachments}
                  renderItem={(a) => (
                    <List.Item key={a.hash}>
                      <Typography.Link href={uploadUrl(a.hash)} target="_blank" rel="noopener">
                        <PaperClipOutlined /> {a.name}
                      </Typography.Link>
                    </List.Item>
                  )}
                />
              </Card>
            )}
            {d.replaces.length > 0 && (
              <Typography.Text type="secondary">
                {t('detail.replaces', {
                  titles: d.replaces.map((r) => `《${r.title}》${r.docNumber ? `（${r.docNumber}）` : ''}`).join('、'),
                })}
              </Typography.Text>
            )}
          </Space>
        </Col>
        <Col xs={24} lg={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Facts d={d} />
            <Related id={d.id} />
          </Space>
        </Col>
      </Row>
    </div>
  );
}
