import { normaliseUscc, usccCheckChar, usccProblem } from '@cz/shared';
import { Form, Input } from 'antd';
import type { Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { tKey } from '../../../app/i18n';

/** Why the code is wrong, in words; checked on every keystroke with the same rule as the server (GB 32100-2015). */
export function usccMessage(code: string): string | null {
  const problem = usccProblem(code);
  if (problem === null) return null;
  if (problem === 'length') {
    const expected = code.length === 17 ? usccCheckChar(code) : null;
    return expected
      ? tKey('validation.uscc.missingCheck', { expected })
      : tKey('validation.uscc.length', { length: code.length });
  }
  if (problem === 'check') return tKey('validation.uscc.check', { expected: usccCheckChar(code.slice(0, 17)) ?? '?' });
  return tKey(`validation.uscc.${problem}`);
}

const usccRule: Rule = {
  validator: async (_rule, value: string | undefined) => {
    if (!value) throw new Error(tKey('validation.required'));
    const message = usccMessage(value);
    if (message) throw new Error(message);
  },
};

export function UsccField({ name, testId }: { name: (string | number)[]; testId: string }) {
  const { t } = useTranslation('org');
  return (
    <Form.Item
      name={name}
      label={t('org.fields.uscc')}
      required
      hasFeedback
      validateFirst
      rules={[usccRule]}
      normalize={(v: string | undefined) => (v ? normaliseUscc(v) : v)}
    >
      <Input
        maxLength={18}
        showCount
        placeholder={t('org.usccPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
        data-testid={testId}
      />
    </Form.Item>
  );
}
