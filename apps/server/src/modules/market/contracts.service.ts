import { shanghaiDate } from '@cz/shared';
import {
  type Contract,
  type contractInputSchema,
  type offlineContractInputSchema,
  techTradeAmount,
} from '@cz/shared/market';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { can } from '../../kernel/policy.ts';
import { notifyOrg } from '../notification/index.ts';
import type { OrgApi } from '../org/index.ts';
import { attachUploads, storedFiles } from '../upload/index.ts';
import { CONTRACT_FILES, type DealRepository, toDeal } from './deals.repository.ts';
import { type ContractRow, marketContracts } from './deals.table.ts';
import { marketErrors, patentErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

type Input = z.output<typeof contractInputSchema>;
type Side = 'seller' | 'buyer';

/** A contract row as a reader sees it, with the sides' names and the registration that follows it, if any. */
async function toContract(tx: Tx, r: ContractRow, orgId: number | null): Promise<Contract> {
  const { rows } = await tx.execute(sql`
    SELECT (SELECT name FROM org_directory WHERE id = ${r.sellerOrgId}) AS seller_name,
           coalesce((SELECT name FROM org_directory WHERE id = ${r.buyerOrgId}), ${r.buyerName}) AS buyer_name,
           (SELECT id FROM market_registrations WHERE contract_id = ${r.id}) AS registration_id`);
  const x = rows[0] as { seller_name: string; buyer_name: string; registration_id: number | null };
  const files = r.signedFile ? await storedFiles(tx, [r.signedFile]) : new Map();
  return {
    id: r.id,
    dealId: r.dealId,
    offline: r.offline,
    kind: r.kind,
    title: r.title,
    sellerOrgId: r.sellerOrgId,
    sellerName: x.seller_name,
    buyerOrgId: r.buyerOrgId,
    buyerName: x.buyer_name,
    buyerUscc: r.buyerUscc,
    side: orgId === r.sellerOrgId ? 'seller' : r.buyerOrgId !== null && orgId === r.buyerOrgId ? 'buyer' : null,
    amountFen: r.amountFen,
    nonTechnical: r.nonTechnical as Contract['nonTechnical'],
    nonTechnicalFen: r.nonTechnicalFen,
    techTradeFen: r.techTradeFen ?? r.amountFen - r.nonTechnicalFen,
    payments: r.payments,
    withTransferOrDevelopment: r.withTransferOrDevelopment,
    signedFile: r.signedFile ? { hash: r.signedFile, name: files.get(r.signedFile)?.name ?? 'contract' } : null,
    status: r.status,
    sellerConfirmedAt: r.sellerConfirmedAt?.toISOString() ?? null,
    buyerConfirmedAt: r.buyerConfirmedAt?.toISOString() ?? null,
    registrationId: x.registration_id === null ? null : Number(x.registration_id),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The terms as stored: the lines, and the non-technical total the database checks against them. */
function terms(input: Input) {
  const trade = techTradeAmount(
    input.amountFen,
    input.nonTechnical.map((l) => ({ kind: l.kind, amountFen: l.amountFen })),
  );
  if (!trade.ok) throw commonErrors.validation(trade.code);
  return {
    kind: input.kind,
    title: input.title,
    amountFen: input.amountFen,
    nonTechnical: input.nonTechnical,
    nonTechnicalFen: trade.nonTechnicalFen,
    payments: input.payments,
    withTransferOrDevelopment: input.withTransferOrDevelopment,
  };
}

/**
 * The contract of an agreed deal: one of the five kinds of the 民法典, its amount (成交额), the non-technical costs in
 * it (so that 技术交易额 = 成交额 − those costs), and the payment schedule adding up to the amount. Either side drafts
 * and changes it; each side confirms the text, and a change after one confirmation asks both again. Confirmed by both,
 * it is signed and its terms are fixed (a trigger holds that); the scan of the signed paper goes with it for
 * registration.
 */
export function createContractService({
  db,
  deals,
  orgs,
  clock,
}: {
  db: Db;
  deals: DealRepository;
  orgs: OrgApi;
  clock: Clock;
}) {
  async function load(tx: Tx, actor: Actor | null, id: number, forUpdate = false) {
    if (!actor) throw commonErrors.unauthenticated();
    const q = tx.select().from(marketContracts).where(eq(marketContracts.id, id));
    const [r] = forUpdate ? await q.for('update') : await q;
    if (!r) throw marketErrors.contractNotFound();
    const side: Side | null =
      actor.orgId === r.sellerOrgId ? 'seller' : r.buyerOrgId !== null && actor.orgId === r.buyerOrgId ? 'buyer' : null;
    return { r, side };
  }
  async function mine(tx: Tx, actor: Actor | null, id: number) {
    const x = await load(tx, actor, id, true);
    if (!x.side) throw marketErrors.contractNotFound();
    return x as { r: ContractRow; side: Side };
  }
  /** The other side's organisation on the platform, to be told; none for an offline contract's outside buyer. */
  const tellOther = (tx: Tx, r: ContractRow, side: Side, notice: Parameters<typeof notifyOrg>[2]) => {
    const to = side === 'seller' ? r.buyerOrgId : r.sellerOrgId;
    return to === null ? Promise.resolve() : notifyOrg(tx, to, notice);
  };
  const files = (tx: Tx, actor: Actor, r: ContractRow, hash: string | null) =>
    attachUploads(
      tx,
      actor,
      { kind: CONTRACT_FILES, id: r.id, orgIds: r.buyerOrgId ? [r.sellerOrgId, r.buyerOrgId] : [r.sellerOrgId] },
      hash ? [hash] : [],
    );

  return {
    /** Drafts the contract of an agreed deal (or one whose public notice is over); the deal is then contracted. */
    async draft(actor: Actor | null, dealId: number, input: Input) {
      if (!actor) throw commonErrors.unauthenticated();
      return db.transaction(async (tx) => {
        const row = await deals.byId(tx, dealId, true);
        if (!row || (actor.orgId !== Number(row.seller_org_id) && actor.orgId !== Number(row.buyer_org_id)))
          throw marketErrors.dealNotFound();
        const d = toDeal(row, actor.orgId, shanghaiDate(clock.now()));
        if (d.status === 'notice' && !d.contractable) throw marketErrors.noticeRunning();
        if (!d.contractable) throw marketErrors.dealState();
        // An open licence (开放许可) is used under a 技术许可 contract.
        if (d.openLicenceId !== null && input.kind !== 'licence') throw patentErrors.contractKind();
        const now = clock.now();
        const t = terms(input);
        const [c] = await tx
          .insert(marketContracts)
          .values({
            dealId,
            ...t,
            sellerOrgId: d.sellerOrgId,
            buyerOrgId: d.buyerOrgId,
            signedFile: input.signedFile,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const created = c as ContractRow;
        await files(tx, actor, created, input.signedFile);
        await tx.execute(
          sql`UPDATE market_deals SET status = 'contracted', updated_at = ${now.toISOString()} WHERE id = ${dealId}`,
        );
        await recordAudit(tx, actor, {
          action: 'market.contract.draft',
          entity: 'market_contract',
          entityId: created.id,
          after: { dealId, ...t },
        });
        await tellOther(tx, created, d.side as Side, {
          kind: 'market.contract_drafted',
          params: { title: input.title },
          link: `/my/market/contracts/${created.id}`,
        });
        return toContract(tx, created, actor.orgId);
      });
    },

    /** Changes the draft; both confirmations are asked again. */
    async update(actor: Actor | null, id: number, input: Input) {
      return db.transaction(async (tx) => {
        const { r, side } = await mine(tx, actor, id);
        if (r.status === 'signed') throw marketErrors.contractSigned();
        if (input.kind !== 'licence') {
          const deal = r.dealId === null ? undefined : await deals.byId(tx, r.dealId);
          if (deal?.open_licence_id) throw patentErrors.contractKind();
        }
        const t = terms(input);
        const [c] = await tx
          .update(marketContracts)
          .set({
            ...t,
            signedFile: input.signedFile,
            sellerConfirmedAt: null,
            buyerConfirmedAt: null,
            updatedAt: clock.now(),
          })
          .where(eq(marketContracts.id, id))
          .returning();
        await files(tx, actor as Actor, c as ContractRow, input.signedFile);
        await recordAudit(tx, actor, {
          action: 'market.contract.update',
          entity: 'market_contract',
          entityId: id,
          before: { amountFen: r.amountFen, nonTechnicalFen: r.nonTechnicalFen, payments: r.payments },
          after: t,
        });
        await tellOther(tx, r, side, {
          kind: 'market.contract_changed',
          params: { title: input.title },
          link: `/my/market/contracts/${id}`,
        });
        return toContract(tx, c as ContractRow, (actor as Actor).orgId);
      });
    },

    /** One side confirms the text; with both confirmations the contract is signed. */
    async confirm(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const { r, side } = await mine(tx, actor, id);
        if (r.status === 'signed') throw marketErrors.contractSigned();
        const now = clock.now();
        const sellerAt = side === 'seller' ? now : r.sellerConfirmedAt;
        const buyerAt = side === 'buyer' ? now : r.buyerConfirmedAt;
        const signed = sellerAt !== null && buyerAt !== null;
        const [c] = await tx
          .update(marketContracts)
          .set({
            sellerConfirmedAt: sellerAt,
            buyerConfirmedAt: buyerAt,
            status: signed ? 'signed' : 'draft',
            updatedAt: now,
          })
          .where(eq(marketContracts.id, id))
          .returning();
        await recordAudit(tx, actor, {
          action: signed ? 'market.contract.sign' : 'market.contract.confirm',
          entity: 'market_contract',
          entityId: id,
          before: { status: r.status },
          after: { status: signed ? 'signed' : 'draft', side },
        });
        await tellOther(tx, r, side, {
          kind: signed ? 'market.contract_signed' : 'market.contract_confirmed',
          params: { title: r.title },
          link: `/my/market/contracts/${id}`,
        });
        return toContract(tx, c as ContractRow, (actor as Actor).orgId);
      });
    },

    /** The scan of the signed paper, added or replaced after signing (the terms stay fixed). */
    async setSignedFile(actor: Actor | null, id: number, hash: string) {
      return db.transaction(async (tx) => {
        const { r } = await mine(tx, actor, id);
        const [c] = await tx
          .update(marketContracts)
          .set({ signedFile: hash, updatedAt: clock.now() })
          .where(eq(marketContracts.id, id))
          .returning();
        await files(tx, actor as Actor, c as ContractRow, hash);
        await recordAudit(tx, actor, {
          action: 'market.contract.signed_file',
          entity: 'market_contract',
          entityId: id,
          before: { signedFile: r.signedFile },
          after: { signedFile: hash },
        });
        return toContract(tx, c as ContractRow, (actor as Actor).orgId);
      });
    },

    /**
     * The seller records a technology contract signed outside the platform, with its scan, for registration: signed
     * on the seller's record (the registration point checks the paper). The buyer is named by name and USCC; when
     * an organisation of the platform has that USCC, the contract is linked to it, and its members read it too.
     */
    async recordOffline(actor: Actor | null, input: z.output<typeof offlineContractInputSchema>) {
      if (!actor) throw commonErrors.unauthenticated();
      if (!actor.orgId) throw marketErrors.notMember();
      const sellerOrgId = actor.orgId;
      return db.transaction(async (tx) => {
        const seller = await orgs.byId(tx, sellerOrgId);
        if (seller?.status !== 'verified') throw marketErrors.orgNotVerified();
        const { rows } = await tx.execute(
          sql`SELECT id FROM org_directory WHERE uscc = ${input.buyerUscc} AND status = 'verified' LIMIT 1`,
        );
        const buyerOrgId = rows[0] ? Number((rows[0] as { id: number }).id) : null;
        if (buyerOrgId === sellerOrgId || input.buyerUscc === seller.uscc) throw marketErrors.offlineOwnBuyer();
        const now = clock.now();
        const t = terms(input);
        const [c] = await tx
          .insert(marketContracts)
          .values({
            dealId: null,
            offline: true,
            ...t,
            sellerOrgId,
            buyerOrgId,
            buyerName: buyerOrgId === null ? input.buyerName : null,
            buyerUscc: buyerOrgId === null ? input.buyerUscc : null,
            field: input.field,
            signedFile: input.signedFile,
            status: 'signed',
            sellerConfirmedAt: now,
            createdBy: actor.userId,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        const created = c as ContractRow;
        await files(tx, actor, created, input.signedFile);
        await recordAudit(tx, actor, {
          action: 'market.contract.record_offline',
          entity: 'market_contract',
          entityId: created.id,
          after: { ...t, buyerOrgId, buyerName: input.buyerName, buyerUscc: input.buyerUscc },
        });
        if (buyerOrgId !== null)
          await notifyOrg(tx, buyerOrgId, {
            kind: 'market.contract_signed',
            params: { title: input.title },
            link: `/my/market/contracts/${created.id}`,
          });
        return toContract(tx, created, sellerOrgId);
      });
    },

    async get(actor: Actor | null, id: number) {
      const { r, side } = await load(db, actor, id);
      if (!side && !can(actor as Actor, MARKET_ACTIONS.readDeals) && !can(actor as Actor, MARKET_ACTIONS.register))
        throw marketErrors.contractNotFound();
      return toContract(db, r, (actor as Actor).orgId);
    },
  };
}
export type ContractService = ReturnType<typeof createContractService>;
