import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { searchVector } from '../kernel/db/search.ts';
import { services } from '../modules/catalog/catalog.table.ts';
import { memberships, users } from '../modules/identity/identity.table.ts';
import { DEMO_SERVICE_PROVIDERS, DEMO_SERVICES } from './demo-services.data.ts';

/**
 * The 科技服务超市's listings beyond instrument time: services of every category from the demo's providers, and one
 * provider-role account for each provider that lists services only.
 */
export async function seedServiceDemo(
  tx: Tx,
  ctx: { orgIdByName: Map<string, number>; passwordHash: string },
): Promise<{ services: number }> {
  for (const [i, name] of DEMO_SERVICE_PROVIDERS.entries()) {
    const orgId = ctx.orgIdByName.get(name);
    if (!orgId) throw new Error(`demo provider ${name} is missing`);
    const username = `svc_${String(i + 1).padStart(2, '0')}`;
    const existing = await tx.execute(sql`SELECT id FROM users WHERE username = ${username}`);
    if (existing.rows.length > 0) continue;
    const [u] = await tx
      .insert(users)
      .values({ username, displayName: `${name}管理员`, passwordHash: ctx.passwordHash, role: 'provider' })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ userId: u?.id as number, orgId, isOwner: true });
  }
  const rows = DEMO_SERVICES.map((s) => {
    const providerId = ctx.orgIdByName.get(s.provider);
    if (!providerId) throw new Error(`demo provider ${s.provider} is missing`);
    return {
      providerId,
      category: s.category,
      title: s.title,
      description: s.description,
      pricing: s.pricing,
      price: s.priceYuan === null ? null : s.priceYuan * 100,
      leadTimeDays: s.leadTimeDays,
      qualifications: s.qualifications ?? [],
      voucherEligible: s.voucherEligible,
      search: searchVector(s.title, s.description, s.provider) as unknown as string,
    };
  });
  await tx.insert(services).values(rows);
  return { services: rows.length };
}
