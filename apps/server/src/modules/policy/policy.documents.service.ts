import {
  type PolicyAttachment,
  type PolicyDocument,
  type PolicyDocumentInputParsed,
  type PolicyDocumentRef,
  type PolicyDocumentRow,
  type policyAdminQuerySchema,
  policyDocState,
  type policyRepealBodySchema,
  shanghaiDate,
} from '@cz/shared';
import type { z } from 'zod';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudit } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { isUniqueViolation } from '../../kernel/db/pg-error.ts';
import { pageOf, pageWindow } from '../../kernel/paging.ts';
import { authorize } from '../../kernel/policy.ts';
import { attachUploads } from '../upload/index.ts';
import { policyDocumentErrors } from './policy.documents.errors.ts';
import { POLICY_DOCUMENT_ACTIONS } from './policy.documents.permissions.ts';
import type { PolicyDocumentRepository } from './policy.documents.repository.ts';
import type { PolicyDocumentRowDb } from './policy.documents.table.ts';
import { htmlToText, sanitizeRichText } from './policy.rich-text.ts';
import { keyTermsOf, searchVectorsOf } from './policy.search.ts';

/** The upload module's record kind of a document's attachments. */
export const ATTACHMENT_KIND = 'policy_document';

/** Turns the database's refusal of a second document with an issuer's 文号 into the library's error. */
export async function guardNumber<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err, 'policy_documents_number_key')) throw policyDocumentErrors.numberTaken();
    throw err;
  }
}

/** The stored columns of an input: sanitised rich text, its plain text, the vector and the key words. */
export function storedColumns(input: PolicyDocumentInputParsed) {
  const bodyHtml = sanitizeRichText(input.bodyHtml);
  const interpretationHtml = sanitizeRichText(input.interpretationHtml);
  const bodyText = htmlToText(bodyHtml);
  const interpretationText = htmlToText(interpretationHtml);
  const vectors = searchVectorsOf({ ...input, bodyText, interpretationText });
  return {
    ...input,
    bodyHtml,
    bodyText,
    interpretationHtml,
    interpretationText,
    keyTerms: keyTermsOf({ title: input.title, interpretationText, bodyText }),
    search: vectors.search as unknown as string,
    rankVector: vectors.rank as unknown as string,
  };
}

/** What an audit row keeps of a document: its facts and rich text, not the derived copies. */
function audited(row: Partial<PolicyDocumentRowDb>) {
  const { search: _s, rankVector: _r, bodyText: _b, interpretationText: _i, keyTerms: _k, ...kept } = row;
  return kept;
}

/** The fields of `after` that differ from `before`, and their values before. */
function changes(before: PolicyDocumentRowDb, after: PolicyDocumentRowDb) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  const kept = audited(after) as Record<string, unknown>;
  const was = audited(before) as Record<string, unknown>;
  for (const key of Object.keys(kept)) {
    if (key === 'updatedAt' || key === 'updatedBy') continue;
    if (JSON.stringify(was[key]) !== JSON.stringify(kept[key])) {
      b[key] = was[key];
      a[key] = kept[key];
    }
  }
  return { before: b, after: a };
}

const toRef = (
  r: {
    id: number;
    title: string;
    docNumber: string | null;
    issuer: string;
    level: PolicyDocumentRef['level'];
    issuedOn: string | null;
    status: PolicyDocumentRowDb['status'];
    expiresOn: string | null;
  },
  today: string,
): PolicyDocumentRef => ({
  id: r.id,
  title: r.title,
  docNumber: r.docNumber,
  issuer: r.issuer,
  level: r.level,
  issuedOn: r.issuedOn,
  state: policyDocState(r, today),
});

