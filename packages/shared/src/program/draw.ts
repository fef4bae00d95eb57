/**
 * 专家抽取: a random draw of reviewers that anyone can repeat. The seed is recorded with the draw; the same seed and the
 * same applications and experts give the same reviewers, whatever order the database returned the rows in (both lists
 * are put in id order first). Per application the candidates are the available experts of its field; the conflicted
 * ones are set aside with their reasons; among the others an expert with fewer assignments so far comes first, then
 * chance decides. No expert takes more than `maxPerExpert` applications in a round. Only when a field has too few
 * experts, and only if the settings allow it, experts of the configured related fields fill the gap, marked as such.
 *
 * The random numbers: FNV-1a (32 bit) of the seed's UTF-8 bytes is the state of mulberry32; both are a few lines, so an
 * auditor can replay a draw in any language. Not for secrets (the seed itself comes from a secure source).
 */
import { z } from 'zod';
import { TECH_FIELD_CODES, type TechField } from '../market/achievements.ts';
import type { Words } from '../rules/rule-pack.ts';
import {
  CONFLICT_CODES,
  CONFLICT_LABELS,
  type ConflictApplication,
  type ConflictCode,
  type ConflictContext,
  type ConflictExpert,
  type ConflictReason,
  conflictChecker,
  conflictSettingsSchema,
  conflictSuspects,
  DEFAULT_CONFLICT_SETTINGS,
} from './conflicts.ts';

/** Recorded with each draw, so that a later change of the method cannot silently change a replay. */
export const DRAW_ALGORITHM = 'fnv1a32-mulberry32/v1';

/** FNV-1a, 32 bit, of the UTF-8 bytes of `seed`. */
export function seedHash(seed: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(seed)) h = Math.imul(h ^ b, 0x01000193);
  return h >>> 0;
}

/** mulberry32: numbers in [0, 1) from a 32-bit state. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The random numbers of a seed. A seed must say something: an empty one would hide a draw made without one. */
export function seededRandom(seed: string): () => number {
  if (seed.trim() === '') throw new RangeError('a draw needs a seed');
  return mulberry32(seedHash(seed));
}

const fieldSchema = z.enum(TECH_FIELD_CODES);
export const drawSettingsSchema = z
  .object({
    /** The most applications one expert reviews in a round. */
    maxPerExpert: z.number().int().min(1).max(500),
    /** Whether experts of related fields may fill a field's gap. */
    allowRelatedFields: z.boolean(),
    /** Per field, the fields whose experts may stand in, in no particular order. */
    relatedFields: z.partialRecord(fieldSchema, z.array(fieldSchema).max(TECH_FIELD_CODES.length)),
    conflicts: conflictSettingsSchema,
  })
  .refine((s) => Object.entries(s.relatedFields).every(([f, rel]) => !rel?.includes(f as TechField)), {
    message: 'program.field_related_to_itself',
    path: ['relatedFields'],
  });
export type DrawSettings = z.infer<typeof drawSettingsSchema>;

export const DEFAULT_DRAW_SETTINGS: DrawSettings = {
  maxPerExpert: 10,
  allowRelatedFields: false,
  relatedFields: {},
  conflicts: DEFAULT_CONFLICT_SETTINGS,
};

export type DrawExpert = ConflictExpert & {
  fields: readonly TechField[];
  /** False while the expert has said they cannot review (travel, leave); absent means available. */
  available?: boolean;
};
export type DrawApplication = ConflictApplication & { field: TechField };

export type DrawInput = {
  applications: readonly DrawApplication[];
  experts: readonly DrawExpert[];
  perApplication: number;
  seed: string;
  settings: DrawSettings;
  context: ConflictContext;
  /** Assignments the experts already have in this round (an earlier draw), counted against the cap. */
  priorLoad?: ReadonlyMap<number, number>;
};

export type DrawnExpert = {
  expertId: number;
  /** The related field through which the expert was drawn; null for an expert of the application's own field. */
  viaRelatedField: TechField | null;
};
export type ExcludedExpert = { expertId: number; reasons: ConflictReason[] };

