/**
 * The condition builder's model: the condition tree of @cz/shared/policy with an id on every node, so that a person
 * edits one node at a time (a fact picked, a test changed, a group added) and the validation's paths point at the
 * node they name. Pure functions only: every edit returns a new tree, and `toCondition` gives the JSON that the
 * server validates with the same `validateCondition`.
 */
import {
  type Condition,
  type ConditionIssue,
  type ConditionIssueCode,
  type ConditionOp,
  FACTS,
  type FactKey,
  type FactSource,
  type FactType,
  OPS_FOR_TYPE,
  validateCondition,
} from '@cz/shared/policy';

export type GroupKind = 'all' | 'any' | 'not';
export type GroupNode = { id: string; kind: GroupKind; children: EditorNode[] };
export type TestNode = { id: string; kind: 'fact'; fact?: FactKey; op?: ConditionOp; value?: unknown };
export type ManualNode = { id: string; kind: 'manual'; zh: string; en: string };
export type EditorNode = GroupNode | TestNode | ManualNode;

/** Where an issue sits on a node: the node itself, or one of a test's inputs. */
export type IssueField = 'node' | 'fact' | 'op' | 'value';
export type NodeIssue = { code: ConditionIssueCode; field: IssueField };

let counter = 0;
/** Node ids: unique within a page's lifetime, which is all an editor needs. */
export const newId = () => `n${++counter}`;

export const isGroup = (n: EditorNode): n is GroupNode => n.kind === 'all' || n.kind === 'any' || n.kind === 'not';

export const emptyGroup = (kind: GroupKind = 'all'): GroupNode => ({ id: newId(), kind, children: [] });
export const emptyTest = (): TestNode => ({ id: newId(), kind: 'fact' });
export const emptyManual = (): ManualNode => ({ id: newId(), kind: 'manual', zh: '', en: '' });

/** The sources of facts in the order a picker shows them. */
export const FACT_SOURCES: readonly FactSource[] = ['org', 'ip', 'cultivation', 'declaration'];

/** The catalogue's facts by source, for a picker grouped by where the platform reads them. */
export function factsBySource(): { source: FactSource; facts: FactKey[] }[] {
  const keys = Object.keys(FACTS) as FactKey[];
  return FACT_SOURCES.map((source) => ({ source, facts: keys.filter((k) => FACTS[k].source === source) }));
}

/** The tests a fact allows (all of them while no fact is picked: none). */
export function opsFor(fact: FactKey | undefined): readonly ConditionOp[] {
  return fact ? OPS_FOR_TYPE[FACTS[fact].type] : [];
}

/** The shape of value a test takes: none, one, a range, or a list. */
export function valueShape(op: ConditionOp | undefined): 'none' | 'one' | 'range' | 'list' {
  if (op === undefined || op === 'isTrue' || op === 'isFalse' || op === 'known') return 'none';
  if (op === 'between') return 'range';
  if (op === 'in' || op === 'notIn') return 'list';
  return 'one';
}

const defaultValue = (type: FactType, op: ConditionOp): unknown => {
  const shape = valueShape(op);
  if (shape === 'list') return [];
  if (shape === 'range') return [undefined, undefined];
  if (shape === 'one' && type === 'boolean') return true;
  return undefined;
};

/** A value carried over to a new test when it still fits (gte → gt keeps 3; eq → in keeps it as a list of one). */
function carryValue(type: FactType, from: ConditionOp | undefined, to: ConditionOp, value: unknown): unknown {
  const a = valueShape(from);
  const b = valueShape(to);
  if (b === 'none') return undefined;
  if (a === b && value !== undefined) return value;
  if (a === 'one' && b === 'list' && value !== undefined) return [value];
  if (a === 'list' && b === 'one' && Array.isArray(value) && value.length === 1) return value[0];
  return defaultValue(type, to);
}

/** A test with a newly picked fact: its value kept only when the new fact has the same type and the test fits. */
export function withFact(node: TestNode, fact: FactKey): TestNode {
  const type = FACTS[fact].type;
  const ops = OPS_FOR_TYPE[type];
  const sameType = node.fact !== undefined && FACTS[node.fact].type === type && type !== 'enum';
  if (sameType && node.op && ops.includes(node.op)) return { ...node, fact };
  const op = ops.includes('gte') ? 'gte' : (ops[0] as ConditionOp);
  return { id: node.id, kind: 'fact', fact, op, value: defaultValue(type, op) };
}

export function withOp(node: TestNode, op: ConditionOp): TestNode {
  if (!node.fact) return { ...node, op };
  return { ...node, op, value: carryValue(FACTS[node.fact].type, node.op, op, node.value) };
}

/** Replaces the node with `id` by `fn(node)`. */
export function updateNode(root: EditorNode, id: string, fn: (n: EditorNode) => EditorNode): EditorNode {
  if (root.id === id) return fn(root);
  if (!isGroup(root)) return root;
  let changed = false;
  const children = root.children.map((c) => {
    const next = updateNode(c, id, fn);
    if (next !== c) changed = true;
    return next;
  });
  return changed ? { ...root, children } : root;
}

/** Adds `child` at the end of the group `parentId` (a `not` holds one condition: a second is refused). */
export function addChild(root: EditorNode, parentId: string, child: EditorNode): EditorNode {
  return updateNode(root, parentId, (n) =>
    isGroup(n) && !(n.kind === 'not' && n.children.length > 0) ? { ...n, children: [...n.children, child] } : n,
  );
}

