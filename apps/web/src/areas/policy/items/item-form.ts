/**
 * A policy item as the form holds it (dates as dayjs, the budget as typed yuan, the condition as the builder's tree,
 * the amount as the editor's texts) and back as the request body, checked by the server's own schema. Issues are
 * split by where they are shown: the condition's on its nodes, the amount's on the amount, the rest on their fields.
 */
import type { MaterialRequirement } from '@cz/shared/materials';
import {
  type ConditionIssue,
  type ConditionIssueCode,
  type ItemMode,
  type PolicyItem,
  type PolicyItemInput,
  policyItemInputSchema,
} from '@cz/shared/policy';
import type { Dayjs } from 'dayjs';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { type AmountDraft, emptyAmount, fenToYuanText, fromAmount, toAmount, yuanToFenExact } from './amount-form';
import { fromCondition, type GroupNode, toCondition } from './condition-tree';

type MaterialRow = { kind?: MaterialRequirement['kind']; year?: MaterialRequirement['year']; validOn?: Dayjs | null };

export type ItemFormValues = {
  clause?: string;
  title?: string;
  beneficiaries?: string;
  mode: ItemMode;
  window?: [Dayjs | null, Dayjs | null] | null;
  department?: string;
  budgetYuan?: string;
  paymentDeadlineDays?: number | null;
  amount: AmountDraft;
  materials?: MaterialRow[];
};

export const emptyItemValues = (department: string): ItemFormValues => ({
  mode: 'apply',
  department,
  amount: emptyAmount(),
  materials: [],
});

export function toItemValues(item: PolicyItem): { values: ItemFormValues; condition: GroupNode } {
  return {
    values: {
      clause: item.clause,
      title: item.title,
      beneficiaries: item.beneficiaries,
      mode: item.mode,
      window: [fromIsoDate(item.opensOn) ?? null, fromIsoDate(item.closesOn) ?? null],
      department: item.department,
      budgetYuan: item.budgetFen === null ? '' : fenToYuanText(item.budgetFen),
      paymentDeadlineDays: item.paymentDeadlineDays,
      amount: fromAmount(item.amount),
      materials: item.materials.map((m) => ({ kind: m.kind, year: m.year, validOn: fromIsoDate(m.validOn) ?? null })),
    },
    condition: fromCondition(item.condition),
  };
}

export type Issue = { path: PropertyKey[]; message: string; code: string };

/** The form's values and the builder's tree as the request body, with the schema's verdict on it. */
export function toItemInput(documentId: number, v: ItemFormValues, condition: GroupNode) {
  const budget = v.budgetYuan?.trim() ? (yuanToFenExact(v.budgetYuan) ?? Number.NaN) : null;
  const body = {
    documentId,
    clause: v.clause ?? '',
    title: v.title ?? '',
    beneficiaries: v.beneficiaries ?? '',
    condition: toCondition(condition),
    amount: toAmount(v.amount),
    budgetFen: budget,
    mode: v.mode,
    opensOn: toIsoDate(v.window?.[0] ?? null),
    closesOn: toIsoDate(v.window?.[1] ?? null),
    department: v.department ?? '',
    materials: (v.materials ?? [])
      .filter((m) => m?.kind)
      .map((m) => ({
        kind: m.kind,
        ...(m.year !== undefined && m.year !== null ? { year: m.year } : {}),
        ...(m.validOn ? { validOn: toIsoDate(m.validOn) } : {}),
      })),
    paymentDeadlineDays: v.mode === 'fast' ? (v.paymentDeadlineDays ?? null) : null,
  } as unknown as PolicyItemInput;
  return { body, parsed: policyItemInputSchema.safeParse(body) };
}

/** The form's field for an issue of the body: the window's two dates are one field, the budget is typed in yuan. */
const FIELD_OF: Record<string, string> = {
  opensOn: 'window',
  closesOn: 'window',
  budgetFen: 'budgetYuan',
};

/**
 * Issues by where they show: on the condition's nodes (a path inside the tree), on the whole condition (免申即享
 * with conditions reviewed by hand), on the amount, or on a field of the form.
 */
export function splitIssues(issues: readonly Issue[]) {
  const condition: ConditionIssue[] = [];
  const fields: Issue[] = [];
  for (const i of issues) {
    const [head, ...rest] = i.path;
    if (head === 'condition' && rest.length > 0)
      condition.push({ path: rest as (string | number)[], code: i.message as ConditionIssueCode });
    else if (typeof head === 'string') fields.push({ ...i, path: [FIELD_OF[head] ?? head] });
  }
  return { condition, fields };
}

/** The server's validation details (`{ path: '/condition/all/0/value', message }`) as issues of the body. */
export function issuesFromDetails(details: readonly unknown[]): Issue[] {
  return details.flatMap((d) => {
    const { path, message } = (d ?? {}) as { path?: string; message?: string };
    if (!path || !message) return [];
    const parts = path
      .split('/')
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return [{ path: parts, message, code: 'custom' }];
  });
}
