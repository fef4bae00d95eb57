import {
  type PolicyDocumentInputParsed,
  type PolicyFaq,
  type PolicyImportDraft,
  type PolicyImportPreview,
  type PolicyImportProblem,
  type PolicyImportResult,
  parseDocDate,
  policyDocumentInputSchema,
  XLSX_MIME,
} from '@cz/shared';
import mammoth from 'mammoth';
import type { Actor } from '../../kernel/actor.ts';
import { recordAudits } from '../../kernel/audit/audit.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { Db } from '../../kernel/db/connection.ts';
import { parseImportWorkbook } from '../../kernel/excel-import.ts';
import { authorize } from '../../kernel/policy.ts';
import { policyDocumentErrors } from './policy.documents.errors.ts';
import {
  enterpriseKindOfCell,
  industriesOfCell,
  levelOfCell,
  listCell,
  POLICY_IMPORT_COLUMNS,
  supportKindOfCell,
} from './policy.documents.excel.ts';
import { POLICY_DOCUMENT_ACTIONS } from './policy.documents.permissions.ts';
import type { PolicyDocumentRepository } from './policy.documents.repository.ts';
import { guardNumber, storedColumns } from './policy.documents.service.ts';
import { recogniseLines } from './policy.import.recognise.ts';
import { htmlToText, sanitizeRichText, textToHtml } from './policy.rich-text.ts';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const TEXT_TYPE = 'text/plain';
/** The bodies the preview reads. */
export const IMPORT_TYPES = [DOCX_TYPE, XLSX_MIME, TEXT_TYPE] as const;

const EMPTY_DRAFT: PolicyImportDraft = {
  title: '',
  docNumber: null,
  issuer: '',
  level: null,
  department: '',
  issuedOn: null,
  effectiveFrom: null,
  expiresOn: null,
  bodyHtml: '',
  interpretationHtml: '',
  faq: [],
  industries: [],
  enterpriseKinds: [],
  supportKinds: [],
  topics: [],
};

/** A text file's words: UTF-8 (with or without its mark), else GB18030, as Chinese Windows saves text. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

const lineList = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/[\s\u3000]+/g, ' ').trim())
    .filter(Boolean);

/** The fields recognised in a document's text, and its body (the lines after the title). */
function draftOfLines(lines: string[]): { draft: PolicyImportDraft; recognised: string[]; bodyFrom: number } {
  const r = recogniseLines(lines);
  const draft: PolicyImportDraft = {
    ...EMPTY_DRAFT,
    title: r.title ?? '',
    docNumber: r.docNumber,
    issuer: r.issuer ?? '',
    level: r.level,
    issuedOn: r.issuedOn,
    effectiveFrom: r.effectiveFrom,
    expiresOn: r.expiresOn,
  };
  const recognised = (
    ['title', 'docNumber', 'issuer', 'level', 'issuedOn', 'effectiveFrom', 'expiresOn'] as const
  ).filter((k) => r[k] !== null);
  return { draft, recognised, bodyFrom: r.titleLine + 1 };
}

function fromText(text: string) {
  const lines = lineList(text);
  const { draft, recognised, bodyFrom } = draftOfLines(lines);
  const bodyHtml = textToHtml(lines.slice(bodyFrom).join('\n'));
  return { draft: { ...draft, bodyHtml }, recognised: bodyHtml ? [...recognised, 'bodyHtml'] : recognised };
}

/** A Word document: mammoth's HTML, sanitised, split into its blocks; the body is what follows the title's block. */
async function fromDocx(buffer: Buffer) {
  const { value } = await mammoth.convertToHtml(
    { buffer },
    {
      externalFileAccess: false,
      // Pictures are not kept (the sanitiser would drop them): they are not even read.
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    },
  );
  const html = sanitizeRichText(value);
  const blocks = [...html.matchAll(/<(p|h[2-4]|table|ul|ol|blockquote|pre)\b[^>]*>[\s\S]*?<\/\1>/g)].map((m) => ({
    html: m[0],
    text: htmlToText(m[0]).replace(/\s+/g, ' ').trim(),
  }));
  const lines = blocks.map((b) => b.text).filter(Boolean);
  const { draft, recognised, bodyFrom } = draftOfLines(lines);
  // The line index counts non-empty blocks: skip as many of them.
  let seen = 0;
  const body: string[] = [];
  for (const b of blocks) {
    if (!b.text) continue;
    if (seen++ >= bodyFrom) body.push(b.html);
  }
  const bodyHtml = body.join('');
  return { draft: { ...draft, bodyHtml }, recognised: bodyHtml ? [...recognised, 'bodyHtml'] : recognised };
}

