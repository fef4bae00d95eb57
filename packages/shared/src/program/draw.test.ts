import { describe, expect, it } from 'vitest';
import { TECH_FIELD_CODES, type TechField } from '../market/achievements.ts';
import { type ConflictContext, conflictChecker } from './conflicts.ts';
import {
  applicationDrawWords,
  DEFAULT_DRAW_SETTINGS,
  type DrawApplication,
  type DrawExpert,
  type DrawInput,
  type DrawSettings,
  drawReviewers,
  drawSettingsSchema,
  mulberry32,
  seededRandom,
  seedHash,
} from './draw.ts';

const context: ConflictContext = { drawDate: '2026-12-08', priorRounds: [], history: [] };
const expert = (id: number, fields: TechField[], over: Partial<DrawExpert> = {}): DrawExpert => ({
  id,
  personId: 10_000 + id,
  orgId: 5_000 + id,
  affiliations: [],
  declared: [],
  fields,
  ...over,
});
const application = (id: number, field: TechField, over: Partial<DrawApplication> = {}): DrawApplication => ({
  id,
  applicantOrgId: 1_000 + id,
  coApplicantOrgIds: [],
  teamPersonIds: [],
  field,
  ...over,
});
const input = (over: Partial<DrawInput>): DrawInput => ({
  applications: [],
  experts: [],
  perApplication: 2,
  seed: '示例-2026-第一批',
  settings: DEFAULT_DRAW_SETTINGS,
  context,
  ...over,
});
const chosenIds = (r: ReturnType<typeof drawReviewers>) => r.applications.map((a) => a.chosen.map((c) => c.expertId));
const range = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from + i);

describe('the random numbers (recorded seeds must replay forever: these values must not change)', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a of %j is the published test vector %i', (seed, hash) => {
    expect(seedHash(seed)).toBe(hash);
  });
  it('mulberry32 from state 0 gives the reference sequence', () => {
    const r = mulberry32(0);
    expect([r(), r()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });
  it('a seed in Chinese is hashed by its UTF-8 bytes', () => {
    const r = seededRandom('示例-2026-01');
    expect([r(), r(), r()]).toEqual([0.7725649802014232, 0.6692652055062354, 0.772760579129681]);
  });
  it('refuses an empty seed', () => {
    expect(() => seededRandom('  ')).toThrow(RangeError);
  });
});

describe('a repeatable draw', () => {
  const experts = range(12).map((id) => expert(id, ['materials']));
  const applications = range(4).map((id) => application(id, 'materials'));

  it('the same seed and inputs give the same draw', () => {
    expect(drawReviewers(input({ experts, applications }))).toEqual(drawReviewers(input({ experts, applications })));
  });
  it('does not depend on the order the rows come in', () => {
    const a = drawReviewers(input({ experts, applications }));
    const b = drawReviewers(input({ experts: [...experts].reverse(), applications: [...applications].reverse() }));
    expect(chosenIds(b).reverse()).toEqual(chosenIds(a));
  });
  it('another seed gives another draw', () => {
    const a = drawReviewers(input({ experts, applications }));
    const b = drawReviewers(input({ experts, applications, seed: '示例-2026-第二批' }));
    expect(chosenIds(b)).not.toEqual(chosenIds(a));
  });
  it('records the seed and the method', () => {
    const r = drawReviewers(input({ experts, applications }));
    expect([r.seed, r.algorithm, r.perApplication]).toEqual(['示例-2026-第一批', 'fnv1a32-mulberry32/v1', 2]);
  });
  it('gives every expert a chance: over 300 seeds each of 10 experts is drawn for one application', () => {
    const ten = range(10).map((id) => expert(id, ['energy']));
    const times = new Map<number, number>();
    for (const s of range(300)) {
      const r = drawReviewers(
        input({ experts: ten, applications: [application(1, 'energy')], perApplication: 1, seed: `示例-${s}` }),
      );
      const id = r.applications[0]?.chosen[0]?.expertId as number;
      times.set(id, (times.get(id) ?? 0) + 1);
    }
    expect(times.size).toBe(10);
    for (const n of times.values()) expect(n).toBeGreaterThan(10); // 30 expected each
  });
});

