import { describe, expect, it } from 'vitest';
import {
  CONFLICT_CODES,
  CONFLICT_LABELS,
  type ConflictApplication,
  type ConflictContext,
  type ConflictExpert,
  type ConflictReason,
  conflictSettingsSchema,
  conflictSuspects,
  conflictsOf,
  conflictWords,
  DEFAULT_CONFLICT_SETTINGS,
  yearsBefore,
} from './conflicts.ts';

// Organisations 101 (applicant) and 102, 103 (co-applicants); 200 is unrelated. People 1–3 are on the team.
const app: ConflictApplication = {
  id: 9,
  applicantOrgId: 101,
  coApplicantOrgIds: [102, 103],
  teamPersonIds: [1, 2, 3],
};
const expert = (over: Partial<ConflictExpert> = {}): ConflictExpert => ({
  id: 50,
  personId: 500,
  orgId: 200,
  affiliations: [],
  declared: [],
  ...over,
});
const ctx = (over: Partial<ConflictContext> = {}): ConflictContext => ({
  drawDate: '2026-12-08',
  priorRounds: [],
  history: [],
  ...over,
});
const codes = (rs: ConflictReason[]) => rs.map((r) => r.code);

describe('an expert without ties to the application is eligible', () => {
  it('returns no reasons', () => {
    expect(conflictsOf(expert(), app, ctx())).toEqual([]);
  });
  it('an expert with no organisation on the platform is not "the same organisation" as anyone', () => {
    expect(conflictsOf(expert({ orgId: null }), app, ctx())).toEqual([]);
  });
});

describe('(a) same organisation', () => {
  it.each([
    [101, 'applicant'],
    [102, 'co_applicant'],
    [103, 'co_applicant'],
  ] as const)('works at %i: excluded as %s', (orgId, role) => {
    expect(conflictsOf(expert({ orgId }), app, ctx())).toEqual([{ code: 'same_org', orgId, role }]);
  });
  it('a co-applicant listed as the applicant too counts once, as the applicant', () => {
    const a = { ...app, coApplicantOrgIds: [101, 102] };
    expect(conflictsOf(expert({ orgId: 101 }), a, ctx())).toEqual([
      { code: 'same_org', orgId: 101, role: 'applicant' },
    ]);
  });
});

describe('(b) affiliations in force or ended within N years (N = 3, draw on 2026-12-08)', () => {
  it.each([
    ['in force (no end date)', null, true],
    ['ending after the draw date', '2027-06-30', true],
    ['ended on the draw date', '2026-12-08', true],
    ['ended 1 year ago', '2025-12-08', true],
    ['ended exactly 3 years ago', '2023-12-08', true],
    ['ended 3 years and a day ago', '2023-12-07', false],
    ['ended 4 years (N + 1) ago', '2022-12-08', false],
  ])('%s (%s): counts = %s', (_, endedOn, counts) => {
    const rs = conflictsOf(expert({ affiliations: [{ orgId: 102, endedOn }] }), app, ctx());
    expect(rs).toEqual(counts ? [{ code: 'affiliation', orgId: 102, role: 'co_applicant', endedOn }] : []);
  });
  it('takes N from the settings: with 0 years only those in force count', () => {
    const e = expert({ affiliations: [{ orgId: 101, endedOn: '2026-12-07' }] });
    expect(conflictsOf(e, app, ctx(), { ...DEFAULT_CONFLICT_SETTINGS, affiliationYears: 0 })).toEqual([]);
    expect(conflictsOf(e, app, ctx(), { ...DEFAULT_CONFLICT_SETTINGS, affiliationYears: 1 })).toHaveLength(1);
  });
  it('an affiliation with an unrelated organisation does not count', () => {
    expect(conflictsOf(expert({ affiliations: [{ orgId: 200, endedOn: null }] }), app, ctx())).toEqual([]);
  });
  it('of several records with one organisation, names the one that lasts longest, once', () => {
    const e = expert({
      affiliations: [
        { orgId: 101, endedOn: '2024-01-31' },
        { orgId: 101, endedOn: null },
        { orgId: 101, endedOn: '2025-05-01' },
      ],
    });
    expect(conflictsOf(e, app, ctx())).toEqual([{ code: 'affiliation', orgId: 101, role: 'applicant', endedOn: null }]);
  });
  it.each([
    ['2026-12-08', 3, '2023-12-08'],
    ['2028-02-29', 1, '2027-02-28'],
    ['2028-02-29', 4, '2024-02-29'],
    ['2026-01-01', 0, '2026-01-01'],
  ])('%s minus %i years is %s', (date, years, expected) => {
    expect(yearsBefore(date, years)).toBe(expected);
  });
  it('refuses a draw date that is not a date', () => {
    expect(() => conflictsOf(expert(), app, ctx({ drawDate: '8 Dec 2026' }))).toThrow(RangeError);
  });
});