export type ApplicationDraw = {
  applicationId: number;
  field: TechField;
  chosen: DrawnExpert[];
  /** Experts of the field without a conflict (whether or not they still had room). */
  eligible: number;
  /** Of those, the ones passed over because they had reached `maxPerExpert`. */
  atCapacity: number;
  /** Experts of the field who had said they are not available. */
  unavailable: number;
  /** How many reviewers are missing: `perApplication` − chosen. */
  shortfall: number;
  /** Whether the related fields were searched (the own field fell short and the settings allow it). */
  searchedRelatedFields: boolean;
  /** Experts of the related fields without a conflict; 0 unless they were searched. */
  relatedEligible: number;
  /** Conflicted candidates (of the own field, and of the related fields when searched) with their reasons. */
  excluded: ExcludedExpert[];
  /** Per reason, how many candidates it excluded (an expert with two reasons counts under both). */
  excludedByReason: Record<ConflictCode, number>;
};

export type DrawResult = {
  seed: string;
  algorithm: typeof DRAW_ALGORITHM;
  perApplication: number;
  /** In the order the applications were given. */
  applications: ApplicationDraw[];
  /** Assignments per expert after the draw (prior load included), for experts with any. */
  load: { expertId: number; assignments: number }[];
};

type Candidate = { expert: DrawExpert; via: TechField | null };
type Pool = { eligible: Candidate[]; excluded: ExcludedExpert[]; unavailable: number };

const byId = <T extends { id: number }>(rows: readonly T[], what: string): T[] => {
  const sorted = [...rows].sort((a, b) => a.id - b.id);
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i]?.id === sorted[i - 1]?.id) throw new RangeError(`${what} ${sorted[i]?.id} appears twice`);
  return sorted;
};