describe('who can be drawn', () => {
  it('only experts of the application field, not unavailable ones, never a conflicted one', () => {
    const experts = [
      expert(1, ['materials']),
      expert(2, ['materials', 'energy']),
      expert(3, ['energy']),
      expert(4, ['materials'], { available: false }),
      expert(5, ['materials'], { orgId: 1_001 }),
      expert(6, ['materials'], { declared: [{ personId: 77 }] }),
    ];
    const app = application(1, 'materials', { teamPersonIds: [77] });
    const [d] = drawReviewers(input({ experts, applications: [app], perApplication: 3 })).applications;
    expect(d?.chosen.map((c) => c.expertId).sort()).toEqual([1, 2]);
    expect(d).toMatchObject({ eligible: 2, unavailable: 1, shortfall: 1, atCapacity: 0, searchedRelatedFields: false });
    expect(d?.excluded).toEqual([
      { expertId: 5, reasons: [{ code: 'same_org', orgId: 1_001, role: 'applicant' }] },
      { expertId: 6, reasons: [{ code: 'declared_person', personId: 77 }] },
    ]);
    expect(d?.excludedByReason).toMatchObject({ same_org: 1, declared_person: 1, affiliation: 0, team_member: 0 });
  });

  it('counts an expert with two reasons under both', () => {
    const experts = [expert(1, ['energy'], { orgId: 1_001, declared: [{ orgId: 1_001 }] })];
    const [d] = drawReviewers(input({ experts, applications: [application(1, 'energy')] })).applications;
    expect(d?.excludedByReason).toMatchObject({ same_org: 1, declared_org: 1 });
    expect(d?.shortfall).toBe(2);
  });
});

describe('load', () => {
  const settings = (over: Partial<DrawSettings>): DrawSettings => ({ ...DEFAULT_DRAW_SETTINGS, ...over });

  it('prefers experts with fewer assignments: 4 experts, 2 applications of 2 each use everyone once', () => {
    const r = drawReviewers(
      input({
        experts: range(4).map((id) => expert(id, ['aerospace'])),
        applications: range(2).map((id) => application(id, 'aerospace')),
      }),
    );
    expect(chosenIds(r).flat().sort()).toEqual([1, 2, 3, 4]);
    expect(r.load.map((l) => l.assignments)).toEqual([1, 1, 1, 1]);
  });

  it('holds the cap and reports the shortfall: 2 experts at most 2 each, 3 applications of 2', () => {
    const r = drawReviewers(
      input({
        experts: range(2).map((id) => expert(id, ['aerospace'])),
        applications: range(3).map((id) => application(id, 'aerospace')),
        settings: settings({ maxPerExpert: 2 }),
      }),
    );
    expect(r.applications.map((a) => a.shortfall).sort()).toEqual([0, 0, 2]);
    expect(r.applications.find((a) => a.shortfall === 2)?.atCapacity).toBe(2);
    expect(r.load).toEqual([
      { expertId: 1, assignments: 2 },
      { expertId: 2, assignments: 2 },
    ]);
  });

  it('counts assignments of an earlier draw in the round against the cap', () => {
    const r = drawReviewers(
      input({
        experts: range(3).map((id) => expert(id, ['aerospace'])),
        applications: [application(1, 'aerospace')],
        settings: settings({ maxPerExpert: 1 }),
        priorLoad: new Map([[2, 1]]),
      }),
    );
    expect(chosenIds(r)[0]?.sort()).toEqual([1, 3]);
  });

  it('lets the application with the fewest eligible experts choose first', () => {
    // Application 2 can only have experts 1 and 2 (3 and 4 work at its applicant); with a cap of 1, application 1
    // choosing first could take them.
    const experts = [
      ...range(2).map((id) => expert(id, ['aerospace'])),
      ...[3, 4].map((id) => expert(id, ['aerospace'], { orgId: 1_002 })),
    ];
    for (const seed of ['示例-a', '示例-b', '示例-c', '示例-d']) {
      const r = drawReviewers(
        input({
          experts,
          applications: [application(1, 'aerospace'), application(2, 'aerospace')],
          seed,
          settings: settings({ maxPerExpert: 1 }),
        }),
      );
      expect(chosenIds(r)[1]?.sort()).toEqual([1, 2]);
      expect(chosenIds(r)[0]?.sort()).toEqual([3, 4]);
    }
  });
});

