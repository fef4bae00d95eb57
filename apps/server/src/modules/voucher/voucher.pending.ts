import type { WorkItem } from '@cz/shared';
import { sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import type { Db } from '../../kernel/db/connection.ts';

const n = async (db: Db, query: ReturnType<typeof sql>) =>
  Number(((await db.execute(query)).rows[0] as { n: number } | undefined)?.n ?? 0);

/**
 * For the workbench. Administrators: applications, providers' claims and enterprises' reimbursements waiting for a
 * decision. Enterprises: their usable vouchers, and open schemes (within their application window) they have not
 * applied to. Providers: completed voucher-paid orders not yet claimed, and claims returned for correction.
 */
export async function pendingFor(db: Db, actor: Actor, now: Date): Promise<WorkItem[]> {
  if (isAdmin(actor)) {
    return [
      {
        key: 'voucher.applications',
        count: await n(db, sql`SELECT count(*)::int AS n FROM voucher_applications WHERE status = 'pending'`),
        link: '/admin/vouchers/applications?status=pending',
      },
      {
        key: 'voucher.claims',
        count: await n(db, sql`SELECT count(*)::int AS n FROM voucher_claims WHERE status = 'submitted'`),
        link: '/admin/vouchers/settlement?status=submitted',
      },
      {
        key: 'voucher.reimbursements',
        count: await n(db, sql`SELECT count(*)::int AS n FROM voucher_reimbursements WHERE status = 'submitted'`),
        link: '/admin/vouchers/reimbursements?status=submitted',
      },
    ];
  }
  const org = actor.orgId;
  if (!org) return [];
  if (actor.role === 'enterprise') {
    const today = sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date`;
    return [
      {
        key: 'voucher.active',
        count: await n(
          db,
          sql`SELECT count(*)::int AS n FROM vouchers WHERE org_id = ${org} AND status = 'active' AND valid_until > ${now.toISOString()}::timestamptz`,
        ),
        link: '/vouchers',
      },
      {
        key: 'voucher.suggestions',
        count: await n(
          db,
          sql`SELECT count(*)::int AS n FROM voucher_schemes s
              WHERE s.status = 'open' AND ${today} BETWEEN s.apply_from AND s.apply_to
                AND NOT EXISTS (SELECT 1 FROM voucher_applications a
                                WHERE a.scheme_id = s.id AND a.org_id = ${org} AND a.status IN ('pending', 'approved'))`,
        ),
        link: '/vouchers/schemes',
      },
    ];
  }
  if (actor.role !== 'provider') return [];
  return [
    {
      key: 'voucher.claimable',
      count: await n(
        db,
        sql`SELECT count(*)::int AS n FROM order_records o
            WHERE o.provider_id = ${org} AND o.status = 'completed'
              AND EXISTS (SELECT 1 FROM voucher_holds h WHERE h.order_id = o.id AND h.status = 'consumed')
              AND NOT EXISTS (SELECT 1 FROM voucher_claims c WHERE c.order_id = o.id)`,
      ),
      link: '/provider/settlement',
    },
    {
      key: 'voucher.returned',
      count: await n(
        db,
        sql`SELECT count(*)::int AS n FROM voucher_claims WHERE provider_id = ${org} AND status = 'returned'`,
      ),
      link: '/provider/settlement',
    },
  ];
}