export function drawReviewers(input: DrawInput): DrawResult {
  const { perApplication, settings } = input;
  if (!Number.isSafeInteger(perApplication) || perApplication < 1)
    throw new RangeError(`not a number of reviewers: ${perApplication}`);
  const random = seededRandom(input.seed);
  const applications = byId(input.applications, 'application');
  const experts = byId(input.experts, 'expert');
  const check = conflictChecker(input.context, settings.conflicts);
  const suspectsOf = conflictSuspects(experts, input.context);

  // The experts of each field, as candidates of that field: built once, shared by its applications.
  const ofField = new Map<TechField, Candidate[]>();
  for (const expert of experts)
    for (const f of new Set(expert.fields)) {
      const list = ofField.get(f);
      if (list) list.push({ expert, via: null });
      else ofField.set(f, [{ expert, via: null }]);
    }

  const poolOf = (app: DrawApplication, candidates: Candidate[]): Pool => {
    const pool: Pool = { eligible: [], excluded: [], unavailable: 0 };
    const suspects = suspectsOf(app);
    for (const c of candidates) {
      if (c.expert.available === false) {
        pool.unavailable++;
        continue;
      }
      const reasons = suspects.has(c.expert.id) ? check(c.expert, app) : [];
      if (reasons.length === 0) pool.eligible.push(c);
      else pool.excluded.push({ expertId: c.expert.id, reasons });
    }
    return pool;
  };
  const relatedCandidates = (field: TechField): Candidate[] => {
    const seen = new Set<number>();
    const out: Candidate[] = [];
    for (const rf of settings.relatedFields[field] ?? [])
      for (const { expert } of ofField.get(rf) ?? []) {
        if (expert.fields.includes(field) || seen.has(expert.id)) continue;
        seen.add(expert.id);
        out.push({ expert, via: rf });
      }
    return out.sort((a, b) => a.expert.id - b.expert.id);
  };

  const pools = applications.map((app) => poolOf(app, ofField.get(app.field) ?? []));

  // The applications with the fewest eligible experts choose first, so that the cap does not leave them short for
  // the sake of an application that had plenty; chance orders those with equal numbers.
  const order = applications.map((_, i) => ({ i, size: pools[i]?.eligible.length ?? 0, key: random() }));
  order.sort((a, b) => a.size - b.size || a.key - b.key || a.i - b.i);

  const load = new Map(input.priorLoad ?? []);
  // Fewest assignments first: the candidates by load, then, within the lowest level that is not used up, a uniformly
  // random choice of those still wanted (the first places of a partial Fisher–Yates shuffle).
  const pick = (candidates: Candidate[], wanted: number): { chosen: DrawnExpert[]; full: number } => {
    const levels: Candidate[][] = [];
    let full = 0;
    for (const c of candidates) {
      const l = load.get(c.expert.id) ?? 0;
      if (l >= settings.maxPerExpert) full++;
      else {
        const level = levels[l];
        if (level) level.push(c);
        else levels[l] = [c];
      }
    }
    const taken: Candidate[] = [];
    for (const level of levels) {
      if (!level) continue;
      const k = wanted - taken.length;
      if (k <= 0) break;
      if (level.length <= k) taken.push(...level);
      else
        for (let i = 0; i < k; i++) {
          const j = i + Math.floor(random() * (level.length - i));
          const c = level[j] as Candidate;
          level[j] = level[i] as Candidate;
          level[i] = c;
          taken.push(c);
        }
    }
    const chosen = taken.map((c) => {
      load.set(c.expert.id, (load.get(c.expert.id) ?? 0) + 1);
      return { expertId: c.expert.id, viaRelatedField: c.via };
    });
    return { chosen, full };
  };

  const draws = new Map<number, ApplicationDraw>();
  for (const { i } of order) {
    const app = applications[i] as DrawApplication;
    const pool = pools[i] as Pool;
    const own = pick(pool.eligible, perApplication);
    const excluded = [...pool.excluded];
    let chosen = own.chosen;
    let relatedEligible = 0;
    const searched = settings.allowRelatedFields && chosen.length < perApplication;
    if (searched) {
      const related = poolOf(app, relatedCandidates(app.field));
      relatedEligible = related.eligible.length;
      excluded.push(...related.excluded);
      chosen = [...chosen, ...pick(related.eligible, perApplication - chosen.length).chosen];
    }
    const excludedByReason = Object.fromEntries(CONFLICT_CODES.map((c) => [c, 0])) as Record<ConflictCode, number>;
    for (const x of excluded) for (const code of new Set(x.reasons.map((r) => r.code))) excludedByReason[code]++;
    draws.set(app.id, {
      applicationId: app.id,
      field: app.field,
      chosen,
      eligible: pool.eligible.length,
      atCapacity: own.full,
      unavailable: pool.unavailable,
      shortfall: perApplication - chosen.length,
      searchedRelatedFields: searched,
      relatedEligible,
      excluded,
      excludedByReason,
    });
  }

  return {
    seed: input.seed,
    algorithm: DRAW_ALGORITHM,
    perApplication,
    applications: input.applications.map((a) => draws.get(a.id) as ApplicationDraw),
    load: [...load]
      .filter(([, n]) => n > 0)
      .sort(([a], [b]) => a - b)
      .map(([expertId, assignments]) => ({ expertId, assignments })),
  };
}

/** One application's draw in sentences: the candidates, why some were set aside, and any shortfall. */
export function applicationDrawWords(d: ApplicationDraw, perApplication: number): Words[] {
  const lines: Words[] = [
    {
      zh: `本领域无利益冲突的专家 ${d.eligible} 名，抽取 ${d.chosen.length} 名（需 ${perApplication} 名）`,
      en: `${d.eligible} experts of the field without a conflict; ${d.chosen.length} drawn of ${perApplication} needed`,
    },
  ];
  for (const code of CONFLICT_CODES)
    if (d.excludedByReason[code] > 0) {
      const l = CONFLICT_LABELS[code];
      lines.push({
        zh: `回避：${l.zh} ${d.excludedByReason[code]} 名`,
        en: `Excluded: ${l.en}, ${d.excludedByReason[code]}`,
      });
    }
  if (d.atCapacity > 0)
    lines.push({
      zh: `${d.atCapacity} 名专家本轮评审任务已满`,
      en: `${d.atCapacity} experts had reached their maximum for the round`,
    });
  const viaRelated = d.chosen.filter((c) => c.viaRelatedField !== null).length;
  if (viaRelated > 0)
    lines.push({
      zh: `本领域专家不足，从相近领域抽取 ${viaRelated} 名`,
      en: `Too few experts in the field: ${viaRelated} drawn from related fields`,
    });
  if (d.shortfall > 0) lines.push({ zh: `仍缺 ${d.shortfall} 名专家`, en: `Reviewers still missing: ${d.shortfall}` });
  return lines;
}
