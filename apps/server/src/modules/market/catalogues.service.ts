import {
  ACHIEVEMENT_STAGES,
  type Catalogue,
  type CatalogueDetail,
  type CatalogueEntry,
  type catalogueInputSchema,
  type catalogueListQuerySchema,
  type catalogueUpdateSchema,
  TECH_FIELDS,
  TRANSFER_MODES,
} from '@cz/shared/market';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { likeFragment } from '../../kernel/db/search.ts';
import { pageClause, pageOf } from '../../kernel/paging.ts';
import { authorize, can } from '../../kernel/policy.ts';
import { catalogueErrors } from './market.errors.ts';
import { MARKET_ACTIONS } from './market.permissions.ts';
import { pdfBuffer } from './pdf.ts';

type Row = {
  id: number;
  year: number;
  title: string;
  intro: string;
  status: 'draft' | 'published';
  published_at: string | null;
  updated_at: string;
  entry_count: number;
};
const toCatalogue = (r: Row): Catalogue => ({
  id: Number(r.id),
  year: Number(r.year),
  title: r.title,
  intro: r.intro,
  status: r.status,
  publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
  entryCount: Number(r.entry_count),
  updatedAt: new Date(r.updated_at).toISOString(),
});
const SELECT = sql`
  SELECT c.*, (SELECT count(*)::int FROM market_catalogue_entries e WHERE e.catalogue_id = c.id) AS entry_count
  FROM market_catalogues c`;

/**
 * 先进适用技术指导目录: the administration compiles a year's catalogue from published achievements (which ones, in
 * which order, a note each) and publishes it; the public reads it as a page, a PDF or a workbook. A published
 * catalogue is fixed (a trigger holds it) until it is withdrawn to a draft. Every step is audited.
 */
