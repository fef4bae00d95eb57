import type { Declarations, SpecialisedDeclarations } from '@cz/shared/cultivation-api';
import { App, Button, Card, Col, Form, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../app/errors';
import { fenToWan, wanToFen } from '../../../kit/money';
import { useDeclare } from '../api';
import { DECLARATION_KEYS } from '../labels';

type Tri = 'yes' | 'no' | 'unknown';
const FLAGS = [
  'marketTopThree',
  'rdInstitution',
  'informationSystem',
  'managementCertified',
  'ownBrand',
  'chainRole',
  'keyField',
] as const satisfies readonly (keyof SpecialisedDeclarations)[];

type Values = Record<(typeof FLAGS)[number] | 'makerChinaListed', Tri> & {
  nicheYears: number | null;
  equityWan: number | null;
  marketSharePercent: number | null;
  provincialScore: number | null;
  giantScore: number | null;
  rdStaffPercent: number | null;
  makerChinaRank: number | null;
  awardsStated: 'unknown' | 'none' | 'some';
  awards: { level: 'provincial' | 'national'; rank: number | null }[];
};

const tri = (v: boolean | null): Tri => (v === null ? 'unknown' : v ? 'yes' : 'no');
const fromTri = (v: Tri): boolean | null => (v === 'unknown' ? null : v === 'yes');
const num = (v: number | null | undefined) => (v === null || v === undefined ? null : v);
/** Percent to two decimals typed; basis points kept. */
const toBp = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100));

function initial(s: SpecialisedDeclarations): Values {
  return {
    ...(Object.fromEntries(FLAGS.map((k) => [k, tri(s[k])])) as Record<(typeof FLAGS)[number], Tri>),
    makerChinaListed: tri(s.makerChinaListed),
    nicheYears: s.nicheYears,
    equityWan: s.equityFinancing2yFen === null ? null : fenToWan(s.equityFinancing2yFen),
    marketSharePercent: s.marketShareBp === null ? null : s.marketShareBp / 100,
    provincialScore: s.provincialScore,
    giantScore: s.giantScore,
    rdStaffPercent: s.rdStaffBp === null ? null : s.rdStaffBp / 100,
    makerChinaRank: s.makerChinaRank,
    awardsStated: s.scienceAwards === null ? 'unknown' : s.scienceAwards.length === 0 ? 'none' : 'some',
    awards: s.scienceAwards ?? [],
  };
}

function toBody(v: Values): SpecialisedDeclarations {
  const listed = fromTri(v.makerChinaListed);
  return {
    nicheYears: num(v.nicheYears),
    equityFinancing2yFen: v.equityWan === null || v.equityWan === undefined ? null : wanToFen(v.equityWan),
    marketShareBp: toBp(v.marketSharePercent),
    marketTopThree: fromTri(v.marketTopThree),
    provincialScore: num(v.provincialScore),
    giantScore: num(v.giantScore),
    scienceAwards:
      v.awardsStated === 'unknown'
        ? null
        : v.awardsStated === 'none'
          ? []
          : (v.awards ?? []).filter((a) => a.rank !== null).map((a) => ({ level: a.level, rank: a.rank as number })),
    makerChinaListed: listed,
    makerChinaRank: listed === true ? num(v.makerChinaRank) : null,
    rdInstitution: fromTri(v.rdInstitution),
    rdStaffBp: toBp(v.rdStaffPercent),
    informationSystem: fromTri(v.informationSystem),
    managementCertified: fromTri(v.managementCertified),
    ownBrand: fromTri(v.ownBrand),
    chainRole: fromTri(v.chainRole),
    keyField: fromTri(v.keyField),
  };
}

/**
 * The 专精特新 facts no registry holds (years in the niche market, scores, financing, awards, the qualitative 小巨人
 * criteria), stated by the enterprise; saving them runs the evaluations again.
 */
