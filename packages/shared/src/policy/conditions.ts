/**
 * A condition of a policy item (or a loan product, a program call) as data: JSON an administrator writes once and the
 * platform checks against every enterprise. It is a small tree (all / any / not over fact tests), because that is
 * what policy texts say ("同时满足…", "满足下列条件之一", "未列入…"), plus conditions no data can decide, kept in the
 * tree so that the words of the policy and the checked conditions stay one list. Validation happens where a condition
 * is saved, against the fact catalogue, so that evaluation never meets an unknown fact or a test that cannot be meant.
 */
import { z } from 'zod';
import type { Words } from '../rules/rule-pack.ts';
import { FACTS, type FactDef, type FactKey, type FactType, fitsType, isFactKey } from './facts.ts';

export const CONDITION_OPS = [
  'eq',
  'ne',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'in',
  'notIn',
  'isTrue',
  'isFalse',
  'known',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** The tests that fit each type of fact (an editor offers these, validation allows only these). */
export const OPS_FOR_TYPE: Record<FactType, readonly ConditionOp[]> = {
  number: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'known'],
  money: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'known'],
  percent: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'known'],
  years: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'known'],
  boolean: ['eq', 'ne', 'isTrue', 'isFalse', 'known'],
  enum: ['eq', 'ne', 'in', 'notIn', 'known'],
};

/** A test of one fact. `between` is inclusive at both ends; `known` asks whether the fact is known at all. */
export type FactTest =
  | { fact: FactKey; op: 'eq' | 'ne'; value: number | string | boolean }
  | { fact: FactKey; op: 'gt' | 'gte' | 'lt' | 'lte'; value: number }
  | { fact: FactKey; op: 'between'; value: readonly [number, number] }
  | { fact: FactKey; op: 'in' | 'notIn'; value: readonly string[] }
  | { fact: FactKey; op: 'isTrue' | 'isFalse' | 'known' };

/** A condition no data decides ("项目具有示范效应"): counted as met, and listed for review by hand. */
export type ManualCondition = { manual: Words };

export type Condition =
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  | FactTest
  | ManualCondition;

/** Where in a condition: keys and indexes from the root, as zod gives them (`['all', 0, 'any', 1]`). */
export type ConditionPath = (string | number)[];

export const MAX_CONDITION_DEPTH = 8;
export const MAX_CONDITION_LEAVES = 100;

export const CONDITION_ISSUE_CODES = {
  /** Not an object, an unknown key, not exactly one of all / any / not / fact / manual, or empty manual words. */
  badShape: 'policy.condition.bad_shape',
  /** `all` or `any` with no condition. */
  emptyGroup: 'policy.condition.empty_group',
  /** Nested deeper than MAX_CONDITION_DEPTH (the root counts as 1). */
  tooDeep: 'policy.condition.too_deep',
  /** More than MAX_CONDITION_LEAVES fact tests and manual conditions in all. */
  tooManyLeaves: 'policy.condition.too_many_leaves',
  /** A fact key not in the catalogue. */
  unknownFact: 'policy.condition.unknown_fact',
  /** An unknown test, or one that does not fit the fact's type (gt on a yes/no fact). */
  badOp: 'policy.condition.bad_op',
  /** A value missing, not wanted, of the wrong type, not an option of the enum, money with a fraction of a fen,
   * a range whose minimum passes its maximum, or an empty list. */
  badValue: 'policy.condition.bad_value',
  /** A manual condition under `not` (it counts as met, so its negation could never be met). */
  manualNegated: 'policy.condition.manual_negated',
} as const;
export type ConditionIssueCode = (typeof CONDITION_ISSUE_CODES)[keyof typeof CONDITION_ISSUE_CODES];
export type ConditionIssue = { path: ConditionPath; code: ConditionIssueCode };

const C = CONDITION_ISSUE_CODES;
const KINDS = ['all', 'any', 'not', 'fact', 'manual'] as const;

const wordSchema = z.string({ error: C.badShape }).trim().min(1, { error: C.badShape }).max(500, { error: C.badShape });
const manualWordsSchema = z.strictObject({ zh: wordSchema, en: wordSchema }, { error: C.badShape });
const valueSchema = z.union(
  [z.number(), z.string().max(200), z.boolean(), z.array(z.union([z.number(), z.string().max(200)])).max(100)],
  { error: C.badValue },
);
// Deeper than the limit: refused without being read, so a hostile nesting never reaches the stack's end.
const tooDeep = z.unknown().superRefine((_, ctx) => {
  ctx.addIssue({ code: 'custom', message: C.tooDeep });
});