/** 问：… 答：… pairs of a cell (or Q: … A: …), in order. */
export function faqOfText(text: string): PolicyFaq[] {
  const out: PolicyFaq[] = [];
  let current: { question: string; answer: string } | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const q = /^(?:问|Q)\s*\d*\s*[:：.、]\s*(.*)$/i.exec(line);
    const a = /^(?:答|A)\s*\d*\s*[:：.、]\s*(.*)$/i.exec(line);
    if (q) {
      if (current) out.push(current);
      current = { question: q[1] as string, answer: '' };
    } else if (a && current) current.answer = `${current.answer}${current.answer ? '\n' : ''}${a[1]}`;
    else if (current && line) {
      if (current.answer) current.answer += `\n${line}`;
      else current.question += line;
    }
  }
  if (current) out.push(current);
  return out.filter((f) => f.question && f.answer);
}

/** A workbook of the template: one document per row, cells read by their column. */
async function fromWorkbook(buffer: Buffer) {
  const documents: { row: number; draft: PolicyImportDraft; recognised: string[]; problems: PolicyImportProblem[] }[] =
    [];
  await parseImportWorkbook(
    buffer,
    POLICY_IMPORT_COLUMNS,
    ({ raw, row }) => {
      const problems: PolicyImportProblem[] = [];
      const problem = (field: string, code: string, message: string) => problems.push({ row, field, code, message });
      const date = (key: 'issuedOn' | 'effectiveFrom' | 'expiresOn') => {
        const v = raw[key] ?? '';
        if (!v) return null;
        const d = parseDocDate(v);
        if (!d) problem(key, 'import.policy_date', `“${v}” is not a date`);
        return d;
      };
      const coded = <T>(key: string, read: (v: string) => T | undefined): T[] => {
        const out: T[] = [];
        for (const item of listCell(raw[key] ?? '')) {
          const code = read(item);
          if (code === undefined) problem(key, 'import.policy_tag', `“${item}” is not a known value`);
          else out.push(code);
        }
        return out;
      };
      const levelCell = raw.level ?? '';
      const level = levelCell ? (levelOfCell(levelCell) ?? null) : null;
      if (levelCell && !level) problem('level', 'import.policy_level', `“${levelCell}” is not a level`);
      const draft: PolicyImportDraft = {
        ...EMPTY_DRAFT,
        title: raw.title ?? '',
        docNumber: raw.docNumber || null,
        issuer: raw.issuer ?? '',
        level,
        department: raw.department ?? '',
        issuedOn: date('issuedOn'),
        effectiveFrom: date('effectiveFrom'),
        expiresOn: date('expiresOn'),
        supportKinds: coded('supportKinds', supportKindOfCell),
        enterpriseKinds: coded('enterpriseKinds', enterpriseKindOfCell),
        industries: industriesOfCell(raw.industries ?? '', (item) =>
          problem('industries', 'import.policy_tag', `“${item}” is not a known value`),
        ),
        topics: listCell(raw.topics ?? ''),
        bodyHtml: textToHtml(raw.body ?? ''),
        interpretationHtml: textToHtml(raw.interpretation ?? ''),
        faq: faqOfText(raw.faq ?? ''),
      };
      const recognised = Object.entries(raw)
        .filter(([, v]) => v !== '')
        .map(([k]) => (k === 'body' ? 'bodyHtml' : k === 'interpretation' ? 'interpretationHtml' : k));
      documents.push({ row, draft, recognised, problems });
      return undefined;
    },
    { trimFormatted: true },
  );
  return documents;
}

/** Problems of a draft as the form would find them (required fields, lengths, date order), per field. */
function draftProblems(row: number, draft: PolicyImportDraft): PolicyImportProblem[] {
  const parsed = policyDocumentInputSchema.safeParse(draft);
  if (parsed.success) return [];
  const out: PolicyImportProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path.map(String).join('.') || null;
    if (out.some((p) => p.field === field)) continue;
    const value = field ? (draft as Record<string, unknown>)[field] : undefined;
    const code =
      value === '' || value === null
        ? 'import.required'
        : /^policy_docs\.[a-z_]+$/.test(issue.message)
          ? issue.message
          : 'import.invalid';
    out.push({ row, field, code, message: `${field ?? 'row'}: ${issue.message}` });
  }
  return out;
}

/**
 * The library's import: a preview reads a Word document, a workbook of the template or a text file and answers
 * what it recognised with the problems of each document, storing nothing; a commit stores the corrected documents
 * as drafts, all of them or none.
 */