export function SpecialisedFactsCard({
  orgId,
  declarations,
}: {
  orgId: number;
  declarations: Declarations & { specialised: SpecialisedDeclarations };
}) {
  const { t } = useTranslation('cultivation');
  const { message } = App.useApp();
  const declare = useDeclare();
  const [form] = Form.useForm<Values>();
  const awardsStated = Form.useWatch('awardsStated', form);
  const listed = Form.useWatch('makerChinaListed', form);
  const triOptions = (['yes', 'no', 'unknown'] as const).map((o) => ({ value: o, label: t(`calc.${o}`) }));
  const number = (name: keyof Values, props: { min: number; max: number; precision?: number; suffix?: string }) => (
    <Col xs={24} md={8} key={name}>
      <Form.Item name={name} label={t(`specialised.${name}` as 'specialised.nicheYears')}>
        <InputNumber
          style={{ width: '100%' }}
          min={props.min}
          max={props.max}
          precision={props.precision ?? 0}
          suffix={props.suffix}
          data-testid={`sp-${name}`}
        />
      </Form.Item>
    </Col>
  );
  const flag = (name: (typeof FLAGS)[number] | 'makerChinaListed') => (
    <Col xs={24} md={12} key={name}>
      <Form.Item name={name} label={t(`specialised.${name}` as 'specialised.nicheYears')}>
        <Radio.Group
          optionType="button"
          aria-label={t(`specialised.${name}` as 'specialised.nicheYears')}
          options={triOptions}
          data-testid={`sp-${name}`}
        />
      </Form.Item>
    </Col>
  );

  return (
    <Card title={t('specialised.title')} style={{ marginTop: 16 }} data-testid="specialised-facts">
      <Typography.Paragraph type="secondary">{t('specialised.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initial(declarations.specialised)}
        onFinish={(v) => {
          const flags = Object.fromEntries(DECLARATION_KEYS.map((k) => [k, declarations[k]])) as Omit<
            Declarations,
            'specialised'
          >;
          declare.mutateAsync({ orgId, body: { ...flags, specialised: toBody(v) } }).then(
            () => message.success(t('mine.saved')),
            (err) => message.error(errorMessage(err)),
          );
        }}
      >
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          {t('specialised.figures')}
        </Typography.Title>
        <Row gutter={12}>
          {number('nicheYears', { min: 0, max: 200, suffix: t('specialised.years') })}
          {number('equityWan', { min: 0, max: 100_000_000, precision: 2, suffix: t('specialised.wan') })}
          {number('marketSharePercent', { min: 0, max: 100, precision: 2, suffix: '%' })}
          {number('rdStaffPercent', { min: 0, max: 100, precision: 2, suffix: '%' })}
          {number('provincialScore', { min: 0, max: 100 })}
          {number('giantScore', { min: 0, max: 100 })}
        </Row>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          {t('specialised.awardsTitle')}
        </Typography.Title>
        <Form.Item name="awardsStated" label={t('specialised.awardsStated')}>
          <Radio.Group
            optionType="button"
            aria-label={t('specialised.awardsStated')}
            data-testid="sp-awardsStated"
            options={(['some', 'none', 'unknown'] as const).map((o) => ({
              value: o,
              label: t(`specialised.awards.${o}`),
            }))}
          />
        </Form.Item>
        {awardsStated === 'some' && (
          <Form.List name="awards">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} align="baseline" wrap>
                    <Form.Item name={[f.name, 'level']} rules={[{ required: true }]}>
                      <Select
                        style={{ width: 140 }}
                        aria-label={t('specialised.awardLevel')}
                        options={(['provincial', 'national'] as const).map((l) => ({
                          value: l,
                          label: t(`specialised.levels.${l}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'rank']}
                      rules={[{ required: true, message: t('specialised.rankNeeded') }]}
                    >
                      <InputNumber
                        min={1}
                        max={1000}
                        precision={0}
                        aria-label={t('specialised.awardRank')}
                        placeholder={t('specialised.awardRank')}
                      />
                    </Form.Item>
                    <Button onClick={() => remove(f.name)}>{t('specialised.removeAward')}</Button>
                  </Space>
                ))}
                <Form.Item>
                  <Button onClick={() => add({ level: 'provincial', rank: null })} data-testid="sp-add-award">
                    {t('specialised.addAward')}
                  </Button>
                </Form.Item>
              </>
            )}
          </Form.List>
        )}
        <Row gutter={12}>
          {flag('makerChinaListed')}
          {listed === 'yes' && number('makerChinaRank', { min: 1, max: 100_000 })}
        </Row>
        <Typography.Title level={2} style={{ fontSize: 15 }}>
          {t('specialised.qualitative')}
        </Typography.Title>
        <Row gutter={12}>{FLAGS.map(flag)}</Row>
        <Button htmlType="submit" loading={declare.isPending} data-testid="save-specialised">
          {t('specialised.save')}
        </Button>
      </Form>
    </Card>
  );
}
