import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import {
  divisionInSection,
  RD_AMOUNT_MAX_FEN,
  type RdDeductionEstimateBody,
  type RdDeductionResult,
  rdDeductionEstimateBodySchema,
} from '@cz/shared/cultivation';
import { App, Button, Card, Col, Form, Input, InputNumber, Radio, Row, Select, Statistic, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { tKey } from '../../../../app/i18n';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { type Issue, showIssues, useRelocalisedErrors } from '../../../../kit/forms/zod-form';
import { formatMoney, yuanToFen } from '../../../../kit/money';
import { useOrg } from '../../../org/api';
import { useLabels } from '../../../org/labels';
import { useEstimateRdDeduction } from '../../api';
import { Explanations, useWords, VerdictTag } from '../../components/Explanations';

const KINDS = ['manufacturing', 'techSme', 'icOrMachineToolListed'] as const;
/** The six categories of expensed R&D (财税〔2015〕119号 一、(一)), then commissioned R&D and capitalised amortisation. */
const EXPENSED = ['personnel', 'directInputs', 'depreciation', 'intangibleAmortisation', 'design', 'other'] as const;
const COMMISSIONED = ['commissionedDomestic', 'commissionedAbroad'] as const;
const AMOUNTS = [...EXPENSED, ...COMMISSIONED, 'capitalisedAmortisation'] as const;
type Amount = (typeof AMOUNTS)[number];
type Tri = 'yes' | 'no' | 'unknown';
type Values = {
  taxYear: number;
  industrySection: RdDeductionEstimateBody['industrySection'];
  industryDivision?: string;
} & Record<(typeof KINDS)[number], Tri> &
  Record<Amount, number | null>;

const MAX_YUAN = RD_AMOUNT_MAX_FEN / 100;

/** 研发费用加计扣除 for anyone: the year's R&D by category in, the rate, every capped step and the extra deduction out. */
export function RdDeductionPage() {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  useRelocalisedErrors(form);
  const words = useWords();
  const { industryOptions } = useLabels();
  const estimate = useEstimateRdDeduction();
  const [result, setResult] = useState<RdDeductionResult | null>(null);

  // An enterprise member's own organisation gives the industry section, unless the visitor has chosen one.
  const { me } = useAuth();
  const orgId = me?.org?.kind === 'enterprise' ? me.org.id : undefined;
  const org = useOrg(orgId);
  const [prefilled, setPrefilled] = useState(false);
  const orgIndustry = org.data?.industry;
  useEffect(() => {
    if (!orgIndustry || form.isFieldTouched('industrySection')) return;
    form.setFieldsValue({ industrySection: orgIndustry as Values['industrySection'] });
    setPrefilled(true);
  }, [orgIndustry, form]);

  const submit = (v: Values) => {
    const flag = (x: Tri) => (x === 'unknown' ? undefined : x === 'yes');
    const fen = (k: Amount) => yuanToFen(v[k] ?? 0);
    const body: RdDeductionEstimateBody = {
      taxYear: v.taxYear,
      industrySection: v.industrySection,
      personnelFen: fen('personnel'),
      directInputsFen: fen('directInputs'),
      depreciationFen: fen('depreciation'),
      intangibleAmortisationFen: fen('intangibleAmortisation'),
      designFen: fen('design'),
      otherFen: fen('other'),
      commissionedDomesticFen: fen('commissionedDomestic'),
      commissionedAbroadFen: fen('commissionedAbroad'),
      capitalisedAmortisationFen: fen('capitalisedAmortisation'),
    };
    if (v.industryDivision) body.industryDivision = v.industryDivision;
    for (const k of KINDS) {
      const f = flag(v[k]);
      if (f !== undefined) body[k] = f;
    }
    const parsed = rdDeductionEstimateBodySchema.safeParse(body);
    if (!parsed.success) {
      // The body's keys end in Fen where the form's amounts do not.
      const issues = (parsed.error.issues as Issue[]).map((i) => ({
        ...i,
        path: i.path.map((p) => (typeof p === 'string' ? p.replace(/Fen$/, '') : p)),
      }));
      showIssues(form, issues);
      return;
    }
    estimate.mutateAsync(parsed.data).then(setResult, (err) => message.error(errorMessage(err)));
  };

  const initial: Partial<Values> = {
    taxYear: Number(shanghaiDate(new Date()).slice(0, 4)) - 1,
    manufacturing: 'unknown',
    techSme: 'unknown',
    icOrMachineToolListed: 'unknown',
  };
  const amount = (k: Amount) => (
    <Col xs={24} sm={12} key={k}>
      <Form.Item name={k} label={t(`rd.${k}`)}>
        <InputNumber
          min={0}
          max={MAX_YUAN}
          precision={2}
          placeholder="0.00"
          style={{ width: '100%' }}
          data-testid={`rd-${k}`}
        />
      </Form.Item>
    </Col>
  );
  const heading = (
    key: 'kindHeading' | 'industryHeading' | 'expensedHeading' | 'commissionedHeading' | 'capitalisedHeading' | 'steps',
  ) => (
    <Typography.Title level={2} style={{ fontSize: 16 }}>
      {t(`rd.${key}`)}
    </Typography.Title>
  );
  const rateLine = result?.reasons.find((l) => l.code === 'rd-deduction.rate');

  return (
    <div>
      <PageHeader
        title={t('rd.title')}
        subtitle={t('rd.subtitle')}
        extra={
          <LinkButton to="/cultivation/calculator" data-testid="to-tech-sme">
            {t('rd.toTechSme')}
          </LinkButton>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card>
            <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="rd-form">
              <Form.Item
                name="taxYear"
                label={t('rd.taxYear')}
                rules={[{ required: true, message: tKey('validation.required') }]}
              >
                <InputNumber min={2016} max={2100} precision={0} style={{ width: '100%' }} data-testid="rd-taxYear" />
              </Form.Item>
              {heading('kindHeading')}
              {KINDS.map((k) => (
                <Form.Item
                  key={k}
                  name={k}
                  label={t(`rd.${k}`)}
                  extra={k === 'manufacturing' ? t('rd.manufacturingHint') : undefined}
                >
                  <Radio.Group
                    optionType="button"
                    aria-label={t(`rd.${k}`)}
                    data-testid={`rd-${k}`}
                    options={(['yes', 'no', 'unknown'] as const).map((o) => ({ value: o, label: t(`calc.${o}`) }))}
                  />
                </Form.Item>
              ))}
              {heading('industryHeading')}
              <Row gutter={12}>
                <Col xs={24} sm={14}>
                  <Form.Item
                    name="industrySection"
                    label={t('rd.industrySection')}
                    rules={[{ required: true, message: tKey('validation.required') }]}
                    extra={prefilled ? t('rd.prefilled') : undefined}
                  >
                    <Select
                      showSearch
                      optionFilterProp="label"
                      options={industryOptions}
                      aria-label={t('rd.industrySection')}
                      data-testid="rd-industrySection"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={10}>
                  <Form.Item
                    name="industryDivision"
                    label={t('rd.industryDivision')}
                    dependencies={['industrySection']}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: async (_r, value: string | undefined) => {
                          if (!value) return;
                          const section = getFieldValue('industrySection') as Values['industrySection'] | undefined;
                          if (!/^\d{2}$/.test(value)) throw new Error(tKey('validation.format'));
                          if (section && !divisionInSection(section, value))
                            throw new Error(tKey('validation.cultivation.division_not_in_section'));
                        },
                      }),
                    ]}
                  >
                    <Input inputMode="numeric" maxLength={2} placeholder="26" data-testid="rd-industryDivision" />
                  </Form.Item>
                </Col>
              </Row>
              <Typography.Paragraph type="secondary">{t('rd.divisionHint')}</Typography.Paragraph>
              {heading('expensedHeading')}
              <Row gutter={12}>{EXPENSED.map(amount)}</Row>
              {heading('commissionedHeading')}
              <Row gutter={12}>{COMMISSIONED.map(amount)}</Row>
              {heading('capitalisedHeading')}
              <Row gutter={12}>{amount('capitalisedAmortisation')}</Row>
              <Button type="primary" htmlType="submit" loading={estimate.isPending} data-testid="rd-submit" block>
                {t('rd.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {result && (
            <Card
              data-testid="rd-result"
              data-extra-fen={result.extraDeductionFen}
              data-verdict={result.verdict}
              aria-live="polite"
            >
              <Row gutter={[12, 12]}>
                <Col xs={24} sm={12}>
                  <Statistic
                    title={t('rd.extra')}
                    value={formatMoney(result.extraDeductionFen)}
                    valueStyle={{ fontSize: 22 }}
                  />
                </Col>
                <Col xs={24} sm={12}>
                  <Statistic title={t('rd.rate')} value={`${result.ratePercent}%`} valueStyle={{ fontSize: 22 }} />
                </Col>
                <Col xs={24} sm={8}>
                  <Statistic
                    title={t('rd.base')}
                    value={formatMoney(result.eligibleBaseFen)}
                    valueStyle={{ fontSize: 16 }}
                  />
                </Col>
                <Col xs={12} sm={8}>
                  <Statistic
                    title={t('rd.extraExpensed')}
                    value={formatMoney(result.extraExpensedFen)}
                    valueStyle={{ fontSize: 16 }}
                  />
                </Col>
                <Col xs={12} sm={8}>
                  <Statistic
                    title={t('rd.extraAmortisation')}
                    value={formatMoney(result.extraAmortisationFen)}
                    valueStyle={{ fontSize: 16 }}
                  />
                </Col>
              </Row>
              <p style={{ marginTop: 12 }}>
                <VerdictTag verdict={result.verdict} />{' '}
                {rateLine &&
                  t('rd.rateSource', {
                    percent: result.ratePercent,
                    amortised: 100 + result.ratePercent,
                    document: rateLine.cite.document,
                    article: rateLine.cite.article,
                  })}
              </p>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                {t('calc.pack')}：{result.packId}
              </Typography.Paragraph>
              {result.note && <Typography.Paragraph type="secondary">{words(result.note)}</Typography.Paragraph>}
              <Typography.Paragraph data-testid="rd-rounding">{t('rd.rounding')}</Typography.Paragraph>
              {heading('steps')}
              <Explanations lines={result.reasons} testId="rd-reasons" />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
                {t('rd.disclaimer')}
              </Typography.Paragraph>
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}
