import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';

const PHOTOS = path.join(import.meta.dirname, 'photos');

/**
 * Stores the demo's instrument pictures (PNG renders of the web's category illustrations, made by
 * scripts/render-illustrations.ts) as uploads, the way an uploaded photo is kept: `dir/ab/<sha256>` and a row in
 * `uploads`. Returns the content hash for each instrument category.
 */
export async function storeDemoPhotos(tx: Tx, dir: string): Promise<Map<string, string>> {
  const byCategory = new Map<string, string>();
  for (const file of (await readdir(PHOTOS)).filter((f) => f.endsWith('.png')).sort()) {
    const body = await readFile(path.join(PHOTOS, file));
    const hash = createHash('sha256').update(body).digest('hex');
    const target = path.join(dir, hash.slice(0, 2), hash);
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(tmp, body);
      await rename(tmp, target);
    }
    await tx.execute(sql`
      INSERT INTO uploads (hash, size, mime, original_name, uploaded_by)
      VALUES (${hash}, ${body.length}, 'image/png', ${`示例-${file}`}, NULL)
      ON CONFLICT (hash) DO NOTHING`);
    byCategory.set(file.replace(/\.png$/, ''), hash);
  }
  return byCategory;
}
