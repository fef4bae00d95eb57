import { shanghaiDate } from '@cz/shared';
import {
  type Consent,
  type consentInputSchema,
  type consentListQuerySchema,
  type FactScope,
  type factReadQuerySchema,
  type SharedFacts,
  scopeOfFact,
} from '@cz/shared/finance';
import { type FactKey, isFactKey } from '@cz/shared/policy';
import { aliasedTable, and, desc, eq, gte, ilike, inArray, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { userDirectory } from '../identity/index.ts';
import { ipCreditRecords } from '../ip/index.ts';
import { notifyOrg } from '../notification/index.ts';
import { orgDirectory } from '../org/index.ts';
import type { FinancePolicyApi } from './finance.deps.ts';
import { financeErrors } from './finance.errors.ts';
import {
  type ConsentRow,
  financeConsents,
  financeFactReads,
  financeInstitutions,
  financeNeeds,
} from './finance.table.ts';
import { institutionOf } from './institutions.service.ts';

const enterprise = aliasedTable(orgDirectory, 'enterprise');
const institution = aliasedTable(orgDirectory, 'institution');
const readCount = sql<number>`(SELECT count(*)::int FROM ${financeFactReads} r WHERE r.consent_id = ${financeConsents.id})`;

/**
 * 信息授权: an enterprise lets chosen institutions read chosen facts of it (indicators, IP, evaluations, credit
 * record) until a date, and may revoke that at any time. An institution reads an enterprise's facts only under a
 * consent in force, only the scopes it names, and every read is logged for the enterprise to see.
 */
export function createConsentService({ db, policy, clock }: { db: Db; policy: FinancePolicyApi; clock: Clock }) {
  const today = () => shanghaiDate(clock.now());
  const select = (tx: Tx | Db) =>
    tx
      .select({ c: financeConsents, orgName: enterprise.name, institutionName: institution.name, reads: readCount })
      .from(financeConsents)
      .innerJoin(enterprise, eq(enterprise.id, financeConsents.orgId))
      .innerJoin(institution, eq(institution.id, financeConsents.institutionOrgId));
  const toConsent = (r: { c: ConsentRow; orgName: string; institutionName: string; reads: number }): Consent => ({
    id: r.c.id,
    orgId: r.c.orgId,
    orgName: r.orgName,
    institutionOrgId: r.c.institutionOrgId,
    institutionName: r.institutionName,
    scopes: r.c.scopes,
    validUntil: r.c.validUntil,
    needId: r.c.needId,
    grantedAt: r.c.grantedAt.toISOString(),
    revokedAt: r.c.revokedAt ? r.c.revokedAt.toISOString() : null,
    active: r.c.revokedAt === null && r.c.validUntil >= today(),
    reads: r.reads,
  });

  return {
    async list(actor: Actor | null, q: z.output<typeof consentListQuerySchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const mine = q.scope === 'mine';
      const orgId = mine ? actor.orgId : (await institutionOf(db, actor)).orgId;
      if (!orgId) throw financeErrors.notEnterprise();
      const where = and(
        mine ? eq(financeConsents.orgId, orgId) : eq(financeConsents.institutionOrgId, orgId),
        q.needId ? eq(financeConsents.needId, q.needId) : undefined,
        // The other side's name: the institution's for the enterprise, the enterprise's for the institution.
        q.q ? ilike(mine ? institution.name : enterprise.name, likeFragment(q.q)) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        select(db)
          .where(where)
          .orderBy(desc(financeConsents.grantedAt), desc(financeConsents.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financeConsents)
          .innerJoin(enterprise, eq(enterprise.id, financeConsents.orgId))
          .innerJoin(institution, eq(institution.id, financeConsents.institutionOrgId))
          .where(where),
      ]);
      return pageOf(rows.map(toConsent), count?.n ?? 0, q);
    },

    /** Gives one consent per institution named; each institution is told. */
    async grant(actor: Actor | null, input: z.output<typeof consentInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      const orgId = actor.orgId;
      if (!orgId || actor.role !== 'enterprise') throw financeErrors.notEnterprise();
      if (input.validUntil < today()) throw financeErrors.consentPast();
      const ids = [...new Set(input.institutionOrgIds)];
      return db.transaction(async (tx) => {
        const found = await tx
          .select({ id: financeInstitutions.orgId })
          .from(financeInstitutions)
          .innerJoin(orgDirectory, eq(orgDirectory.id, financeInstitutions.orgId))
          .where(and(inArray(financeInstitutions.orgId, ids), eq(orgDirectory.status, 'verified')));
        if (found.length !== ids.length || ids.includes(orgId)) throw financeErrors.notLendingInstitution();
        if (input.needId !== null) {
          const [need] = await tx.select().from(financeNeeds).where(eq(financeNeeds.id, input.needId));
          if (!need || need.orgId !== orgId) throw financeErrors.needNotFound();
        }
        const now = clock.now();
        const rows = await tx
          .insert(financeConsents)
          .values(
            ids.map((institutionOrgId) => ({
              orgId,
              institutionOrgId,
              scopes: [...new Set(input.scopes)],
              validUntil: input.validUntil,
              needId: input.needId,
              grantedBy: actor.userId,
              grantedAt: now,
            })),
          )
          .returning();
        for (const r of rows) {
          await notifyOrg(tx, r.institutionOrgId, {
            kind: 'finance.consent_granted',
            params: { until: r.validUntil },
            link: `/finance-desk/consents`,
          });
          await recordAudit(tx, actor, {
            action: 'finance.consent.grant',
            entity: 'finance_consent',
            entityId: r.id,
            after: { institutionOrgId: r.institutionOrgId, scopes: r.scopes, validUntil: r.validUntil },
          });
        }
        const out = await select(tx).where(
          inArray(
            financeConsents.id,
            rows.map((r) => r.id),
          ),
        );
        return { items: out.map(toConsent) };
      });
    },

    async revoke(actor: Actor | null, id: number) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const [before] = await tx.select().from(financeConsents).where(eq(financeConsents.id, id)).for('update');
        if (!before || before.orgId !== actor.orgId) throw financeErrors.consentNotFound();
        if (before.revokedAt === null) {
          await tx
            .update(financeConsents)
            .set({ revokedAt: clock.now(), revokedBy: actor.userId })
            .where(eq(financeConsents.id, id));
          await recordAudit(tx, actor, {
            action: 'finance.consent.revoke',
            entity: 'finance_consent',
            entityId: id,
            before: { revokedAt: null },
            after: { revokedAt: clock.now().toISOString() },
          });
        }
        const [row] = await select(tx).where(eq(financeConsents.id, id));
        return toConsent(row as Parameters<typeof toConsent>[0]);
      });
    },

    /** Who read what under my enterprise's consents (or one of them), newest first. */
    async reads(actor: Actor | null, q: z.output<typeof factReadQuerySchema>) {
      if (!actor?.orgId) throw financeErrors.notEnterprise();
      const where = and(
        eq(financeConsents.orgId, actor.orgId),
        q.consentId ? eq(financeFactReads.consentId, q.consentId) : undefined,
        q.q
          ? or(ilike(institution.name, likeFragment(q.q)), ilike(userDirectory.displayName, likeFragment(q.q)))
          : undefined,
      );
      const [rows, [count]] = await Promise.all([
        db
          .select({ r: financeFactReads, institutionName: institution.name, readerName: userDirectory.displayName })
          .from(financeFactReads)
          .innerJoin(financeConsents, eq(financeConsents.id, financeFactReads.consentId))
          .innerJoin(institution, eq(institution.id, financeConsents.institutionOrgId))
          .innerJoin(userDirectory, eq(userDirectory.id, financeFactReads.readerId))
          .where(where)
          .orderBy(desc(financeFactReads.readAt), desc(financeFactReads.id))
          .limit(pageWindow(q).limit)
          .offset(pageWindow(q).offset),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(financeFactReads)
          .innerJoin(financeConsents, eq(financeConsents.id, financeFactReads.consentId))
          .innerJoin(institution, eq(institution.id, financeConsents.institutionOrgId))
          .innerJoin(userDirectory, eq(userDirectory.id, financeFactReads.readerId))
          .where(where),
      ]);
      return pageOf(
        rows.map((r) => ({
          id: r.r.id,
          consentId: r.r.consentId,
          institutionName: r.institutionName,
          readerName: r.readerName ?? '',
          scopes: r.r.scopes,
          readAt: r.r.readAt.toISOString(),
        })),
        count?.n ?? 0,
        q,
      );
    },

    /**
     * An institution reads an enterprise's facts: only under a consent in force, only its scopes. Without one the
     * answer is `finance.no_consent` and nothing of the enterprise is shown. The read is logged in the same
     * transaction as it is made.
     */
    async sharedFacts(actor: Actor | null, orgId: number): Promise<SharedFacts> {
      return db.transaction(async (tx) => {
        const inst = await institutionOf(tx, actor);
        const day = today();
        const consents = await tx
          .select()
          .from(financeConsents)
          .where(
            and(
              eq(financeConsents.orgId, orgId),
              eq(financeConsents.institutionOrgId, inst.orgId),
              isNull(financeConsents.revokedAt),
              gte(financeConsents.validUntil, day),
            ),
          )
          .orderBy(desc(financeConsents.validUntil));
        const first = consents[0];
        if (!first) throw financeErrors.noConsent();
        const scopes = [...new Set(consents.flatMap((c) => c.scopes))] as FactScope[];
        const [org] = await tx.select({ name: orgDirectory.name }).from(orgDirectory).where(eq(orgDirectory.id, orgId));
        const all = (await policy.factsOf(tx, orgId, day))?.facts ?? {};
        const facts: SharedFacts['facts'] = {};
        for (const [key, value] of Object.entries(all))
          if (isFactKey(key) && scopes.includes(scopeOfFact(key as FactKey))) facts[key] = value ?? null;
        const creditRecords = scopes.includes('credit')
          ? (await tx.select().from(ipCreditRecords).where(eq(ipCreditRecords.orgId, orgId))).map((r) => ({
              caseId: r.caseId,
              kind: r.kind,
              foundAt: r.foundAt.toISOString(),
            }))
          : [];
        await tx.insert(financeFactReads).values(
          consents.map((c) => ({
            consentId: c.id,
            readerId: (actor as Actor).userId,
            scopes: c.scopes,
            readAt: clock.now(),
          })),
        );
        return {
          orgId,
          orgName: org?.name ?? '',
          consentId: first.id,
          validUntil: first.validUntil,
          scopes,
          facts,
          creditRecords,
        };
      });
    },
  };
}
export type ConsentService = ReturnType<typeof createConsentService>;
