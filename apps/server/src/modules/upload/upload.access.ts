import { type SQL, sql } from 'drizzle-orm';
import { type Actor, isAdmin } from '../../kernel/actor.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors, createError } from '../../kernel/errors.ts';

export const uploadErrors = {
  type: createError('upload.type', 415, 'this file type is not accepted'),
  mismatch: createError('upload.content_mismatch', 415, 'the file content does not match its type'),
  empty: createError('upload.empty', 400, 'the file is empty'),
  notFound: createError('upload.not_found', 404, 'no such file'),
  notAttachable: createError(
    'upload.not_attachable',
    403,
    'a file can be attached only by who uploaded it or can already read it',
  ),
};

/**
 * A record that files are attached to, as its owning module describes it: `kind` names the record type
 * (`order_delivery`, `voucher_claim`…), `orgIds` are its parties, who may read its files; `public` files (instrument
 * photos) are open to everyone and served with public caching — from `publicFrom` on when it is given (the files of
 * an article scheduled for that time), so that they open with their record without waiting for a job.
 */
export type AttachmentRecord = {
  kind: string;
  id: number;
  orgIds: number[];
  public?: boolean;
  publicFrom?: Date | null;
};

/** Whether an attachment row `a` is open to everyone at the instant `now` (an SQL expression). */
const openAt = (now: SQL) => sql`a.public AND (a.public_from IS NULL OR a.public_from <= ${now})`;

const HASH = /^[0-9a-f]{64}$/;
const textArray = (hashes: string[]) => `{${hashes.join(',')}}`;

/**
 * Makes `hashes` the files attached to `record`, inside the caller's transaction. A file newly attached must be one
 * the actor holds (uploaded by them or their organisation) or can read already (through a record of theirs, or
 * public); a public attachment needs a file the actor holds or one public already, so attaching as an instrument
 * photo never publishes a document someone else uploaded. Administrators may attach any stored file. Refuses with
 * `upload.not_attachable`, naming the refused hashes, and changes nothing; files no longer named are detached.
 */
export async function attachUploads(tx: Tx, actor: Actor, record: AttachmentRecord, hashes: string[]): Promise<void> {
  const wanted = [...new Set(hashes)];
  const malformed = wanted.filter((h) => !HASH.test(h));
  if (malformed.length > 0)
    throw uploadErrors.notAttachable(
      undefined,
      malformed.map((hash) => ({ hash })),
    );
  const isPublic = record.public ?? false;
  if (wanted.length > 0) {
    const org = actor.orgId ?? -1;
    const { rows } = await tx.execute(sql`
      SELECT w.hash,
             EXISTS (SELECT 1 FROM uploads u WHERE u.hash = w.hash) AS stored,
             EXISTS (SELECT 1 FROM upload_attachments a
                     WHERE a.record_kind = ${record.kind} AND a.record_id = ${record.id} AND a.hash = w.hash) AS kept,
             EXISTS (SELECT 1 FROM upload_holders h
                     WHERE h.hash = w.hash AND (h.user_id = ${actor.userId} OR h.org_id = ${org})) AS held,
             EXISTS (SELECT 1 FROM upload_attachments a WHERE a.hash = w.hash AND ${openAt(sql`now()`)}) AS open,
             EXISTS (SELECT 1 FROM upload_attachments a WHERE a.hash = w.hash AND ${org} = ANY(a.org_ids)) AS shared
      FROM unnest(${textArray(wanted)}::text[]) AS w(hash)`);
    const refused = (
      rows as { hash: string; stored: boolean; kept: boolean; held: boolean; open: boolean; shared: boolean }[]
    )
      .filter((r) => {
        if (!r.stored) return true;
        if (isAdmin(actor) || r.kept || r.held || r.open) return false;
        return isPublic || !r.shared;
      })
      .map((r) => ({ hash: r.hash }));
    if (refused.length > 0) throw uploadErrors.notAttachable(undefined, refused);
  }
  await tx.execute(sql`
    DELETE FROM upload_attachments
    WHERE record_kind = ${record.kind} AND record_id = ${record.id} AND NOT (hash = ANY(${textArray(wanted)}::text[]))`);
  if (wanted.length === 0) return;
  await tx.execute(sql`
    INSERT INTO upload_attachments (hash, record_kind, record_id, org_ids, public, public_from)
    SELECT w.hash, ${record.kind}, ${record.id}, ${textArray(record.orgIds.map(String))}::bigint[], ${isPublic},
           ${isPublic && record.publicFrom ? record.publicFrom.toISOString() : null}::timestamptz
    FROM unnest(${textArray(wanted)}::text[]) AS w(hash)
    ON CONFLICT (record_kind, record_id, hash)
    DO UPDATE SET org_ids = EXCLUDED.org_ids, public = EXCLUDED.public, public_from = EXCLUDED.public_from`);
}

/** Which of `hashes` an organisation holds: uploaded by it or by one of its members on its behalf. */
export async function heldByOrg(tx: Tx, orgId: number, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const { rows } = await tx.execute(sql`
    SELECT DISTINCT hash FROM upload_holders WHERE org_id = ${orgId} AND hash = ANY(${textArray(hashes)}::text[])`);
  return new Set(rows.map((r) => r.hash as string));
}

/** Records that the actor uploaded this content (a second upload of the same bytes by someone else included). */
export async function recordHolder(db: Db, actor: Actor, hash: string): Promise<void> {
  await db.execute(sql`
    INSERT INTO upload_holders (hash, user_id, org_id) VALUES (${hash}, ${actor.userId}, ${actor.orgId})
    ON CONFLICT (hash, user_id) DO NOTHING`);
}

/**
 * Whether a stored file may be read at `now`: `public` when it is attached publicly and open by then (anyone, public
 * caching); otherwise only by administrators, its uploaders and their organisations, and the parties of the records
 * it is attached to. Anonymous callers learn only that they must log in, and others that there is no such file, so a
 * hash's existence is not told.
 */
export async function assertReadable(
  db: Db,
  actor: Actor | null,
  hash: string,
  now: Date = new Date(),
): Promise<{ public: boolean }> {
  const org = actor?.orgId ?? -1;
  const { rows } = await db.execute(sql`
    SELECT EXISTS (SELECT 1 FROM upload_attachments a
                   WHERE a.hash = ${hash} AND ${openAt(sql`${now.toISOString()}::timestamptz`)}) AS open,
           EXISTS (SELECT 1 FROM upload_holders h
                   WHERE h.hash = ${hash} AND (h.user_id = ${actor?.userId ?? -1} OR h.org_id = ${org})) AS held,
           EXISTS (SELECT 1 FROM upload_attachments a WHERE a.hash = ${hash} AND ${org} = ANY(a.org_ids)) AS shared`);
  const r = rows[0] as { open: boolean; held: boolean; shared: boolean };
  if (r.open) return { public: true };
  if (!actor) throw commonErrors.unauthenticated();
  if (!(isAdmin(actor) || r.held || r.shared)) throw uploadErrors.notFound();
  return { public: false };
}