export function createPolicyDocumentService({
  db,
  documents,
  clock,
}: {
  db: Db;
  documents: PolicyDocumentRepository;
  clock: Clock;
}) {
  const today = () => shanghaiDate(clock.now());

  async function detail(tx: Tx, row: PolicyDocumentRowDb): Promise<PolicyDocument> {
    const day = today();
    // One after another: inside a transaction the statements share one connection.
    const attachments = await documents.attachments(tx, row.id);
    const replacedBy = row.replacedBy ? await documents.refs(tx, [row.replacedBy]) : [];
    const replaces = await documents.replacedBy(tx, row.id);
    const successor = replacedBy[0];
    return {
      id: row.id,
      title: row.title,
      docNumber: row.docNumber,
      issuer: row.issuer,
      level: row.level,
      department: row.department,
      issuedOn: row.issuedOn,
      effectiveFrom: row.effectiveFrom,
      expiresOn: row.expiresOn,
      status: row.status,
      state: policyDocState(row, day),
      bodyHtml: row.bodyHtml,
      interpretationHtml: row.interpretationHtml,
      faq: row.faq,
      industries: row.industries,
      enterpriseKinds: row.enterpriseKinds,
      supportKinds: row.supportKinds,
      topics: row.topics,
      attachments,
      repealedOn: row.repealedOn,
      repealNote: row.repealNote,
      replacedBy: successor ? toRef(successor, day) : null,
      replaces: replaces.map((r) => toRef(r, day)),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  /** A document the actor may change (locked): managers of its department, and repealed ones stay as they were. */
  async function managed(tx: Tx, actor: Actor | null, id: number) {
    const row = await documents.byId(tx, id, true);
    if (!row) {
      authorize(actor, POLICY_DOCUMENT_ACTIONS.manage);
      throw policyDocumentErrors.notFound();
    }
    authorize(actor, POLICY_DOCUMENT_ACTIONS.manage, { department: row.department });
    return row;
  }

  /** Makes the upload module's record of the document's files public exactly while the document is published. */
  async function shareAttachments(tx: Tx, actor: Actor, id: number, status: string, list: PolicyAttachment[]) {
    await attachUploads(
      tx,
      actor,
      { kind: ATTACHMENT_KIND, id, orgIds: [], public: status === 'published' },
      list.map((a) => a.hash),
    );
  }

  return {
    today,
    detail,

    /** The administration's list: every state, with the filters of the library and a fragment search. */
    async list(actor: Actor | null, q: z.output<typeof policyAdminQuerySchema>) {
      authorize(actor, POLICY_DOCUMENT_ACTIONS.readAll);
      const day = today();
      const { items, total } = await documents.list(
        { ...q, state: q.status, fragment: q.q },
        day,
        pageWindow(q),
        q.sort,
      );
      return pageOf(
        items.map(
          (r): PolicyDocumentRow => ({
            ...r,
            state: policyDocState(r, day),
            publishedAt: r.publishedAt?.toISOString() ?? null,
            updatedAt: r.updatedAt.toISOString(),
          }),
        ),
        total,
        q,
      );
    },

    /** Any document, for the administration. */
    async get(actor: Actor | null, id: number) {
      authorize(actor, POLICY_DOCUMENT_ACTIONS.readAll);
      const row = await documents.byId(db, id);
      if (!row) throw policyDocumentErrors.notFound();
      return detail(db, row);
    },

    /** A published document, for anyone; drafts and repealed documents are not found. */
    async getPublished(id: number) {
      const row = await documents.byId(db, id);
      if (row?.status !== 'published') throw policyDocumentErrors.notFound();
      return detail(db, row);
    },

    /** A new draft; its department is the actor's when not given. */
    async create(actor: Actor | null, input: PolicyDocumentInputParsed) {
      const department = input.department || actor?.department || '';
      const who = authorize(actor, POLICY_DOCUMENT_ACTIONS.manage, { department });
      return db.transaction(async (tx) => {
        const now = clock.now();
        const [created] = await guardNumber(() =>
          documents.insert(tx, [
            {
              ...storedColumns({ ...input, department }),
              createdBy: who.userId,
              createdAt: now,
              updatedBy: who.userId,
              updatedAt: now,
            },
          ]),
        );
        if (!created) throw new Error('insert returned nothing');
        const row = (await documents.byId(tx, created.id)) as PolicyDocumentRowDb;
        await recordAudit(tx, actor, {
          action: 'policy.document.create',
          entity: 'policy_document',
          entityId: row.id,
          after: audited(row),
        });
        return detail(tx, row);
      });
    },

    /** Changes a draft or a published document (a correction is live at once); repealed documents are kept. */
    async update(actor: Actor | null, id: number, input: PolicyDocumentInputParsed) {
      return db.transaction(async (tx) => {
        const before = await managed(tx, actor, id);
        if (before.status === 'repealed') throw policyDocumentErrors.repealed();
        const department = input.department || before.department;
        authorize(actor, POLICY_DOCUMENT_ACTIONS.manage, { department });
        const after = await guardNumber(() =>
          documents.update(tx, id, {
            ...storedColumns({ ...input, department }),
            updatedBy: actor?.userId ?? null,
            updatedAt: clock.now(),
          }),
        );
        const { before: was, after: is } = changes(before, after);
        await recordAudit(tx, actor, {
          action: 'policy.document.update',
          entity: 'policy_document',
          entityId: id,
          before: was,
          after: is,
        });
        return detail(tx, after);
      });
    },

    /** Publishes a draft: it needs its date of issue; its attachments become readable by anyone. */
    async publish(actor: Actor | null, id: number) {
      return db.transaction(async (tx) => {
        const before = await managed(tx, actor, id);
        if (before.status !== 'draft') throw policyDocumentErrors.notDraft();
        if (!before.issuedOn) throw policyDocumentErrors.issuedOnRequired();
        const now = clock.now();
        const after = await documents.update(tx, id, {
          status: 'published',
          publishedAt: now,
          publishedBy: actor?.userId ?? null,
          updatedBy: actor?.userId ?? null,
          updatedAt: now,
        });
        await shareAttachments(tx, actor as Actor, id, 'published', await documents.attachments(tx, id));
        await recordAudit(tx, actor, {
          action: 'policy.document.publish',
          entity: 'policy_document',
          entityId: id,
          before: { status: before.status },
          after: { status: after.status, publishedAt: after.publishedAt },
        });
        return detail(tx, after);
      });
    },

    /**
     * Repeals a published document from a date, optionally naming the published document that replaces it; it
     * leaves the public library, and so do its attachments.
     */
    async repeal(actor: Actor | null, id: number, body: z.output<typeof policyRepealBodySchema>) {
      return db.transaction(async (tx) => {
        const before = await managed(tx, actor, id);
        if (before.status !== 'published') throw policyDocumentErrors.notPublished();
        const replacedBy = body.replacedBy ?? null;
        if (replacedBy !== null) {
          const successor = replacedBy === id ? undefined : await documents.byId(tx, replacedBy);
          if (successor?.status !== 'published') throw policyDocumentErrors.replacementInvalid();
        }
        const now = clock.now();
        const after = await documents.update(tx, id, {
          status: 'repealed',
          repealedOn: body.repealedOn,
          repealedAt: now,
          repealedBy: actor?.userId ?? null,
          replacedBy,
          repealNote: body.note,
          updatedBy: actor?.userId ?? null,
          updatedAt: now,
        });
        await shareAttachments(tx, actor as Actor, id, 'repealed', await documents.attachments(tx, id));
        await recordAudit(tx, actor, {
          action: 'policy.document.repeal',
          entity: 'policy_document',
          entityId: id,
          before: { status: before.status },
          after: { status: after.status, repealedOn: after.repealedOn, replacedBy, note: body.note },
        });
        return detail(tx, after);
      });
    },

    /** Makes `list` the document's attachments (uploads the actor may attach, through the upload module). */
    async setAttachments(actor: Actor | null, id: number, list: PolicyAttachment[]) {
      return db.transaction(async (tx) => {
        const row = await managed(tx, actor, id);
        const unique = [...new Map(list.map((a) => [a.hash, a])).values()];
        const before = await documents.attachments(tx, id);
        await shareAttachments(tx, actor as Actor, id, row.status, unique);
        await documents.setAttachments(tx, id, unique);
        const after = await documents.update(tx, id, { updatedBy: actor?.userId ?? null, updatedAt: clock.now() });
        await recordAudit(tx, actor, {
          action: 'policy.document.attachments',
          entity: 'policy_document',
          entityId: id,
          before: { attachments: before },
          after: { attachments: unique },
        });
        return detail(tx, after);
      });
    },
  };
}
export type PolicyDocumentService = ReturnType<typeof createPolicyDocumentService>;