describe('related fields', () => {
  const experts = [
    expert(1, ['energy']),
    expert(2, ['environment']),
    expert(3, ['environment'], { orgId: 1_001 }),
    expert(4, ['materials']),
  ];
  const applications = [application(1, 'energy')];
  const related = { energy: ['environment'] as TechField[] };

  it('are not searched unless the settings allow it', () => {
    const [d] = drawReviewers(
      input({ experts, applications, settings: { ...DEFAULT_DRAW_SETTINGS, relatedFields: related } }),
    ).applications;
    expect(d).toMatchObject({ shortfall: 1, searchedRelatedFields: false, relatedEligible: 0 });
  });
  it('fill the gap when allowed, say so, and check conflicts there too', () => {
    const settings = { ...DEFAULT_DRAW_SETTINGS, allowRelatedFields: true, relatedFields: related };
    const [d] = drawReviewers(input({ experts, applications, settings })).applications;
    expect(d?.chosen).toEqual([
      { expertId: 1, viaRelatedField: null },
      { expertId: 2, viaRelatedField: 'environment' },
    ]);
    expect(d).toMatchObject({ shortfall: 0, searchedRelatedFields: true, relatedEligible: 1 });
    expect(d?.excludedByReason.same_org).toBe(1);
    expect(applicationDrawWords(d as NonNullable<typeof d>, 2).map((l) => l.zh)).toEqual([
      '本领域无利益冲突的专家 1 名，抽取 2 名（需 2 名）',
      '回避：同一单位 1 名',
      '本领域专家不足，从相近领域抽取 1 名',
    ]);
  });
  it('are not searched when the own field suffices', () => {
    const settings = { ...DEFAULT_DRAW_SETTINGS, allowRelatedFields: true, relatedFields: related };
    const [d] = drawReviewers(input({ experts, applications, perApplication: 1, settings })).applications;
    expect(d).toMatchObject({ chosen: [{ expertId: 1, viaRelatedField: null }], searchedRelatedFields: false });
  });
});

describe('refusals and settings', () => {
  it('refuses duplicate ids and a number of reviewers below 1', () => {
    const e = expert(1, ['energy']);
    expect(() => drawReviewers(input({ experts: [e, e] }))).toThrow(RangeError);
    const a = application(1, 'energy');
    expect(() => drawReviewers(input({ applications: [a, a] }))).toThrow(RangeError);
    expect(() => drawReviewers(input({ perApplication: 0 }))).toThrow(RangeError);
  });
  it('says what is missing in words', () => {
    const [d] = drawReviewers(
      input({ experts: [expert(1, ['energy'])], applications: [application(1, 'energy')] }),
    ).applications;
    expect(applicationDrawWords(d as NonNullable<typeof d>, 2).at(-1)).toEqual({
      zh: '仍缺 1 名专家',
      en: 'Reviewers still missing: 1',
    });
  });
  it('refuses a field related to itself', () => {
    expect(drawSettingsSchema.safeParse(DEFAULT_DRAW_SETTINGS).success).toBe(true);
    expect(
      drawSettingsSchema.safeParse({ ...DEFAULT_DRAW_SETTINGS, relatedFields: { energy: ['energy'] } }).success,
    ).toBe(false);
  });
});

