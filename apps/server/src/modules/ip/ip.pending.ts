import type { WorkItem } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { IP_ACTIONS } from './ip.permissions.ts';
import { createIpRepository } from './ip.repository.ts';

const count = async (db: Db, where: ReturnType<typeof sql>) =>
  Number(
    ((await db.execute(sql`SELECT count(*)::int AS n FROM ip_rights_cases WHERE ${where}`)).rows[0] as { n: number }).n,
  );

/**
 * For the workbench: records waiting for the administration's check against their certificates and rights cases
 * waiting for acceptance; for an expert, the open rights cases assigned to them; for the members of an IP service
 * agency that has been assigned cases, the agency's open ones (a provider that never was shows nothing here).
 */
export async function pendingFor(db: Db, actor: Actor): Promise<WorkItem[]> {
  if (actor.role === 'expert') {
    const n = await count(db, sql`expert_id = ${actor.userId} AND status NOT IN ('closed', 'declined')`);
    return [{ key: 'ip.cases_assigned', count: n, link: '/my/ip-cases' }];
  }
  if (actor.role === 'provider' && actor.orgId !== null) {
    const { rows } = await db.execute(sql`
      SELECT count(*) FILTER (WHERE status NOT IN ('closed', 'declined'))::int AS open, count(*)::int AS ever
      FROM ip_rights_cases WHERE agency_org_id = ${actor.orgId}`);
    const r = rows[0] as { open: number; ever: number };
    return Number(r.ever) === 0
      ? []
      : [{ key: 'ip.cases_agency', count: Number(r.open), link: '/my/ip-cases?scope=assigned' }];
  }
  if (!can(actor, IP_ACTIONS.verify)) return [];
  const [n, cases] = await Promise.all([
    createIpRepository({ db }).pendingCount(db),
    count(db, sql`status = 'submitted'`),
  ]);
  return [
    { key: 'ip.verifications', count: n, link: '/admin/ip?verification=pending' },
    { key: 'ip.cases', count: cases, link: '/admin/ip-cases?status=submitted' },
  ];
}
