import { applicationInputSchema, yuanToFen } from '@cz/shared';
import { Alert, App, Button, Card, Form, Input, InputNumber, Typography } from 'antd';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth';
import { errorMessage } from '../../../app/errors';
import { tKey } from '../../../app/i18n';
import { ApiError } from '../../../kit/api/client';
import { LinkButton } from '../../../kit/components/LinkButton';
import { zodRule } from '../../../kit/forms/zod-form';
import { useFormatMoney } from '../../../kit/money';
import type { Scheme } from '../../../kit/types';
import { useApply, useEligibility } from '../api';

type Values = { amount: number; purpose: string };

/** A refusal code in words (the same messages as the API's errors). */
export const reasonLabel = (code: string) => tKey(`errors:${code}`);

/**
 * The enterprise's side of a scheme: whether it may apply (every reason it may not, for the amount typed), the cap
 * left to it, and the application form (amount in 元).
 */
export function ApplyPanel({ scheme: s }: { scheme: Scheme }) {
  const { t } = useTranslation('voucher');
  const { message } = App.useApp();
  const { me } = useAuth();
  const money = useFormatMoney();
  const [form] = Form.useForm<Values>();
  const typed = Form.useWatch('amount', form);
  const amount = useDeferredValue(typeof typed === 'number' && typed > 0 ? yuanToFen(typed) : undefined);
  const eligibility = useEligibility(s.id, amount, !!me);
  const apply = useApply();

  if (!me)
    return (
      <Card title={t('vouchers.apply')} data-testid="apply-panel">
        <Typography.Paragraph>{t('vouchers.loginToApply')}</Typography.Paragraph>
        <LinkButton to={`/login?next=${encodeURIComponent(`/vouchers/schemes/${s.id}`)}`} type="primary">
          {t('vouchers.login')}
        </LinkButton>
      </Card>
    );

  const e = eligibility.data;
  return (
    <Card title={t('vouchers.apply')} data-testid="apply-panel">
      {e && (
        <Alert
          type={e.eligible ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="eligibility-panel"
          data-eligible={e.eligible}
          title={e.eligible ? t('vouchers.eligible') : t('vouchers.notEligible')}
          description={
            <>
              {e.reasons.length > 0 && (
                <ul style={{ margin: '0 0 4px', paddingInlineStart: 18 }}>
                  {e.reasons.map((r) => (
                    <li key={r} data-testid={`eligibility-reason-${r}`}>
                      {reasonLabel(r)}
                    </li>
                  ))}
                </ul>
              )}
              {!e.reasons.includes('voucher.not_enterprise') && (
                <span data-testid="eligibility-remaining" data-amount={e.remainingCap}>
                  {t('vouchers.remainingCap', { amount: money(e.remainingCap) })}
                </span>
              )}
            </>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          try {
            await apply.mutateAsync({ schemeId: s.id, amount: yuanToFen(v.amount), purpose: v.purpose.trim() });
            message.success(t('vouchers.applied'));
            form.resetFields();
          } catch (err) {
            const reasons =
              err instanceof ApiError && err.code === 'voucher.not_eligible'
                ? err.details.filter((d): d is string => typeof d === 'string').map(reasonLabel)
                : [];
            message.error(reasons.length ? `${errorMessage(err)}: ${reasons.join('; ')}` : errorMessage(err));
          }
        }}
      >
        <Form.Item
          name="amount"
          label={t('vouchers.applyAmount')}
          extra={s.amountMode === 'unit' ? t('vouchers.unitHint', { amount: money(s.unitAmount) }) : undefined}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber
            min={0.01}
            precision={2}
            step={s.amountMode === 'unit' && s.unitAmount ? s.unitAmount / 100 : 1000}
            style={{ width: '100%' }}
            data-testid="apply-amount"
          />
        </Form.Item>
        <Form.Item
          name="purpose"
          label={t('vouchers.purpose')}
          required
          rules={[zodRule(applicationInputSchema.shape.purpose)]}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={t('vouchers.purposePlaceholder')}
            data-testid="apply-purpose"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={apply.isPending}
          disabled={e ? !e.eligible : false}
          data-testid="apply-submit"
        >
          {t('vouchers.submit')}
        </Button>
      </Form>
    </Card>
  );
}
