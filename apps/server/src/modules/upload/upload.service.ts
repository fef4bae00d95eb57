import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import { type Clock, systemClock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { commonErrors } from '../../kernel/errors.ts';
import { assertReadable, recordHolder, uploadErrors } from './upload.access.ts';

/** Accepted types and the first bytes their content must start with. */
export const UPLOAD_TYPES: Record<string, { magic: number[]; image: boolean }> = {
  'image/png': { magic: [0x89, 0x50, 0x4e, 0x47], image: true },
  'image/jpeg': { magic: [0xff, 0xd8, 0xff], image: true },
  'application/pdf': { magic: [0x25, 0x50, 0x44, 0x46], image: false },
  'application/zip': { magic: [0x50, 0x4b, 0x03, 0x04], image: false },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    magic: [0x50, 0x4b, 0x03, 0x04],
    image: false,
  },
};

/** Files live under `dir/ab/<sha256>`, named by their content hash, outside the web root. */
export function createUploadService({ db, dir, clock = systemClock }: { db: Db; dir: string; clock?: Clock }) {
  const fileOf = (hash: string) => path.join(dir, hash.slice(0, 2), hash);

  return {
    async store(actor: Actor | null, body: Buffer, mime: string, name: string) {
      if (!actor) throw commonErrors.unauthenticated();
      const type = UPLOAD_TYPES[mime];
      if (!type) throw uploadErrors.type();
      if (body.length === 0) throw uploadErrors.empty();
      if (!type.magic.every((b, i) => body[i] === b)) throw uploadErrors.mismatch();
      const hash = createHash('sha256').update(body).digest('hex');
      const file = fileOf(hash);
      const exists = await stat(file).then(
        () => true,
        () => false,
      );
      if (!exists) {
        await mkdir(path.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
        await writeFile(tmp, body);
        await rename(tmp, file);
      }
      const safeName = name.replace(/[\\/\0\r\n]/g, '_').slice(0, 200) || hash;
      await db.execute(sql`
        INSERT INTO uploads (hash, size, mime, original_name, uploaded_by)
        VALUES (${hash}, ${body.length}, ${mime}, ${safeName}, ${actor.userId})
        ON CONFLICT (hash) DO NOTHING`);
      await recordHolder(db, actor, hash);
      return { hash, size: body.length, mime, name: safeName };
    },

    /** The file, if the actor may read it (`assertReadable`); `public` says whether it may be cached publicly. */
    async read(actor: Actor | null, hash: string) {
      const access = await assertReadable(db, actor, hash, clock.now());
      const { rows } = await db.execute(sql`SELECT mime, original_name FROM uploads WHERE hash = ${hash}`);
      const row = rows[0] as { mime: string; original_name: string } | undefined;
      if (!row) throw uploadErrors.notFound();
      return {
        body: await readFile(fileOf(hash)),
        mime: row.mime,
        name: row.original_name,
        image: UPLOAD_TYPES[row.mime]?.image ?? false,
        public: access.public,
      };
    },
  };
}
export type UploadService = ReturnType<typeof createUploadService>;

/** Whether every one of these content hashes is a stored upload (documents named by other modules' records). */
export async function allStored(tx: Tx, hashes: string[]): Promise<boolean> {
  const wanted = [...new Set(hashes)];
  if (wanted.length === 0) return true;
  const { rows } = await tx.execute(
    sql`SELECT count(DISTINCT hash)::int AS n FROM uploads WHERE hash = ANY(${`{${wanted.join(',')}}`}::text[])`,
  );
  return Number(rows[0]?.n) === wanted.length;
}

/** The stored uploads among these content hashes, with their type and name (for records that keep what they name). */
export async function storedFiles(tx: Tx, hashes: string[]): Promise<Map<string, { mime: string; name: string }>> {
  const wanted = [...new Set(hashes)];
  if (wanted.length === 0) return new Map();
  const { rows } = await tx.execute(
    sql`SELECT hash, mime, original_name FROM uploads WHERE hash = ANY(${`{${wanted.join(',')}}`}::text[])`,
  );
  return new Map(
    (rows as { hash: string; mime: string; original_name: string }[]).map((r) => [
      r.hash,
      { mime: r.mime, name: r.original_name },
    ]),
  );
}