describe('a full round: 7 reviewers for 500 applications from 2,000 experts', () => {
  // A fictional data set from its own seeded numbers: 400 organisations, experts with 1–3 fields, some affiliations
  // and declarations, team members who are experts, and two earlier rounds.
  const rnd = mulberry32(20261208);
  const int = (n: number) => Math.floor(rnd() * n);
  const experts: DrawExpert[] = range(2_000).map((id) => ({
    id,
    personId: id,
    orgId: rnd() < 0.9 ? 1 + int(400) : null,
    affiliations: rnd() < 0.3 ? [{ orgId: 1 + int(400), endedOn: rnd() < 0.5 ? null : `20${18 + int(8)}-06-30` }] : [],
    declared: rnd() < 0.1 ? [{ orgId: 1 + int(400) }, { personId: 1 + int(3_000) }] : [],
    fields: [...new Set(range(1 + int(3)).map(() => TECH_FIELD_CODES[int(8)] as TechField))],
    available: rnd() > 0.05,
  }));
  const applications: DrawApplication[] = range(500).map((id) => ({
    id,
    applicantOrgId: 1 + int(400),
    coApplicantOrgIds: range(int(3)).map(() => 1 + int(400)),
    teamPersonIds: range(3 + int(6)).map(() => 1 + int(3_000)),
    field: TECH_FIELD_CODES[int(8)] as TechField,
  }));
  const ctx: ConflictContext = {
    drawDate: '2026-12-08',
    priorRounds: [1, 2, 3],
    history: range(6_000).map(() => ({ expertId: 1 + int(2_000), roundId: 1 + int(3), applicantOrgId: 1 + int(400) })),
  };
  const settings: DrawSettings = { ...DEFAULT_DRAW_SETTINGS, maxPerExpert: 3 };

  it('chooses no conflicted, unavailable, off-field or repeated expert and holds the cap', () => {
    const started = performance.now();
    const r = drawReviewers({ applications, experts, perApplication: 7, seed: '示例-整轮', settings, context: ctx });
    const ms = performance.now() - started;
    const excluded = r.applications.reduce((n, a) => n + a.excluded.length, 0);
    console.info(`draw of 7 × 500 applications from 2,000 experts: ${ms.toFixed(1)} ms (${excluded} exclusions)`);

    const check = conflictChecker(ctx, settings.conflicts);
    const byId = new Map(experts.map((e) => [e.id, e]));
    const load = new Map<number, number>();
    for (const [i, d] of r.applications.entries()) {
      const app = applications[i] as DrawApplication;
      expect(d.applicationId).toBe(app.id);
      const ids = d.chosen.map((c) => c.expertId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length + d.shortfall).toBe(7);
      for (const id of ids) {
        const e = byId.get(id) as DrawExpert;
        expect(e.fields).toContain(app.field);
        expect(e.available).not.toBe(false);
        expect(check(e, app)).toEqual([]);
        load.set(id, (load.get(id) ?? 0) + 1);
      }
      for (const x of d.excluded) expect(ids).not.toContain(x.expertId);
      // The number eligible, counted the slow way: every available expert of the field through the full check.
      const eligible = experts.filter(
        (e) => e.fields.includes(app.field) && e.available !== false && check(e, app).length === 0,
      );
      expect(d.eligible).toBe(eligible.length);
    }
    expect(Math.max(...load.values())).toBeLessThanOrEqual(3);
    expect(r.load).toEqual(
      [...load].sort(([a], [b]) => a - b).map(([expertId, assignments]) => ({ expertId, assignments })),
    );
    expect(excluded).toBeGreaterThan(0);
    // Almost every application is fully staffed: capacity (2,000 × 3) is well above the need (3,500).
    expect(r.applications.filter((a) => a.shortfall > 0).length).toBeLessThan(25);
  });
});
