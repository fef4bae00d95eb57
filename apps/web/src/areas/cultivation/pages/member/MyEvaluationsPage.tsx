import type { Declarations, Evaluation } from '@cz/shared/cultivation-api';
import { Alert, App, Button, Card, Col, Collapse, Form, Radio, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { QueryError } from '../../../../kit/components/QueryError';
import { formatDateTime } from '../../../../kit/datetime';
import { useDeclarations, useDeclare, useOrgEvaluations, useRerun } from '../../api';
import { Explanations, GapList, VerdictTag } from '../../components/Explanations';
import { SpecialisedFactsCard } from '../../components/SpecialisedFactsCard';
import { DECLARATION_KEYS } from '../../labels';

function EvaluationCard({ e }: { e: Evaluation }) {
  const { t } = useTranslation('cultivation');
  const score =
    e.scoreMin === null ? '—' : e.scoreMin === e.scoreMax ? String(e.scoreMin) : `${e.scoreMin}–${e.scoreMax}`;
  return (
    <Card
      title={t(`kinds.${e.kind}`)}
      extra={<VerdictTag verdict={e.verdict} />}
      data-testid={`evaluation-${e.kind}`}
      data-id={e.id}
      data-score={e.scoreMax ?? ''}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={12}>
        <Col xs={12} md={6}>
          <Statistic title={e.scoreMin === e.scoreMax ? t('mine.score') : t('mine.range')} value={score} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('mine.assessedOn')} value={e.assessedOn} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('mine.trigger')} value={t(`triggers.${e.trigger}`)} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('calc.pack')} value={e.packId} valueStyle={{ fontSize: 14 }} />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary">{formatDateTime(e.createdAt)}</Typography.Paragraph>
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('mine.gaps')}
      </Typography.Title>
      <GapList gaps={e.gaps} />
      <Collapse
        style={{ marginTop: 12 }}
        items={[
          {
            key: 'lines',
            label: t('mine.lines'),
            children: <Explanations lines={e.result.reasons} testId={`lines-${e.kind}`} />,
          },
        ]}
      />
    </Card>
  );
}

/** An enterprise's evaluations on its own data, its gaps and advice, and the declarations they rest on. */
export function MyEvaluationsPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const { me } = useAuth();
  const orgId = me?.org?.id;
  const evaluations = useOrgEvaluations(orgId);
  const declarations = useDeclarations(orgId);
  const rerun = useRerun();
  const declare = useDeclare();
  if (!orgId) return <Alert type="info" title={t('mine.noOrg')} />;
  const data = evaluations.data;
  const figures = (list: string[]) => list.map((f) => t(`figures.${f}` as 'figures.rule')).join('、');

  return (
    <div>
      <PageHeader
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <Button
            type="primary"
            loading={rerun.isPending}
            data-testid="rerun"
            onClick={() =>
              rerun.mutateAsync(orgId).then(
                () => message.success(t('mine.rerunDone')),
                (err) => message.error(errorMessage(err)),
              )
            }
          >
            {t('mine.rerun')}
          </Button>
        }
      />
      {evaluations.isError ? (
        <QueryError error={evaluations.error} onRetry={() => evaluations.refetch()} />
      ) : (
        <>
          {data && data.items.length === 0 && <Alert type="info" title={t('mine.none')} style={{ marginBottom: 16 }} />}
          {data?.items.map((e) => (
            <EvaluationCard key={e.id} e={e} />
          ))}
          {data && data.pendingKinds.length > 0 && (
            <Card title={t('mine.pending')} style={{ marginBottom: 16 }}>
              {data.pendingKinds.map((k) => (
                <p key={k}>
                  {t(`kinds.${k}`)}：{t('mine.missing', { list: figures(data.missingFigures[k] ?? []) })}
                </p>
              ))}
            </Card>
          )}
        </>
      )}
      <Card title={t('mine.declarations')}>
        <Typography.Paragraph type="secondary">{t('mine.declarationsHint')}</Typography.Paragraph>
        {declarations.data && (
          <Form
            layout="vertical"
            data-testid="declarations"
            initialValues={Object.fromEntries(
              DECLARATION_KEYS.map((k) => [
                k,
                declarations.data[k] === null ? 'unknown' : declarations.data[k] ? 'yes' : 'no',
              ]),
            )}
            onFinish={(v: Record<string, 'yes' | 'no' | 'unknown'>) => {
              const body = Object.fromEntries(
                DECLARATION_KEYS.map((k) => [k, v[k] === 'unknown' ? null : v[k] === 'yes']),
              ) as Record<(typeof DECLARATION_KEYS)[number], boolean | null> satisfies Declarations;
              declare.mutateAsync({ orgId, body }).then(
                () => message.success(t('mine.saved')),
                (err) => message.error(errorMessage(err)),
              );
            }}
          >
            <Row gutter={12}>
              {DECLARATION_KEYS.map((k) => (
                <Col xs={24} md={12} key={k}>
                  <Form.Item name={k} label={t(`calc.${k}`)}>
                    <Radio.Group
                      optionType="button"
                      aria-label={t(`calc.${k}`)}
                      options={(['yes', 'no', 'unknown'] as const).map((o) => ({ value: o, label: t(`calc.${o}`) }))}
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
            <Button htmlType="submit" loading={declare.isPending} data-testid="save-declarations">
              {t('mine.saveDeclarations')}
            </Button>
          </Form>
        )}
      </Card>
      {declarations.data && <SpecialisedFactsCard orgId={orgId} declarations={declarations.data} />}
    </div>
  );
}