/** One level of the tree; each level's children are the next level, down to MAX_CONDITION_DEPTH. */
const levelSchema = (child: z.ZodType) => {
  const group = z.array(child, { error: C.badShape }).min(1, { error: C.emptyGroup }).max(MAX_CONDITION_LEAVES, {
    error: C.tooManyLeaves,
  });
  return z.strictObject(
    {
      all: group.optional(),
      any: group.optional(),
      not: child.optional(),
      fact: z.string({ error: C.badShape }).optional(),
      op: z.enum(CONDITION_OPS, { error: C.badOp }).optional(),
      value: valueSchema.optional(),
      manual: manualWordsSchema.optional(),
    },
    { error: C.badShape },
  );
};
let level: z.ZodType = tooDeep;
for (let d = 0; d < MAX_CONDITION_DEPTH; d++) level = levelSchema(level);
const treeSchema = level;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function checkValue(def: FactDef, op: ConditionOp, value: unknown): boolean {
  const fits = (v: unknown) =>
    fitsType(def.type, v) && (def.type !== 'enum' || def.options?.some((o) => o.value === v) === true);
  switch (op) {
    case 'isTrue':
    case 'isFalse':
    case 'known':
      return value === undefined;
    case 'between':
      return Array.isArray(value) && value.length === 2 && value.every(fits) && Number(value[0]) <= Number(value[1]);
    case 'in':
    case 'notIn':
      return Array.isArray(value) && value.length > 0 && value.every(fits);
    default:
      return fits(value);
  }
}

/** The rules of a tree whose shape zod has checked: kinds, facts, tests, values, manual under not, leaves. */
function checkTree(root: unknown): ConditionIssue[] {
  const issues: ConditionIssue[] = [];
  let leaves = 0;
  const walk = (node: unknown, path: ConditionPath, negated: boolean, depth = 1): void => {
    // Past the depth limit the shape has already refused the node (too_deep); its inside is not read.
    if (!isObject(node) || depth > MAX_CONDITION_DEPTH) return;
    const kinds = KINDS.filter((k) => node[k] !== undefined);
    if (kinds.length !== 1 || (kinds[0] !== 'fact' && (node.op !== undefined || node.value !== undefined))) {
      issues.push({ path, code: C.badShape });
      return;
    }
    const kind = kinds[0];
    if (kind === 'all' || kind === 'any') {
      (node[kind] as unknown[]).forEach((c, i) => {
        walk(c, [...path, kind, i], negated, depth + 1);
      });
    } else if (kind === 'not') {
      walk(node.not, [...path, 'not'], !negated, depth + 1);
    } else if (kind === 'manual') {
      leaves++;
      if (negated) issues.push({ path, code: C.manualNegated });
    } else {
      leaves++;
      if (!isFactKey(node.fact)) issues.push({ path: [...path, 'fact'], code: C.unknownFact });
      else if (node.op === undefined || !OPS_FOR_TYPE[FACTS[node.fact].type].includes(node.op as ConditionOp))
        issues.push({ path: [...path, 'op'], code: C.badOp });
      else if (!checkValue(FACTS[node.fact], node.op as ConditionOp, node.value))
        issues.push({ path: [...path, 'value'], code: C.badValue });
    }
  };
  walk(root, [], false);
  if (leaves > MAX_CONDITION_LEAVES) issues.push({ path: [], code: C.tooManyLeaves });
  return issues;
}

/**
 * A condition as JSON in a request or a stored row. Every issue's message is one of CONDITION_ISSUE_CODES, with
 * the path of the node, so an editor can point at it; the shape is checked first, then the rules.
 */
export const conditionSchema = treeSchema.superRefine((tree, ctx) => {
  for (const issue of checkTree(tree)) ctx.addIssue({ code: 'custom', message: issue.code, path: issue.path });
}) as unknown as z.ZodType<Condition>;

export type ConditionValidation = { ok: true; condition: Condition } | { ok: false; issues: ConditionIssue[] };

/** Checks a condition as JSON and says where and why it is refused. */
export function validateCondition(json: unknown): ConditionValidation {
  const parsed = conditionSchema.safeParse(json);
  if (parsed.success) return { ok: true, condition: parsed.data };
  const codes = new Set<string>(Object.values(C));
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      path: i.path.filter((p) => typeof p !== 'symbol'),
      code: (codes.has(i.message) ? i.message : C.badShape) as ConditionIssueCode,
    })),
  };
}

/** Whether a condition is a leaf (a fact test or a manual condition), for walkers of the tree. */
export function isFactTest(c: Condition): c is FactTest {
  return 'fact' in c;
}
