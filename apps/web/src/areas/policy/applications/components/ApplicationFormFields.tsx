import type { ApplicationForm, PolicyApplicationDetail } from '@cz/shared/policy';
import { accountNumberSchema, bankAccountSchema, correctableFields } from '@cz/shared/policy';
import { Col, Form, type FormInstance, Input, InputNumber, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { zodRule } from '../../../../kit/forms/zod-form';
import { fenToYuan, formatMoney, yuanToFen } from '../../../../kit/money';

export type FormValues = {
  requestedYuan?: number | null;
  bankName?: string | null;
  accountName?: string | null;
  accountNumber?: string | null;
  note?: string;
};

/** The form's values as the server takes them: amounts in fen, empty fields as null. */
export function formBody(v: FormValues): ApplicationForm {
  const text = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
  return {
    requestedFen: typeof v.requestedYuan === 'number' ? yuanToFen(v.requestedYuan) : null,
    bankName: text(v.bankName),
    accountName: text(v.accountName),
    accountNumber: text(v.accountNumber),
    note: v.note?.trim() ?? '',
  };
}

/**
 * The amount requested (prefilled with what the rule gives, never above it unless decided in review), the account
 * it is paid to, and a note. A returned application opens only the fields the department named.
 */
export function ApplicationFormFields({ a, form }: { a: PolicyApplicationDetail; form: FormInstance<FormValues> }) {
  const { t } = useTranslation('policy');
  const returned = a.status === 'returned';
  const open = correctableFields(a.returnItems);
  const locked = (f: keyof ApplicationForm) => returned && !open.has(f);

  useEffect(() => {
    form.setFieldsValue({
      requestedYuan: fenToYuanOrNull(a.requestedFen ?? a.capFen),
      bankName: a.bankName,
      accountName: a.accountName,
      accountNumber: a.accountNumber,
      note: a.note,
    });
  }, [a, form]);

  const capYuan = a.capFen === null ? undefined : fenToYuan(a.capFen);
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name="requestedYuan"
          label={t('applications.fields.requested')}
          required
          extra={
            a.decidedInReview
              ? t('applications.form.decidedInReview')
              : a.capFen !== null
                ? t('applications.form.capped', { cap: formatMoney(a.capFen) })
                : undefined
          }
          rules={[{ required: true, message: t('applications.form.amountRequired') }]}
        >
          <InputNumber<number>
            min={0.01}
            max={capYuan}
            precision={2}
            step={100}
            style={{ width: '100%' }}
            suffix={t('applications.form.yuan')}
            disabled={locked('requestedFen')}
            data-testid="application-amount"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="bankName"
          label={t('applications.fields.bankName')}
          required
          rules={[zodRule(bankAccountSchema.shape.bankName)]}
        >
          <Input maxLength={100} disabled={locked('bankName')} data-testid="application-bank" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="accountName"
          label={t('applications.fields.accountName')}
          required
          rules={[zodRule(bankAccountSchema.shape.accountName)]}
        >
          <Input maxLength={100} disabled={locked('accountName')} data-testid="application-account-name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="accountNumber"
          label={t('applications.fields.accountNumber')}
          required
          extra={t('applications.form.accountHint')}
          rules={[zodRule(accountNumberSchema)]}
        >
          <Input
            maxLength={40}
            inputMode="numeric"
            autoComplete="off"
            disabled={locked('accountNumber')}
            data-testid="application-account-number"
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item name="note" label={t('applications.fields.note')}>
          <Input.TextArea
            rows={3}
            maxLength={1000}
            showCount
            disabled={locked('note')}
            data-testid="application-note"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

const fenToYuanOrNull = (fen: number | null) => (fen === null ? null : fenToYuan(fen));
