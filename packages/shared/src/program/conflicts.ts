/**
 * 回避: when an expert may not review an application (a call's project application or a competition's entry). Five
 * rules, each giving a reason that names the organisation or person it concerns, so that a draw can be explained and
 * audited: (a) the expert works at the applicant or a co-applicant; (b) a recorded affiliation with one of them, in
 * force at the draw date or ended within the last N years (default 3, the usual "近三年" look-back of expert
 * avoidance rules); (c) the expert declared a conflict naming one of them or a person of the team; (d) the expert is on
 * the application's team; (e) the expert reviewed the same organisation, as applicant or co-applicant now, in one of
 * the last N rounds (default 2): the point is that one expert does not judge the same organisation round after round,
 * whatever part it plays this time.
 *
 * Ids are the platform's integer ids. Dates are Asia/Shanghai business dates (YYYY-MM-DD), which compare as strings.
 */
import { z } from 'zod';
import type { Words } from '../rules/rule-pack.ts';

export const conflictSettingsSchema = z.object({
  /** An affiliation that ended at most this many years before the draw date still counts (0: only those in force). */
  affiliationYears: z.number().int().min(0).max(30),
  /** Having reviewed the same organisation in one of this many previous rounds excludes (0: the rule is off). */
  recentRounds: z.number().int().min(0).max(20),
});
export type ConflictSettings = z.infer<typeof conflictSettingsSchema>;

export const DEFAULT_CONFLICT_SETTINGS: ConflictSettings = { affiliationYears: 3, recentRounds: 2 };

/** 兼职、顾问、曾任职…: a tie to an organisation other than the expert's own; `endedOn` null while it lasts. */
export type Affiliation = { orgId: number; endedOn: string | null };
/** What the expert declared: an organisation, a person, or both. */
export type DeclaredConflict = { orgId?: number | null; personId?: number | null };

export type ConflictExpert = {
  id: number;
  /** The expert's user account: team lists and declarations name people by it. */
  personId: number;
  /** The organisation the expert works at, when it is one of the platform's. */
  orgId: number | null;
  affiliations: readonly Affiliation[];
  declared: readonly DeclaredConflict[];
};

export type ConflictApplication = {
  id: number;
  applicantOrgId: number;
  coApplicantOrgIds: readonly number[];
  /** Every person on the application: the project lead, team members, the co-applicants' contacts. */
  teamPersonIds: readonly number[];
};

/** One earlier review: who reviewed an application of which applicant in which round. */
export type PastReview = { expertId: number; roundId: number; applicantOrgId: number };

export type ConflictContext = {
  /** The draw's date (YYYY-MM-DD). */
  drawDate: string;
  /** The earlier rounds of the same programme, oldest first, without the round being drawn. */
  priorRounds: readonly number[];
  history: readonly PastReview[];
};

export const CONFLICT_CODES = [
  'same_org',
  'affiliation',
  'declared_org',
  'declared_person',
  'team_member',
  'reviewed_recently',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];

/** Whether the organisation a reason names is the applicant or a co-applicant. */
export type OrgRole = 'applicant' | 'co_applicant';

export type ConflictReason =
  | { code: 'same_org'; orgId: number; role: OrgRole }
  | { code: 'affiliation'; orgId: number; role: OrgRole; endedOn: string | null }
  | { code: 'declared_org'; orgId: number; role: OrgRole }
  | { code: 'declared_person'; personId: number }
  | { code: 'team_member'; personId: number }
  | { code: 'reviewed_recently'; orgId: number; role: OrgRole; roundId: number };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The same day `years` earlier; 29 February becomes 28 February in a common year. */
