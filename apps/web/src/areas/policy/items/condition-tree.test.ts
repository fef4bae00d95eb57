import type { Condition, ConditionOp, FactKey } from '@cz/shared/policy';
import { describe, expect, it } from 'vitest';
import {
  addChild,
  checkTree,
  type EditorNode,
  emptyGroup,
  emptyManual,
  emptyTest,
  factsBySource,
  fromCondition,
  type GroupNode,
  hasManual,
  issuesByNode,
  opsFor,
  pathOf,
  removeNode,
  setGroupKind,
  type TestNode,
  toCondition,
  updateNode,
  withFact,
  withOp,
  wrapNode,
} from './condition-tree';

const test = (fact: FactKey, op: ConditionOp, value?: unknown): TestNode => ({
  ...emptyTest(),
  fact,
  op,
  value,
});
const group = (kind: 'all' | 'any' | 'not', children: EditorNode[]): GroupNode => ({
  ...emptyGroup(kind),
  children,
});

describe('the condition builder’s tree', () => {
  it('gives the JSON of nested all / any / not groups, tests and conditions reviewed by hand', () => {
    const tree = group('all', [
      test('org.park', 'eq', '光伏产业园'),
      group('any', [test('org.rdPercent', 'gte', 3), test('org.techStaff', 'between', [10, 50])]),
      group('not', [test('declaration.dishonestList', 'isTrue')]),
      { ...emptyManual(), zh: '项目具有示范效应', en: 'The project sets an example' },
    ]);
    expect(toCondition(tree)).toEqual({
      all: [
        { fact: 'org.park', op: 'eq', value: '光伏产业园' },
        {
          any: [
            { fact: 'org.rdPercent', op: 'gte', value: 3 },
            { fact: 'org.techStaff', op: 'between', value: [10, 50] },
          ],
        },
        { not: { fact: 'declaration.dishonestList', op: 'isTrue' } },
        { manual: { zh: '项目具有示范效应', en: 'The project sets an example' } },
      ],
    });
    expect(checkTree(tree)).toMatchObject({ valid: true, leaves: 5 });
    expect(hasManual(tree)).toBe(true);
  });

  it('reads a stored condition back into the same JSON, with a group at the root', () => {
    const stored: Condition = {
      any: [
        { fact: 'org.industry', op: 'in', value: ['C', 'I'] },
        {
          not: {
            all: [
              { fact: 'org.isAboveScale', op: 'isFalse' },
              { fact: 'ip.class1Count', op: 'lt', value: 1 },
            ],
          },
        },
      ],
    };
    expect(toCondition(fromCondition(stored))).toEqual(stored);
    // A single test or a `not` at the root is put inside an `all`, so that conditions can be added beside it.
    const single = fromCondition({ fact: 'org.employees', op: 'gte', value: 10 });
    expect(single.kind).toBe('all');
    expect(toCondition(single)).toEqual({ all: [{ fact: 'org.employees', op: 'gte', value: 10 }] });
    expect(toCondition(fromCondition(undefined))).toEqual({ all: [] });
  });

  it('offers the tests of the fact’s type and resets what no longer fits when the fact changes', () => {
    expect(opsFor('org.park')).toEqual(['eq', 'ne', 'in', 'notIn', 'known']);
    expect(opsFor('declaration.dishonestList')).toContain('isTrue');
    expect(opsFor('org.rdPercent')).not.toContain('in');
    expect(opsFor(undefined)).toEqual([]);
    // A number fact starts at "≥" with no value, a yes/no fact at "= yes", an enum with no value chosen.
    expect(withFact(emptyTest(), 'org.employees')).toMatchObject({ op: 'gte', value: undefined });
    expect(withFact(emptyTest(), 'org.isAboveScale')).toMatchObject({ op: 'eq', value: true });
    expect(withFact(emptyTest(), 'org.park')).toMatchObject({ op: 'eq', value: undefined });
    // Another count keeps "≥ 10"; a money fact does not (10 persons are not 10 fen).
    const staff = test('org.techStaff', 'gte', 10);
    expect(withFact(staff, 'org.employees')).toMatchObject({ fact: 'org.employees', op: 'gte', value: 10 });
    expect(withFact(staff, 'org.revenueFen')).toMatchObject({ op: 'gte', value: undefined });
    // Two enums never share values.
    expect(withFact(test('org.park', 'eq', '光伏产业园'), 'org.industry')).toMatchObject({ value: undefined });
  });

  it('carries a value over to a test of the same shape and drops it where the test takes none', () => {
    const t = test('org.rdPercent', 'gte', 3);
    expect(withOp(t, 'gt').value).toBe(3);
    expect(withOp(t, 'between').value).toEqual([undefined, undefined]);
    expect(withOp(t, 'known').value).toBeUndefined();
    const park = test('org.park', 'eq', '光伏产业园');
    expect(withOp(park, 'in').value).toEqual(['光伏产业园']);
    expect(withOp({ ...park, op: 'in', value: ['高新区本部'] }, 'ne').value).toBe('高新区本部');
    expect(withOp({ ...park, op: 'in', value: ['高新区本部', '光伏产业园'] }, 'eq').value).toBeUndefined();
  });

  it('adds, removes, regroups and wraps nodes without touching the others', () => {
    const a = test('org.employees', 'gte', 10);
    const b = test('org.techStaff', 'gte', 5);
    let tree: EditorNode = group('all', [a]);
    tree = addChild(tree, tree.id, b);
    expect((tree as GroupNode).children.map((c) => c.id)).toEqual([a.id, b.id]);
    tree = wrapNode(tree, b.id, 'not');
    expect(toCondition(tree)).toEqual({
      all: [{ fact: 'org.employees', op: 'gte', value: 10 }, { not: { fact: 'org.techStaff', op: 'gte', value: 5 } }],
    });
    // A `not` holds one condition: a second is not added.
    const not = (tree as GroupNode).children[1] as GroupNode;
    expect(addChild(tree, not.id, emptyTest())).toEqual(tree);
    tree = setGroupKind(tree, tree.id, 'any');
    expect(Object.keys(toCondition(tree) as object)).toEqual(['any']);
    // Turning a group of two into a `not` keeps both, as "not (any of them)".
    expect(toCondition(setGroupKind(tree, tree.id, 'not'))).toEqual({ not: toCondition(tree) });
    tree = removeNode(tree, a.id);
    expect(toCondition(tree)).toEqual({ any: [{ not: { fact: 'org.techStaff', op: 'gte', value: 5 } }] });
    // Removing the root empties it.
    expect(toCondition(removeNode(tree, tree.id))).toEqual({ all: [] });
    const same = updateNode(tree, 'no-such-id', () => emptyTest());
    expect(same).toBe(tree);
  });

  it('places each issue of the validation on the node and input it names', () => {
    const badValue = test('org.rdPercent', 'gte');
    const noFact = emptyTest();
    const byHand = { ...emptyManual(), zh: '示范效应', en: 'An example' };
    const emptyAny = group('any', []);
    const tree = group('all', [badValue, group('not', [byHand]), noFact]);
    const check = checkTree(tree);
    expect(check.valid).toBe(false);
    expect(check.issues.get(badValue.id)).toEqual([{ code: 'policy.condition.bad_value', field: 'value' }]);
    expect(check.issues.get(byHand.id)).toEqual([{ code: 'policy.condition.manual_negated', field: 'node' }]);
    expect(check.issues.get(noFact.id)).toEqual([{ code: 'policy.condition.unknown_fact', field: 'fact' }]);
    // The shape is checked before the rules: an empty group is named first, on its own node.
    const shape = checkTree(group('all', [badValue, emptyAny]));
    expect(shape.issues.get(emptyAny.id)).toEqual([{ code: 'policy.condition.empty_group', field: 'node' }]);
    // A range half typed is a wrong value of that test.
    const half = test('org.employees', 'between', [10, undefined]);
    expect(checkTree(group('all', [half])).issues.get(half.id)).toEqual([
      { code: 'policy.condition.bad_value', field: 'value' },
    ]);
    // An empty root is refused: an item must say who qualifies.
    expect(checkTree(group('all', [])).valid).toBe(false);
  });

  it('reads the server’s JSON pointers of a refusal as paths into the tree', () => {
    expect(pathOf('/condition/all/1/not/value')).toEqual(['all', 1, 'not', 'value']);
    expect(pathOf('/amount/capFen')).toBeNull();
    const t = test('org.employees', 'gte', -1.5);
    const tree = group('all', [emptyTest(), t]);
    const issues = issuesByNode(tree, [
      { path: pathOf('/condition/all/1/value') ?? [], code: 'policy.condition.bad_value' },
    ]);
    expect(issues.get(t.id)).toEqual([{ code: 'policy.condition.bad_value', field: 'value' }]);
  });

  it('lists every fact of the catalogue once, grouped by source', () => {
    const groups = factsBySource();
    expect(groups.map((g) => g.source)).toEqual(['org', 'ip', 'cultivation', 'declaration']);
    const all = groups.flatMap((g) => g.facts);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toContain('org.park');
    expect(groups.find((g) => g.source === 'ip')?.facts).toContain('ip.inventionCount');
  });
});