/** Removes the node with `id` (the root stays: it is emptied instead). */
export function removeNode(root: EditorNode, id: string): EditorNode {
  if (root.id === id) return emptyGroup('all');
  if (!isGroup(root)) return root;
  const children = root.children.filter((c) => c.id !== id).map((c) => removeNode(c, id));
  return { ...root, children };
}

/** A group turned into another kind (all ↔ any ↔ not); a `not` keeps only its first condition. */
export function setGroupKind(root: EditorNode, id: string, kind: GroupKind): EditorNode {
  return updateNode(root, id, (n) => {
    if (!isGroup(n)) return n;
    if (kind !== 'not' || n.children.length <= 1) return { ...n, kind };
    // Several conditions under a new `not`: kept together, as "not (all of them)".
    return { ...n, kind, children: [{ id: newId(), kind: n.kind === 'not' ? 'all' : n.kind, children: n.children }] };
  });
}

/** Puts the node with `id` inside a new group of `kind` ("none of these" is a `not` around it). */
export function wrapNode(root: EditorNode, id: string, kind: GroupKind): EditorNode {
  return updateNode(root, id, (n) => ({ id: newId(), kind, children: [n] }));
}

/** The tree as the JSON a policy item carries; unfinished inputs stay as they are, for validation to name. */
export function toCondition(node: EditorNode): unknown {
  switch (node.kind) {
    case 'all':
    case 'any':
      return { [node.kind]: node.children.map(toCondition) };
    case 'not':
      return { not: node.children[0] === undefined ? {} : toCondition(node.children[0]) };
    case 'manual':
      return { manual: { zh: node.zh.trim(), en: node.en.trim() } };
    default: {
      // Unset inputs are left out, so that the shape passes and the rules name the input (unknown fact, bad value).
      const out: Record<string, unknown> = { fact: node.fact ?? '' };
      if (node.op !== undefined) out.op = node.op;
      if (valueShape(node.op) !== 'none' && node.value !== undefined && node.value !== null) out.value = node.value;
      return out;
    }
  }
}

/** A stored condition as an editor tree; the root is always a group, so that conditions can be added beside it. */
export function fromCondition(c: Condition | undefined): GroupNode {
  const node = c === undefined ? emptyGroup('all') : toNode(c);
  return isGroup(node) && node.kind !== 'not' ? node : { id: newId(), kind: 'all', children: [node] };
}

function toNode(c: Condition): EditorNode {
  if ('all' in c) return { id: newId(), kind: 'all', children: c.all.map(toNode) };
  if ('any' in c) return { id: newId(), kind: 'any', children: c.any.map(toNode) };
  if ('not' in c) return { id: newId(), kind: 'not', children: [toNode(c.not)] };
  if ('manual' in c) return { id: newId(), kind: 'manual', zh: c.manual.zh, en: c.manual.en };
  const value = 'value' in c ? (Array.isArray(c.value) ? [...c.value] : c.value) : undefined;
  return { id: newId(), kind: 'fact', fact: c.fact, op: c.op, value };
}

/** Zod-style paths (`['all', 0, 'value']`) and the server's JSON pointers (`/condition/all/0/value`) as one form. */
export function pathOf(pointer: string, prefix = 'condition'): (string | number)[] | null {
  const parts = pointer
    .split('/')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (parts[0] !== prefix) return null;
  return parts.slice(1);
}

/** The issues of a validation (or of a server's refusal) placed on the nodes their paths name. */
export function issuesByNode(root: EditorNode, issues: readonly ConditionIssue[]): Map<string, NodeIssue[]> {
  const out = new Map<string, NodeIssue[]>();
  const put = (id: string, issue: NodeIssue) => out.set(id, [...(out.get(id) ?? []), issue]);
  for (const issue of issues) {
    let node: EditorNode = root;
    let field: IssueField = 'node';
    for (let i = 0; i < issue.path.length; i++) {
      const step = issue.path[i];
      if (isGroup(node) && (step === 'all' || step === 'any') && typeof issue.path[i + 1] === 'number') {
        const child: EditorNode | undefined = node.children[issue.path[i + 1] as number];
        if (!child) break;
        node = child;
        i++;
      } else if (isGroup(node) && step === 'not' && node.children[0]) {
        node = node.children[0];
      } else {
        if (step === 'fact' || step === 'op' || step === 'value') field = step;
        break;
      }
    }
    put(node.id, { code: issue.code, field });
  }
  return out;
}

export type TreeCheck = { condition: unknown; valid: boolean; issues: Map<string, NodeIssue[]>; leaves: number };

/** The tree checked as the server will check it, with each issue on its node. */
export function checkTree(root: EditorNode): TreeCheck {
  const condition = toCondition(root);
  const result = validateCondition(condition);
  return {
    condition,
    valid: result.ok,
    issues: result.ok ? new Map() : issuesByNode(root, result.issues),
    leaves: countLeaves(root),
  };
}

export function countLeaves(n: EditorNode): number {
  return isGroup(n) ? n.children.reduce((sum, c) => sum + countLeaves(c), 0) : 1;
}

/** Whether the tree has a condition reviewed by hand (免申即享 allows none). */
export function hasManual(n: EditorNode): boolean {
  return isGroup(n) ? n.children.some(hasManual) : n.kind === 'manual';
}
