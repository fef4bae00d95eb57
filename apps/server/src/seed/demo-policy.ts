import { policyDocumentInputSchema } from '@cz/shared';
import { eq } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { storedColumns } from '../modules/policy/policy.documents.service.ts';
import { policyDocuments } from '../modules/policy/policy.documents.table.ts';
import { DEMO_POLICIES } from './demo-policy.data.ts';

const paragraphs = (lines: string[]) => lines.map((l) => `<p>${l}</p>`).join('');

/**
 * The demo library: the documents of demo-policy.data.ts stored as the administration would write them (sanitised,
 * segmented for search), published on their date of issue, one repealed in favour of its successor, one left a draft.
 */
export async function seedPolicyDemo(tx: Tx, ctx: { now: Date; adminUserId: number | null }) {
  const idOf = new Map<string, number>();
  for (const p of DEMO_POLICIES) {
    const input = policyDocumentInputSchema.parse({
      ...p,
      bodyHtml: paragraphs(p.body),
      interpretationHtml: paragraphs(p.interpretation),
    });
    const published = p.status !== 'draft';
    const [row] = await tx
      .insert(policyDocuments)
      .values({
        ...storedColumns(input),
        status: published ? 'published' : 'draft',
        publishedAt: published ? ctx.now : null,
        publishedBy: published ? ctx.adminUserId : null,
        createdBy: ctx.adminUserId,
        createdAt: ctx.now,
        updatedBy: ctx.adminUserId,
        updatedAt: ctx.now,
      })
      .returning({ id: policyDocuments.id });
    if (row) idOf.set(p.key, row.id);
  }
  for (const p of DEMO_POLICIES) {
    if (typeof p.status !== 'object') continue;
    await tx
      .update(policyDocuments)
      .set({
        status: 'repealed',
        repealedOn: p.status.repealedOn,
        repealedAt: ctx.now,
        repealedBy: ctx.adminUserId,
        replacedBy: idOf.get(p.status.replacedBy) ?? null,
        repealNote: '由新版办法替代',
      })
      .where(eq(policyDocuments.id, idOf.get(p.key) as number));
  }
  return { policyDocuments: idOf.size };
}
