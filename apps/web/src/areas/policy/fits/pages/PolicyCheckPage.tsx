import { INDUSTRY_CODES, INDUSTRY_SECTIONS, PARKS } from '@cz/shared';
import { type Facts, type PolicyFits, percentFact } from '@cz/shared/policy';
import { App, Button, Card, Col, Empty, Form, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../../app/auth';
import { errorMessage } from '../../../../app/errors';
import { LinkButton } from '../../../../kit/components/LinkButton';
import { PageHeader } from '../../../../kit/components/PageHeader';
import { wanToFen } from '../../../../kit/money';
import { usePolicyCheck } from '../api';
import { FitList } from '../components/FitList';

const NUMBERS = ['employees', 'techStaff', 'revenue', 'rd', 'rdPercent', 'ip1', 'ip2', 'years'] as const;
const FLAGS = ['tsme', 'hte', 'specialised'] as const;
type Flag = 'yes' | 'no' | 'unknown';
type Values = { park?: string; industry?: string } & Partial<Record<(typeof NUMBERS)[number], number | null>> &
  Partial<Record<(typeof FLAGS)[number], Flag>>;

const num = (v: number | null | undefined) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const flag = (v: Flag | undefined) => (v === 'yes' ? true : v === 'no' ? false : undefined);

/** The answers as facts of the shared catalogue; an unanswered question is left out (not known). */
export function answersToFacts(v: Values): Facts {
  const revenue = num(v.revenue);
  const rd = num(v.rd);
  const employees = num(v.employees);
  const techStaff = num(v.techStaff);
  const f: Facts = {
    'org.park': v.park,
    'org.industry': v.industry,
    'org.employees': employees,
    'org.techStaff': techStaff,
    'org.revenueFen': revenue === undefined ? undefined : wanToFen(revenue),
    'org.rdExpenseFen': rd === undefined ? undefined : wanToFen(rd),
    // The share as answered, else worked out from the two figures.
    'org.rdPercent':
      num(v.rdPercent) ??
      (revenue !== undefined && rd !== undefined ? (percentFact(rd, revenue) ?? undefined) : undefined),
    'org.techStaffPercent':
      employees !== undefined && techStaff !== undefined ? (percentFact(techStaff, employees) ?? undefined) : undefined,
    'ip.class1Count': num(v.ip1),
    'ip.class2Count': num(v.ip2),
    'org.yearsRegistered': num(v.years),
    'cultivation.tsmeRegistered': flag(v.tsme),
    'cultivation.hteCertified': flag(v.hte),
    'cultivation.isSpecialised': flag(v.specialised),
  };
  return Object.fromEntries(Object.entries(f).filter(([, x]) => x !== undefined)) as Facts;
}

/** 政策计算器: a visitor's answers to a few questions against every open item, ranked, with the reason per condition. */
export function PolicyCheckPage() {
  const { t, i18n } = useTranslation('policy');
  const { message } = App.useApp();
  const { me } = useAuth();
  const check = usePolicyCheck();
  const [result, setResult] = useState<PolicyFits | null>(null);
  const en = i18n.language.startsWith('en');
  const submit = (v: Values) =>
    check.mutateAsync(answersToFacts(v)).then(setResult, (err) => message.error(errorMessage(err)));
  const flagItem = (k: (typeof FLAGS)[number]) => (
    <Col xs={24} md={8} key={k}>
      <Form.Item name={k} label={t(`fits.check.${k}`)}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'yes', label: t('fits.check.yes') },
            { value: 'no', label: t('fits.check.no') },
            { value: 'unknown', label: t('fits.check.unknown') },
          ]}
        />
      </Form.Item>
    </Col>
  );
  return (
    <div>
      <PageHeader title={t('fits.check.title')} subtitle={t('fits.check.subtitle')} />
      <Card style={{ marginBottom: 12 }}>
        <Form<Values> layout="vertical" onFinish={submit} data-testid="policy-check-form">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="park" label={t('fits.check.park')}>
                <Select allowClear options={PARKS.map((p) => ({ value: p, label: p }))} data-testid="check-park" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="industry" label={t('fits.check.industry')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={INDUSTRY_CODES.map((c) => ({
                    value: c,
                    label: `${c} ${en ? INDUSTRY_SECTIONS[c].en : INDUSTRY_SECTIONS[c].zh}`,
                  }))}
                />
              </Form.Item>
            </Col>
            {NUMBERS.map((k) => (
              <Col xs={12} md={6} key={k}>
                <Form.Item name={k} label={t(`fits.check.${k}`)}>
                  <InputNumber min={0} style={{ width: '100%' }} data-testid={`check-${k}`} />
                </Form.Item>
              </Col>
            ))}
            {FLAGS.map(flagItem)}
          </Row>
          <Button type="primary" htmlType="submit" loading={check.isPending} data-testid="check-submit">
            {t('fits.check.submit')}
          </Button>
        </Form>
      </Card>
      {result && (
        <Card
          title={t('fits.check.results', { count: result.total })}
          data-testid="check-results"
          data-total={result.total}
          style={{ marginBottom: 12 }}
        >
          {result.items.length === 0 ? (
            <Empty description={t('fits.check.none')} />
          ) : (
            <FitList fits={result.items} member={false} />
          )}
          {!me && (
            <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
              {t('fits.check.register')}{' '}
              <LinkButton to="/register" type="primary" data-testid="check-register">
                {t('fits.check.registerCta')}
              </LinkButton>
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </div>
  );
}
