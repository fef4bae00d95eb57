import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, makeUser } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { notifyOrg } from '../../modules/notification/index.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit/audit.ts';
import { flushWrites } from './deferred.ts';

let t: TestApp;
let actor: Actor;
let orgId: number;
beforeAll(async () => {
  t = await createTestApp();
  orgId = (await makeOrg(t, { kind: 'provider' })).id;
  const user = await makeUser(t, { role: 'provider', orgId });
  actor = { userId: user.id, orgId, role: 'provider', department: null, ip: '127.0.0.1', requestId: 'deferred-test' };
});
afterAll(() => t.close());

const count = async (table: 'audit_log' | 'notifications', where: ReturnType<typeof sql>) =>
  Number((await t.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${where}`)).rows[0]?.n);

describe('writes deferred to the end of a transaction', () => {
  it('are sent together when the transaction ends, in the order they were made, and commit with it', async () => {
    const tag = `deferred-${Date.now()}`;
    const seenInside = await t.db.transaction(async (tx) => {
      for (let i = 0; i < 3; i++) await recordAudit(tx, actor, { action: tag, entity: 'test', entityId: i });
      await notifyOrg(tx, orgId, { kind: tag, params: { n: 1 } });
      // Queued, not yet written: nothing in the transaction reads them back.
      return count('audit_log', sql`action = ${tag}`);
    });
    expect(seenInside).toBe(0);
    const rows = (
      await t.db.execute(sql`SELECT entity_id, request_id FROM audit_log WHERE action = ${tag} ORDER BY id`)
    ).rows;
    expect(rows.map((r) => r.entity_id)).toEqual(['0', '1', '2']);
    expect(rows.every((r) => r.request_id === 'deferred-test')).toBe(true);
    expect(await count('notifications', sql`kind = ${tag}`)).toBe(1);
  });

  it('roll back with the transaction', async () => {
    const tag = `deferred-rollback-${Date.now()}`;
    await expect(
      t.db.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: tag, entity: 'test', entityId: 1 });
        await notifyOrg(tx, orgId, { kind: tag, params: {} });
        await flushWrites(tx);
        expect(await tx.execute(sql`SELECT 1 FROM audit_log WHERE action = ${tag}`).then((r) => r.rows.length)).toBe(1);
        throw new Error('the use case fails after its writes');
      }),
    ).rejects.toThrow('the use case fails');
    expect(await count('audit_log', sql`action = ${tag}`)).toBe(0);
    expect(await count('notifications', sql`kind = ${tag}`)).toBe(0);
  });

  it('are written at once outside a transaction', async () => {
    const tag = `deferred-direct-${Date.now()}`;
    await recordAudit(t.db, actor, { action: tag, entity: 'test', entityId: 1 });
    expect(await count('audit_log', sql`action = ${tag}`)).toBe(1);
  });

  it('fail the transaction when they cannot be written', async () => {
    const tag = `deferred-broken-${Date.now()}`;
    const ghost = { ...actor, userId: 987_654_321 }; // no such user: the audit row's foreign key refuses it
    await expect(
      t.db.transaction(async (tx) => {
        await notifyOrg(tx, orgId, { kind: tag, params: {} });
        await recordAudit(tx, ghost, { action: tag, entity: 'test', entityId: 1 });
      }),
    ).rejects.toThrow();
    expect(await count('notifications', sql`kind = ${tag}`)).toBe(0);
  });
});
