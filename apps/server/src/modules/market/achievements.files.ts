import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { can } from '../../kernel/policy.ts';
import { attachUploads, heldByOrg, storedFiles, uploadErrors } from '../upload/index.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';

/** The record kind an achievement's files are attached to (upload_attachments). */
export const ACHIEVEMENT_FILES = 'market_achievement';

/**
 * Who reads an achievement's files (技术说明书, 检测报告…), the one rule both the download route (through
 * upload_attachments) and the achievement's page follow: its owner, the buyers of every deal opened on it (what
 * they negotiate about) and the administration; everyone as well, but only while the achievement is published and
 * its owner marked the files public. A draft, submitted, returned or withdrawn achievement's files are thus never
 * public: they become so by the administration's review that publishes the achievement, which reviews them with it.
 */
type FileFacts = { ownerOrgId: number; status: string; attachments: string[]; attachmentsPublic: boolean };
const isPublic = (a: FileFacts) => a.status === 'published' && a.attachmentsPublic;

/**
 * Writes who may read the achievement's files as they stand now: after the owner changed them (a file newly attached
 * must be one the actor uploaded or can read already, else upload.not_attachable), after every step of the review
 * flow, and when a deal is opened on it (its buyer joins the readers). Inside the caller's transaction.
 */
export async function shareAchievementFiles(tx: Tx, actor: Actor, id: number) {
  const { rows } = await tx.execute(sql`
    SELECT a.owner_org_id, a.status, a.attachments, a.attachments_public,
           coalesce((SELECT array_agg(DISTINCT d.buyer_org_id) FROM market_deals d WHERE d.achievement_id = a.id),
                    '{}') AS buyers
    FROM market_achievements a WHERE a.id = ${id}`);
  const r = rows[0] as
    | { owner_org_id: number; status: string; attachments: string[]; attachments_public: boolean; buyers: number[] }
    | undefined;
  if (!r) return;
  const facts = {
    ownerOrgId: Number(r.owner_org_id),
    status: r.status,
    attachments: r.attachments,
    attachmentsPublic: r.attachments_public,
  };
  // Files shown to everyone must be the owner's own uploads: a file it can only read (another party's document in
  // one of its deals) may be attached for the parties, never published — not even by the review that publishes the
  // achievement, which acts as the administration.
  if (facts.attachmentsPublic && facts.attachments.length > 0) {
    const held = await heldByOrg(tx, facts.ownerOrgId, facts.attachments);
    const foreign = facts.attachments.filter((hash) => !held.has(hash));
    if (foreign.length > 0)
      throw uploadErrors.notAttachable(
        'only files the owner uploaded can be shown to everyone',
        foreign.map((hash) => ({ hash })),
      );
  }
  await attachUploads(
    tx,
    actor,
    {
      kind: ACHIEVEMENT_FILES,
      id,
      orgIds: [facts.ownerOrgId, ...r.buyers.map(Number)],
      public: isPublic(facts),
    },
    facts.attachments,
  );
}

/** The files of an achievement that `actor` may open (none listed when it may not), with their names. */
export async function readableAchievementFiles(
  tx: Tx | Db,
  actor: Actor | null,
  a: FileFacts & { id: number },
): Promise<{ hash: string; name: string }[]> {
  if (a.attachments.length === 0) return [];
  const allowed =
    isPublic(a) ||
    can(actor, MARKET_ACTIONS.readAll) ||
    (actor?.orgId != null &&
      (actor.orgId === a.ownerOrgId ||
        (
          await tx.execute(sql`
            SELECT 1 FROM market_deals WHERE achievement_id = ${a.id} AND buyer_org_id = ${actor.orgId} LIMIT 1`)
        ).rows.length > 0));
  if (!allowed) return [];
  const files = await storedFiles(tx as Tx, a.attachments);
  return a.attachments.map((hash) => ({ hash, name: files.get(hash)?.name ?? hash.slice(0, 12) }));
}