export function createPolicyImport({
  db,
  documents,
  clock,
}: {
  db: Db;
  documents: PolicyDocumentRepository;
  clock: Clock;
}) {
  /** The documents whose 文号 is taken: by a stored document of the issuer, or by an earlier one of the same file. */
  async function numberProblems(list: { row: number; issuer: string; docNumber: string | null }[]) {
    const out: PolicyImportProblem[] = [];
    const firstOf = new Map<string, number>();
    const pairs: { issuer: string; docNumber: string; row: number }[] = [];
    for (const d of list) {
      if (!d.docNumber || !d.issuer) continue;
      const key = `${d.issuer}\u0000${d.docNumber}`;
      const first = firstOf.get(key);
      if (first !== undefined)
        out.push({
          row: d.row,
          field: 'docNumber',
          code: 'policy.document_number_taken',
          message: `same number as row ${first}`,
        });
      else {
        firstOf.set(key, d.row);
        pairs.push({ issuer: d.issuer, docNumber: d.docNumber, row: d.row });
      }
    }
    const taken = await documents.takenNumbers(db, pairs);
    for (const p of pairs)
      if (taken.has(`${p.issuer}\u0000${p.docNumber}`))
        out.push({
          row: p.row,
          field: 'docNumber',
          code: 'policy.document_number_taken',
          message: `${p.docNumber} of ${p.issuer} is stored already`,
        });
    return out;
  }

  return {
    async preview(actor: Actor | null, buffer: Buffer, type: string): Promise<PolicyImportPreview> {
      authorize(actor, POLICY_DOCUMENT_ACTIONS.manage);
      let source: PolicyImportPreview['source'];
      let read: { row: number; draft: PolicyImportDraft; recognised: string[]; problems: PolicyImportProblem[] }[];
      try {
        if (type === XLSX_MIME) {
          source = 'xlsx';
          read = await fromWorkbook(buffer);
        } else if (type === DOCX_TYPE) {
          source = 'docx';
          read = [{ row: 1, ...(await fromDocx(buffer)), problems: [] }];
        } else {
          source = 'text';
          read = [{ row: 1, ...fromText(decodeText(buffer)), problems: [] }];
        }
      } catch {
        throw policyDocumentErrors.importFile();
      }
      const normalised = read.map((d) => {
        const parsed = policyDocumentInputSchema.safeParse(d.draft);
        return { ...d, docNumber: parsed.success ? parsed.data.docNumber : d.draft.docNumber };
      });
      const taken = await numberProblems(
        normalised.map((d) => ({ row: d.row, issuer: d.draft.issuer.trim(), docNumber: d.docNumber })),
      );
      return {
        source,
        documents: normalised.map(({ docNumber, ...d }) => ({
          ...d,
          draft: { ...d.draft, docNumber },
          problems: [
            ...d.problems,
            ...draftProblems(d.row, d.draft).filter((p) => !d.problems.some((q) => q.field === p.field)),
            ...taken.filter((p) => p.row === d.row),
          ],
        })),
      };
    },

    /** Stores the documents as drafts in one transaction, or none of them when any 文号 is taken. */
    async commit(actor: Actor | null, list: PolicyDocumentInputParsed[]): Promise<PolicyImportResult> {
      const who = authorize(actor, POLICY_DOCUMENT_ACTIONS.manage);
      const inputs = list.map((d) => ({ ...d, department: d.department || who.department || '' }));
      for (const d of inputs) authorize(actor, POLICY_DOCUMENT_ACTIONS.manage, { department: d.department });
      const problems = await numberProblems(inputs.map((d, i) => ({ row: i + 1, ...d })));
      if (problems.length > 0) throw policyDocumentErrors.importInvalid(undefined, problems);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const created = await guardNumber(() =>
          documents.insert(
            tx,
            inputs.map((d) => ({
              ...storedColumns(d),
              createdBy: who.userId,
              createdAt: now,
              updatedBy: who.userId,
              updatedAt: now,
            })),
          ),
        );
        await recordAudits(
          tx,
          actor,
          created.map((c, i) => {
            const { bodyHtml: _b, interpretationHtml: _i, ...facts } = inputs[i] as PolicyDocumentInputParsed;
            return {
              action: 'policy.document.import',
              entity: 'policy_document',
              entityId: c.id,
              after: { ...facts, status: 'draft' },
            };
          }),
        );
        return { created: created.length, ids: created.map((c) => c.id) };
      });
    },
  };
}
export type PolicyImport = ReturnType<typeof createPolicyImport>;