describe('(c) declared conflicts', () => {
  it('naming the applicant or a co-applicant organisation', () => {
    expect(conflictsOf(expert({ declared: [{ orgId: 103 }] }), app, ctx())).toEqual([
      { code: 'declared_org', orgId: 103, role: 'co_applicant' },
    ]);
  });
  it('naming a person of the team', () => {
    expect(conflictsOf(expert({ declared: [{ personId: 2 }] }), app, ctx())).toEqual([
      { code: 'declared_person', personId: 2 },
    ]);
  });
  it('naming both at once gives both reasons', () => {
    expect(codes(conflictsOf(expert({ declared: [{ orgId: 101, personId: 3 }] }), app, ctx()))).toEqual([
      'declared_org',
      'declared_person',
    ]);
  });
  it('naming someone or something else does not exclude', () => {
    expect(conflictsOf(expert({ declared: [{ orgId: 200 }, { personId: 4 }] }), app, ctx())).toEqual([]);
  });
});

describe('(d) the expert on the team', () => {
  it('a team member (lead, member or co-applicant contact) is excluded', () => {
    expect(conflictsOf(expert({ personId: 3 }), app, ctx())).toEqual([{ code: 'team_member', personId: 3 }]);
  });
});

describe('(e) reviewed the same organisation in the last N rounds (N = 2)', () => {
  const rounds = [11, 12, 13]; // oldest first
  const reviewed = (roundId: number, applicantOrgId: number) =>
    ctx({ priorRounds: rounds, history: [{ expertId: 50, roundId, applicantOrgId }] });
  it.each([
    ['the previous round', 13, true],
    ['two rounds ago', 12, true],
    ['three rounds ago (N + 1)', 11, false],
    ['a round not of this programme', 99, false],
  ])('the applicant in %s: excluded = %s', (_, roundId, excluded) => {
    expect(conflictsOf(expert(), app, reviewed(roundId, 101))).toEqual(
      excluded ? [{ code: 'reviewed_recently', orgId: 101, role: 'applicant', roundId }] : [],
    );
  });
  it('an organisation that is a co-applicant now counts too', () => {
    expect(conflictsOf(expert(), app, reviewed(13, 102))).toEqual([
      { code: 'reviewed_recently', orgId: 102, role: 'co_applicant', roundId: 13 },
    ]);
  });
  it("another expert's review does not count against this one", () => {
    const c = ctx({ priorRounds: rounds, history: [{ expertId: 51, roundId: 13, applicantOrgId: 101 }] });
    expect(conflictsOf(expert(), app, c)).toEqual([]);
  });
  it('names the most recent round when the expert reviewed the organisation twice', () => {
    const c = ctx({
      priorRounds: rounds,
      history: [
        { expertId: 50, roundId: 13, applicantOrgId: 101 },
        { expertId: 50, roundId: 12, applicantOrgId: 101 },
      ],
    });
    expect(conflictsOf(expert(), app, c)).toEqual([
      { code: 'reviewed_recently', orgId: 101, role: 'applicant', roundId: 13 },
    ]);
  });
  it('takes N from the settings: 3 reaches round 11, 0 switches the rule off', () => {
    expect(
      conflictsOf(expert(), app, reviewed(11, 101), { ...DEFAULT_CONFLICT_SETTINGS, recentRounds: 3 }),
    ).toHaveLength(1);
    expect(conflictsOf(expert(), app, reviewed(13, 101), { ...DEFAULT_CONFLICT_SETTINGS, recentRounds: 0 })).toEqual(
      [],
    );
  });
});

