import type { TechSmeCalculateBody, TechSmeResult } from '@cz/shared/cultivation';
import { App, Button, Card, Col, Form, InputNumber, Radio, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { useCalculate } from '../../api';
import { Explanations, useWords, VerdictTag } from '../../components/Explanations';

const NUMBERS = ['employees', 'techStaff', 'sales', 'rd', 'totalCost', 'totalAssets', 'ip1', 'ip2'] as const;
const CONDITIONS = ['resident', 'prohibitedIndustry', 'majorIncident', 'dishonestList', 'abnormalOperation'] as const;
const DIRECT = ['hteCertificateValid', 'nationalAward5y', 'provincialRdInstitution', 'ledStandard5y'] as const;
type Flag = (typeof CONDITIONS)[number] | (typeof DIRECT)[number];
type Values = Record<(typeof NUMBERS)[number], number | null> & Record<Flag, 'yes' | 'no' | 'unknown'>;

/** 万元 as typed (up to six decimals: one fen) to fen, exactly. */
const wanToFen = (v: number | null) => Math.round((v ?? 0) * 1_000_000);

/** 科技型中小企业评价 for anyone: the figures in, every point with its figures and article out. */
export function CalculatorPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const words = useWords();
  const calc = useCalculate();
  const [result, setResult] = useState<TechSmeResult | null>(null);
  const flag = (v: 'yes' | 'no' | 'unknown') => (v === 'unknown' ? undefined : v === 'yes');

  const submit = (v: Values) => {
    const body: TechSmeCalculateBody = {
      employees: v.employees ?? 0,
      techStaff: v.techStaff ?? 0,
      salesFen: wanToFen(v.sales),
      rdExpenseFen: wanToFen(v.rd),
      totalCostFen: wanToFen(v.totalCost),
      totalAssetsFen: wanToFen(v.totalAssets),
      ip1Count: v.ip1 ?? 0,
      ip2Count: v.ip2 ?? 0,
    };
    for (const k of [...CONDITIONS, ...DIRECT]) {
      const f = flag(v[k]);
      if (f !== undefined) (body as Record<string, unknown>)[k] = f;
    }
    calc.mutateAsync(body).then(setResult, (err) => message.error(errorMessage(err)));
  };

  const initial: Partial<Values> = {
    resident: 'yes',
    prohibitedIndustry: 'no',
    majorIncident: 'no',
    dishonestList: 'no',
    abnormalOperation: 'no',
    hteCertificateValid: 'unknown',
    nationalAward5y: 'unknown',
    provincialRdInstitution: 'unknown',
    ledStandard5y: 'unknown',
  };
  const radios = (k: Flag) => (
    <Form.Item key={k} name={k} label={t(`calc.${k}`)}>
      <Radio.Group
        optionType="button"
        aria-label={t(`calc.${k}`)}
        options={(['yes', 'no', 'unknown'] as const).map((o) => ({ value: o, label: t(`calc.${o}`) }))}
      />
    </Form.Item>
  );

  return (
    <div>
      <PageHeader
        title={t('calc.title')}
        subtitle={t('calc.subtitle')}
        extra={
          <LinkButton to="/cultivation/rd-deduction" data-testid="to-rd-deduction">
            {t('calc.toRdDeduction')}
          </LinkButton>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Form<Values> layout="vertical" initialValues={initial} onFinish={submit} data-testid="calc-form">
              <Row gutter={12}>
                {NUMBERS.map((k) => (
                  <Col xs={12} key={k}>
                    <Form.Item name={k} label={t(`calc.${k}`)} rules={[{ required: true }]}>
                      <InputNumber
                        min={0}
                        precision={['sales', 'rd', 'totalCost', 'totalAssets'].includes(k) ? 2 : 0}
                        style={{ width: '100%' }}
                        data-testid={`calc-${k}`}
                      />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {t('calc.conditions')}
              </Typography.Title>
              {CONDITIONS.map(radios)}
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {t('calc.direct')}
              </Typography.Title>
              {DIRECT.map(radios)}
              <Button type="primary" htmlType="submit" loading={calc.isPending} data-testid="calc-submit" block>
                {t('calc.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {result && (
            <Card data-testid="calc-result" data-score={result.score}>
              <Row gutter={12}>
                <Col xs={12} md={6}>
                  <Statistic title={t('calc.score')} value={result.score} suffix="/ 100" />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('calc.partTechStaff')} value={result.parts.techStaff} suffix="/ 20" />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('calc.partRd')} value={result.parts.rd} suffix="/ 50" />
                </Col>
                <Col xs={12} md={6}>
                  <Statistic title={t('calc.partIp')} value={result.parts.ip} suffix="/ 30" />
                </Col>
              </Row>
              <p style={{ marginTop: 12 }}>
                <VerdictTag verdict={result.verdict} /> {t('calc.pack')}：{result.packId}
              </p>
              {result.note && <Typography.Paragraph type="secondary">{words(result.note)}</Typography.Paragraph>}
              <Typography.Title level={2} style={{ fontSize: 16 }}>
                {t('calc.reasons')}
              </Typography.Title>
              <Explanations lines={result.reasons} testId="calc-reasons" />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
