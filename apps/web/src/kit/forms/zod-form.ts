import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useEffect } from 'react';
import { hasKey, tKey } from '../../app/i18n';
import { useLocale } from '../../app/i18n/LocaleProvider';

/** The part of a zod issue the messages need. */
export type Issue = {
  code: string;
  message: string;
  path: PropertyKey[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
};
type ParseResult = { success: true; data: unknown } | { success: false; error: { issues: Issue[] } };
/** Any zod schema (structurally), so that forms validate with the same schemas as the server. */
export type Schema = { safeParse(value: unknown): ParseResult };

export function issueMessage(issue: Issue): string {
  if (hasKey(`validation.${issue.message}`)) return tKey(`validation.${issue.message}`);
  const n = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? tKey('validation.tooShort', { min: n(issue.minimum) })
        : tKey('validation.tooSmall', { min: n(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? tKey('validation.tooLong', { max: n(issue.maximum) })
        : tKey('validation.tooBig', { max: n(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? tKey('validation.email') : tKey('validation.format');
    case 'invalid_type':
      return issue.message.includes('int') ? tKey('validation.integer') : tKey('validation.invalid');
    default:
      return tKey('validation.invalid');
  }
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** An antd rule that checks one field with a schema from @cz/shared; empty values fail only if the schema needs one. */
export function zodRule(schema: Schema): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      if (isEmpty(value)) {
        if (schema.safeParse(undefined).success) return;
        throw new Error(tKey('validation.required'));
      }
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(issueMessage(result.error.issues[0] as Issue));
    },
  };
}

/** Shows the issues of a whole-object parse on the form fields they name (refinements across fields). */
export function showIssues(form: FormInstance, issues: Issue[], prefix: PropertyKey[] = []) {
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const issue of issues) {
    const path = issue.path.slice(prefix.length).map((p) => (typeof p === 'number' ? p : String(p)));
    if (path.length === 0) continue;
    const key = path.join('.');
    const entry = byField.get(key) ?? { name: path, errors: [] };
    entry.errors.push(issueMessage(issue));
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
  const first = [...byField.values()][0];
  if (first) form.scrollToField(first.name, { block: 'center' });
}

/** The confirmation of a password must repeat it. */
export function sameAsRule(field: string | string[]): Rule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, value: string | undefined) => {
      if (!value) throw new Error(tKey('validation.required'));
      if (value !== getFieldValue(field)) throw new Error(tKey('validation.passwordMismatch'));
    },
  });
}

/** Messages already on the form are re-checked when the language changes, so they are shown in the new one. */
export function useRelocalisedErrors(form: FormInstance) {
  const { locale } = useLocale();
  useEffect(() => {
    if (!locale) return; // the language is what this effect follows
    const shown = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0)
      .map((f) => f.name);
    if (shown.length > 0) form.validateFields(shown).catch(() => undefined);
  }, [locale, form]);
}