describe('several reasons at once', () => {
  it('lists every reason, organisation rules first, in the order of the organisations', () => {
    const e = expert({
      personId: 1,
      orgId: 102,
      affiliations: [{ orgId: 101, endedOn: null }],
      declared: [{ orgId: 103 }, { personId: 2 }],
    });
    const c = ctx({ priorRounds: [13], history: [{ expertId: 50, roundId: 13, applicantOrgId: 101 }] });
    expect(codes(conflictsOf(e, app, c))).toEqual([
      'affiliation',
      'same_org',
      'declared_org',
      'declared_person',
      'team_member',
      'reviewed_recently',
    ]);
  });
});

describe('words', () => {
  it('every code has a label in both languages', () => {
    for (const code of CONFLICT_CODES) {
      expect(CONFLICT_LABELS[code].zh).not.toBe('');
      expect(CONFLICT_LABELS[code].en).not.toBe('');
    }
  });
  const names = {
    orgs: new Map([
      [101, '示例科技有限公司'],
      [102, '示例大学'],
    ]),
    persons: new Map([[2, '示例成员']]),
    rounds: new Map([[13, '2026 年第一批']]),
  };
  it.each<[ConflictReason, string, string]>([
    [
      { code: 'same_org', orgId: 101, role: 'applicant' },
      '专家所在单位即申报单位「示例科技有限公司」',
      'The expert works at the applicant 示例科技有限公司',
    ],
    [
      { code: 'affiliation', orgId: 102, role: 'co_applicant', endedOn: '2025-06-30' },
      '专家与合作单位「示例大学」存在关联关系（至 2025-06-30）',
      'The expert was affiliated with the co-applicant 示例大学 until 2025-06-30',
    ],
    [
      { code: 'affiliation', orgId: 101, role: 'applicant', endedOn: null },
      '专家与申报单位「示例科技有限公司」存在关联关系',
      'The expert is affiliated with the applicant 示例科技有限公司',
    ],
    [
      { code: 'declared_org', orgId: 777, role: 'co_applicant' },
      '专家声明与合作单位「#777」存在利益冲突',
      'The expert declared a conflict of interest with the co-applicant #777',
    ],
    [
      { code: 'declared_person', personId: 2 },
      '专家声明与项目成员「示例成员」存在利益冲突',
      'The expert declared a conflict of interest with team member 示例成员',
    ],
    [{ code: 'team_member', personId: 3 }, '专家是本项目的团队成员', "The expert is on the application's team"],
    [
      { code: 'reviewed_recently', orgId: 101, role: 'applicant', roundId: 13 },
      '专家在近期轮次「2026 年第一批」中评审过申报单位「示例科技有限公司」',
      'The expert reviewed the applicant 示例科技有限公司 in the recent round 2026 年第一批',
    ],
  ])('%o', (reason, zh, en) => {
    expect(conflictWords(reason, names)).toEqual({ zh, en });
  });
});

describe('settings', () => {
  it('accepts the defaults and refuses negative or fractional figures', () => {
    expect(conflictSettingsSchema.safeParse(DEFAULT_CONFLICT_SETTINGS).success).toBe(true);
    expect(conflictSettingsSchema.safeParse({ affiliationYears: -1, recentRounds: 2 }).success).toBe(false);
    expect(conflictSettingsSchema.safeParse({ affiliationYears: 3, recentRounds: 1.5 }).success).toBe(false);
  });
});

describe('the suspects index (the draw checks only them)', () => {
  const c = ctx({ priorRounds: [13], history: [{ expertId: 56, roundId: 13, applicantOrgId: 103 }] });
  const experts = [
    expert({ id: 51, orgId: 101 }),
    expert({ id: 52, affiliations: [{ orgId: 102, endedOn: null }] }),
    expert({ id: 53, declared: [{ orgId: 103 }] }),
    expert({ id: 54, declared: [{ personId: 2 }] }),
    expert({ id: 55, personId: 3 }),
    expert({ id: 56 }),
    expert({ id: 57, orgId: 200, affiliations: [{ orgId: 201, endedOn: null }], declared: [{ personId: 9 }] }),
  ];
  it('holds every expert with a reason and none without a tie', () => {
    const suspects = conflictSuspects(experts, c)(app);
    expect([...suspects].sort()).toEqual([51, 52, 53, 54, 55, 56]);
    for (const e of experts) expect(suspects.has(e.id)).toBe(conflictsOf(e, app, c).length > 0);
  });
});
