import type { WorkItem } from '@cz/shared';
import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type {
  EvaluationQuery,
  EvaluationReport,
  SupervisionItemRow,
  SupervisionQuery,
  SupervisionReport,
} from '@cz/shared/policy';
import type { Actor } from '../../kernel/actor.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { authorize } from '../../kernel/policy.ts';
import { loadCalendar } from './policy.applications.repository.ts';
import { addTallies, figuresOf, ratesOf, type Tally, tallyItem } from './policy.supervision.figures.ts';
import { SUPERVISION_ACTIONS } from './policy.supervision.permissions.ts';
import {
  applicationFacts,
  type ItemStandingRow,
  itemDepartments,
  itemStandings,
  type Period,
} from './policy.supervision.repository.ts';

/** The department an actor is held to: a department-scoped administrator's own; null for zone-wide readers. */
const ownDepartment = (actor: Actor): string | null =>
  actor.role === 'superadmin' || actor.role === 'evaluator' ? null : (actor.department ?? null);

/** The period asked for, held to the actor's department (asking for another one is refused). */
function periodOf(actor: Actor, q: { year: number; from?: string; to?: string; department?: string }): Period {
  const own = ownDepartment(actor);
  if (own !== null && q.department !== undefined && q.department !== own) throw commonErrors.forbidden();
  return { from: q.from ?? `${q.year}-01-01`, to: q.to ?? `${q.year}-12-31`, department: own ?? q.department ?? null };
}

type Tallied = { item: ItemStandingRow; tally: Tally };

/**
 * 督导 and 第三方评估: the figures of the policy items over a period, per item, per responsible department and in
 * total, and the evaluator's three rates. Everything is counted from the items' standings and applications; the
 * definitions are those of docs/GLOSSARY.md (督导口径).
 */
export function createSupervision({ db, clock }: { db: Db; clock: Clock }) {
  async function tally(p: Period): Promise<Tallied[]> {
    const items = await itemStandings(db, p);
    const facts = await applicationFacts(
      db,
      items.map((i) => i.itemId),
      p,
    );
    const cal = await loadCalendar(db);
    const today = shanghaiDate(clock.now());
    return items.map((item) => ({
      item,
      tally: tallyItem(
        item,
        facts.filter((a) => a.itemId === item.itemId),
        today,
        cal,
      ),
    }));
  }

  return {
    async report(actor: Actor | null, q: SupervisionQuery): Promise<SupervisionReport> {
      const who = authorize(actor, SUPERVISION_ACTIONS.read);
      const p = periodOf(who, q);
      const rows = await tally(p);
      const own = ownDepartment(who);
      const items: SupervisionItemRow[] = rows.map(({ item, tally: t }) => ({
        itemId: item.itemId,
        title: item.title,
        documentTitle: item.documentTitle,
        department: item.department,
        mode: item.mode,
        ...figuresOf(t),
      }));
      const departments = [...new Set(rows.map((r) => r.item.department))].sort();
      return {
        year: q.year,
        from: p.from,
        to: p.to,
        departments: own !== null ? [own] : await itemDepartments(db),
        items,
        byDepartment: departments.map((department) => {
          const mine = rows.filter((r) => r.item.department === department);
          return { department, items: mine.length, ...figuresOf(addTallies(mine.map((r) => r.tally))) };
        }),
        totals: figuresOf(addTallies(rows.map((r) => r.tally))),
      };
    },

    async evaluation(actor: Actor | null, q: EvaluationQuery): Promise<EvaluationReport> {
      const who = authorize(actor, SUPERVISION_ACTIONS.evaluate);
      const rows = await tally(periodOf(who, { year: q.year }));
      return {
        year: q.year,
        items: rows.map(({ item, tally: t }) => ({
          itemId: item.itemId,
          title: item.title,
          department: item.department,
          mode: item.mode,
          ...ratesOf(t),
        })),
        totals: ratesOf(addTallies(rows.map((r) => r.tally))),
      };
    },

    /** The evaluation's tallies with the standings behind the rates, for the evaluator's extract. */
    async evaluationExtract(actor: Actor | null, q: EvaluationQuery) {
      const who = authorize(actor, SUPERVISION_ACTIONS.evaluate);
      return tally(periodOf(who, { year: q.year }));
    },
  };
}
export type Supervision = ReturnType<typeof createSupervision>;

/** For the workbench: the evaluator's items of this year's evaluation, which its link opens. */
export async function evaluationPending(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (actor.role !== 'evaluator') return [];
  const year = Number(shanghaiDate(now).slice(0, 4));
  const items = await itemStandings(db, periodOf(actor, { year }));
  return [{ key: 'policy.evaluation', count: items.length, link: `/evaluation/policies?year=${year}` }];
}