export function createCatalogueService({ db, clock }: { db: Db; clock: Clock }) {
  const editor = (actor: Actor | null) => authorize(actor, MARKET_ACTIONS.review);
  const mayReadDrafts = (actor: Actor | null) => !!actor && can(actor, MARKET_ACTIONS.review);

  async function one(tx: Tx, id: number, forUpdate = false) {
    if (forUpdate) await tx.execute(sql`SELECT 1 FROM market_catalogues WHERE id = ${id} FOR UPDATE`);
    const { rows } = await tx.execute(sql`${SELECT} WHERE c.id = ${id}`);
    return rows[0] as Row | undefined;
  }
  async function entries(tx: Tx, id: number): Promise<CatalogueEntry[]> {
    const { rows } = await tx.execute(sql`
      SELECT e.position, e.achievement_id, a.title, o.name AS owner_name, a.field, a.stage, a.transfer_modes,
             a.summary, e.note
      FROM market_catalogue_entries e
      JOIN market_achievements a ON a.id = e.achievement_id
      JOIN org_directory o ON o.id = a.owner_org_id
      WHERE e.catalogue_id = ${id} ORDER BY e.position`);
    return (rows as Record<string, unknown>[]).map((r) => ({
      position: Number(r.position),
      achievementId: Number(r.achievement_id),
      title: String(r.title),
      ownerName: String(r.owner_name),
      field: r.field as CatalogueEntry['field'],
      stage: r.stage as CatalogueEntry['stage'],
      transferModes: r.transfer_modes as CatalogueEntry['transferModes'],
      summary: String(r.summary),
      note: String(r.note),
    }));
  }
  async function detail(tx: Tx, id: number): Promise<CatalogueDetail> {
    return { ...toCatalogue((await one(tx, id)) as Row), entries: await entries(tx, id) };
  }
  async function readable(actor: Actor | null, id: number) {
    const r = await one(db, id);
    if (!r || (r.status !== 'published' && !mayReadDrafts(actor))) throw catalogueErrors.notFound();
    return r;
  }

  return {
    /** The catalogues, newest year first, found by a fragment of the title or introduction, or by the year. */
    async list(actor: Actor | null, q: z.output<typeof catalogueListQuerySchema>) {
      const drafts = mayReadDrafts(actor);
      const status = drafts ? q.status : 'published';
      const parts = [status ? sql`c.status = ${status}` : sql`true`];
      if (q.q) {
        const like = likeFragment(q.q);
        parts.push(sql`(c.title ILIKE ${like} OR c.intro ILIKE ${like} OR c.year::text = ${q.q})`);
      }
      const where = sql.join(parts, sql` AND `);
      const { rows } = await db.execute(sql`${SELECT} WHERE ${where} ORDER BY c.year DESC ${pageClause(q)}`);
      const { rows: n } = await db.execute(sql`SELECT count(*)::int AS n FROM market_catalogues c WHERE ${where}`);
      return pageOf((rows as Row[]).map(toCatalogue), Number((n[0] as { n: number }).n), q);
    },

    async get(actor: Actor | null, id: number) {
      await readable(actor, id);
      return detail(db, id);
    },

    async create(actor: Actor | null, input: z.output<typeof catalogueInputSchema>) {
      const a = editor(actor);
      return db.transaction(async (tx) => {
        const now = clock.now().toISOString();
        const { rows } = await tx.execute(sql`
          INSERT INTO market_catalogues (year, title, intro, created_by, created_at, updated_at)
          VALUES (${input.year}, ${input.title}, ${input.intro}, ${a.userId}, ${now}, ${now})
          ON CONFLICT (year) DO NOTHING RETURNING id`);
        const id = Number((rows[0] as { id: number } | undefined)?.id ?? 0);
        if (!id) throw catalogueErrors.yearTaken();
        await recordAudit(tx, a, {
          action: 'market.catalogue.create',
          entity: 'market_catalogue',
          entityId: id,
          after: input,
        });
        return detail(tx, id);
      });
    },

    /** The text and the whole ordered list of entries; published achievements only, a draft only. */
    async update(actor: Actor | null, id: number, input: z.output<typeof catalogueUpdateSchema>) {
      const a = editor(actor);
      return db.transaction(async (tx) => {
        const r = await one(tx, id, true);
        if (!r) throw catalogueErrors.notFound();
        if (r.status === 'published') throw catalogueErrors.published();
        const ids = input.entries.map((e) => e.achievementId);
        if (ids.length > 0) {
          const { rows } = await tx.execute(sql`
            SELECT count(*)::int AS n FROM market_achievements
            WHERE id = ANY(${`{${ids.join(',')}}`}::bigint[]) AND status = 'published'`);
          if (Number((rows[0] as { n: number }).n) !== ids.length) throw catalogueErrors.unpublishedEntry();
        }
        try {
          await tx.execute(sql`
            UPDATE market_catalogues SET year = ${input.year}, title = ${input.title}, intro = ${input.intro},
                   updated_at = ${clock.now().toISOString()}
            WHERE id = ${id}`);
        } catch (err) {
          if (isUniqueViolation(err)) throw catalogueErrors.yearTaken();
          throw err;
        }
        const before = (await entries(tx, id)).map((e) => e.achievementId);
        await tx.execute(sql`DELETE FROM market_catalogue_entries WHERE catalogue_id = ${id}`);
        for (const [i, e] of input.entries.entries())
          await tx.execute(sql`
            INSERT INTO market_catalogue_entries (catalogue_id, achievement_id, position, note)
            VALUES (${id}, ${e.achievementId}, ${i + 1}, ${e.note})`);
        await recordAudit(tx, a, {
          action: 'market.catalogue.update',
          entity: 'market_catalogue',
          entityId: id,
          before: { title: r.title, entries: before },
          after: { title: input.title, entries: ids },
        });
        return detail(tx, id);
      });
    },

    /** Publishes a draft (with at least one entry, all still published), or withdraws a published one to a draft. */
    async setPublished(actor: Actor | null, id: number, publish: boolean) {
      const a = editor(actor);
      return db.transaction(async (tx) => {
        const r = await one(tx, id, true);
        if (!r) throw catalogueErrors.notFound();
        if ((r.status === 'published') === publish) throw catalogueErrors.state();
        if (publish) {
          const list = await entries(tx, id);
          if (list.length === 0) throw catalogueErrors.state('a catalogue needs at least one entry');
          const { rows } = await tx.execute(sql`
            SELECT count(*)::int AS n FROM market_catalogue_entries e JOIN market_achievements x ON x.id = e.achievement_id
            WHERE e.catalogue_id = ${id} AND x.status <> 'published'`);
          if (Number((rows[0] as { n: number }).n) > 0) throw catalogueErrors.unpublishedEntry();
        }
        const now = clock.now().toISOString();
        await tx.execute(sql`
          UPDATE market_catalogues SET status = ${publish ? 'published' : 'draft'},
                 published_at = ${publish ? now : null}, updated_at = ${now}
          WHERE id = ${id}`);
        await recordAudit(tx, a, {
          action: publish ? 'market.catalogue.publish' : 'market.catalogue.withdraw',
          entity: 'market_catalogue',
          entityId: id,
          before: { status: r.status },
          after: { status: publish ? 'published' : 'draft' },
        });
        return detail(tx, id);
      });
    },

    /** The catalogue as a PDF: the title, the introduction, then each entry with its field, stage, modes and note. */
    async pdf(actor: Actor | null, id: number) {
      await readable(actor, id);
      const c = await detail(db, id);
      const body = await pdfBuffer({ Title: c.title, Subject: `${c.year} 先进适用技术指导目录` }, (doc) => {
        const width = doc.page.width - 128;
        doc.fontSize(20).text(c.title, { width, align: 'center' });
        if (c.status !== 'published')
          doc.fontSize(10).fillColor('#c00').text('（草稿 Draft）', { width, align: 'center' });
        doc.moveDown().fillColor('#000');
        if (c.intro) doc.fontSize(11).text(c.intro, { width });
        doc.moveDown();
        for (const e of c.entries) {
          doc.fontSize(13).fillColor('#000').text(`${e.position}. ${e.title}`, { width });
          doc
            .fontSize(10)
            .fillColor('#555')
            .text(
              `${e.ownerName} · ${TECH_FIELDS[e.field].zh} · ${ACHIEVEMENT_STAGES[e.stage].zh} · ${e.transferModes.map((m) => TRANSFER_MODES[m].zh).join('、')}`,
              { width },
            );
          doc.fontSize(10).fillColor('#000').text(e.summary, { width });
          if (e.note) doc.fontSize(10).fillColor('#0b5').text(`推荐说明：${e.note}`, { width });
          doc.moveDown(0.8);
        }
      });
      return { catalogue: c, body };
    },
  };
}
export type CatalogueService = ReturnType<typeof createCatalogueService>;