export function yearsBefore(date: string, years: number): string {
  if (!DATE.test(date)) throw new RangeError(`not a date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y - years);
  if (t.getUTCMonth() !== m - 1) t.setUTCDate(0);
  return t.toISOString().slice(0, 10);
}

export type ConflictCheck = (expert: ConflictExpert, application: ConflictApplication) => ConflictReason[];

/**
 * A checker for one draw: the affiliation cut-off and an index of the recent reviews are built once, so that a draw of
 * hundreds of applications against thousands of experts checks each pair in a few comparisons.
 */
export function conflictChecker(context: ConflictContext, settings: ConflictSettings): ConflictCheck {
  const cutoff = yearsBefore(context.drawDate, settings.affiliationYears);
  const rounds = settings.recentRounds === 0 ? [] : context.priorRounds.slice(-settings.recentRounds);
  const recency = new Map(rounds.map((r, i) => [r, i]));
  // expert → organisation reviewed → the most recent of the counted rounds in which it was
  const recent = new Map<number, Map<number, number>>();
  for (const h of context.history) {
    const at = recency.get(h.roundId);
    if (at === undefined) continue;
    let byOrg = recent.get(h.expertId);
    if (!byOrg) {
      byOrg = new Map();
      recent.set(h.expertId, byOrg);
    }
    const seen = byOrg.get(h.applicantOrgId);
    if (seen === undefined || (recency.get(seen) ?? -1) < at) byOrg.set(h.applicantOrgId, h.roundId);
  }

  // An application's organisations and team, read once per checker (a draw checks each against many experts).
  type Parties = { orgs: { orgId: number; role: OrgRole }[]; team: Set<number> };
  const parties = new WeakMap<ConflictApplication, Parties>();
  const partiesOf = (app: ConflictApplication): Parties => {
    let p = parties.get(app);
    if (!p) {
      const orgs: Parties['orgs'] = [{ orgId: app.applicantOrgId, role: 'applicant' }];
      for (const orgId of app.coApplicantOrgIds)
        if (!orgs.some((o) => o.orgId === orgId)) orgs.push({ orgId, role: 'co_applicant' });
      p = { orgs, team: new Set(app.teamPersonIds) };
      parties.set(app, p);
    }
    return p;
  };

  return (expert, app) => {
    const reasons: ConflictReason[] = [];
    const { orgs, team } = partiesOf(app);
    for (const { orgId, role } of orgs) {
      if (expert.orgId === orgId) reasons.push({ code: 'same_org', orgId, role });
      // Of several records with the same organisation, the one that lasts longest speaks for them.
      let counted: Affiliation | null = null;
      for (const a of expert.affiliations) {
        if (a.orgId !== orgId || (a.endedOn !== null && a.endedOn < cutoff)) continue;
        if (!counted || (counted.endedOn !== null && (a.endedOn === null || a.endedOn > counted.endedOn))) counted = a;
      }
      if (counted) reasons.push({ code: 'affiliation', orgId, role, endedOn: counted.endedOn });
      for (const c of expert.declared)
        if (c.orgId === orgId) {
          reasons.push({ code: 'declared_org', orgId, role });
          break;
        }
    }
    const named: number[] = [];
    for (const c of expert.declared) {
      const personId = c.personId;
      if (personId == null || personId === expert.personId || !team.has(personId) || named.includes(personId)) continue;
      named.push(personId);
      reasons.push({ code: 'declared_person', personId });
    }
    if (team.has(expert.personId)) reasons.push({ code: 'team_member', personId: expert.personId });
    const reviewed = recent.get(expert.id);
    if (reviewed)
      for (const { orgId, role } of orgs) {
        const roundId = reviewed.get(orgId);
        if (roundId !== undefined) reasons.push({ code: 'reviewed_recently', orgId, role, roundId });
      }
    return reasons;
  };
}

/**
 * The experts who might conflict with an application, found through indexes of organisations and people, so that a
 * draw runs the full check only on them: an expert outside the set has no tie at all to the application's
 * organisations or team, hence no reason. Every expert with a reason is in the set (earlier reviews of any round count
 * here; the checker applies the window).
 */
export function conflictSuspects(
  experts: readonly ConflictExpert[],
  context: ConflictContext,
): (application: ConflictApplication) => Set<number> {
  const byOrg = new Map<number, number[]>();
  const byPerson = new Map<number, number[]>();
  const note = (index: Map<number, number[]>, key: number | null | undefined, expertId: number) => {
    if (key == null) return;
    const list = index.get(key);
    if (list) list.push(expertId);
    else index.set(key, [expertId]);
  };
  for (const e of experts) {
    note(byOrg, e.orgId, e.id);
    for (const a of e.affiliations) note(byOrg, a.orgId, e.id);
    note(byPerson, e.personId, e.id);
    for (const c of e.declared) {
      note(byOrg, c.orgId, e.id);
      note(byPerson, c.personId, e.id);
    }
  }
  for (const h of context.history) note(byOrg, h.applicantOrgId, h.expertId);
  return (app) => {
    const out = new Set<number>();
    for (const orgId of [app.applicantOrgId, ...app.coApplicantOrgIds])
      for (const id of byOrg.get(orgId) ?? []) out.add(id);
    for (const personId of app.teamPersonIds) for (const id of byPerson.get(personId) ?? []) out.add(id);
    return out;
  };
}

/** The reasons why `expert` may not review `application`; empty when the expert is eligible. */
export function conflictsOf(
  expert: ConflictExpert,
  application: ConflictApplication,
  context: ConflictContext,
  settings: ConflictSettings = DEFAULT_CONFLICT_SETTINGS,
): ConflictReason[] {
  return conflictChecker(context, settings)(expert, application);
}

/** Short labels of the codes, for counts in a draw's summary. */
export const CONFLICT_LABELS: Record<ConflictCode, Words> = {
  same_org: { zh: '同一单位', en: 'Same organisation' },
  affiliation: { zh: '关联关系', en: 'Affiliation' },
  declared_org: { zh: '声明回避单位', en: 'Declared conflict (organisation)' },
  declared_person: { zh: '声明回避人员', en: 'Declared conflict (person)' },
  team_member: { zh: '项目成员', en: 'Team member' },
  reviewed_recently: { zh: '近期评审过该单位', en: 'Reviewed recently' },
};

/** Names to put in the sentences; an id without a name is written as «#id». */
export type ConflictNames = {
  orgs?: ReadonlyMap<number, string>;
  persons?: ReadonlyMap<number, string>;
  rounds?: ReadonlyMap<number, string>;
};

/** One reason as a sentence in both languages. */
export function conflictWords(r: ConflictReason, names: ConflictNames = {}): Words {
  const name = (m: ReadonlyMap<number, string> | undefined, id: number) => m?.get(id) ?? `#${id}`;
  const org = (role: OrgRole, id: number): Words =>
    role === 'applicant'
      ? { zh: `申报单位「${name(names.orgs, id)}」`, en: `the applicant ${name(names.orgs, id)}` }
      : { zh: `合作单位「${name(names.orgs, id)}」`, en: `the co-applicant ${name(names.orgs, id)}` };
  switch (r.code) {
    case 'same_org': {
      const o = org(r.role, r.orgId);
      return { zh: `专家所在单位即${o.zh}`, en: `The expert works at ${o.en}` };
    }
    case 'affiliation': {
      const o = org(r.role, r.orgId);
      return r.endedOn === null
        ? { zh: `专家与${o.zh}存在关联关系`, en: `The expert is affiliated with ${o.en}` }
        : {
            zh: `专家与${o.zh}存在关联关系（至 ${r.endedOn}）`,
            en: `The expert was affiliated with ${o.en} until ${r.endedOn}`,
          };
    }
    case 'declared_org': {
      const o = org(r.role, r.orgId);
      return { zh: `专家声明与${o.zh}存在利益冲突`, en: `The expert declared a conflict of interest with ${o.en}` };
    }
    case 'declared_person': {
      const p = name(names.persons, r.personId);
      return {
        zh: `专家声明与项目成员「${p}」存在利益冲突`,
        en: `The expert declared a conflict of interest with team member ${p}`,
      };
    }
    case 'team_member':
      return { zh: '专家是本项目的团队成员', en: "The expert is on the application's team" };
    case 'reviewed_recently': {
      const o = org(r.role, r.orgId);
      const round = name(names.rounds, r.roundId);
      return {
        zh: `专家在近期轮次「${round}」中评审过${o.zh}`,
        en: `The expert reviewed ${o.en} in the recent round ${round}`,
      };
    }
  }
}
