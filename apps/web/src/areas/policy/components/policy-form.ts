import {
  type PolicyDocument,
  type PolicyDocumentInput,
  type PolicyImportDraft,
  policyDocumentInputSchema,
} from '@cz/shared/policy-docs';
import type { Dayjs } from 'dayjs';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';

const DATE_FIELDS = ['issuedOn', 'effectiveFrom', 'expiresOn'] as const;

/** A document as the form holds it: dates as dayjs values. */
export type PolicyFormValues = Omit<PolicyDocumentInput, (typeof DATE_FIELDS)[number]> & {
  issuedOn?: Dayjs | null;
  effectiveFrom?: Dayjs | null;
  expiresOn?: Dayjs | null;
};

/** A stored document or an import draft in the form's shape. */
export function toFormValues(d: PolicyDocument | PolicyImportDraft): PolicyFormValues {
  return {
    title: d.title,
    docNumber: d.docNumber,
    issuer: d.issuer,
    level: (d.level ?? undefined) as PolicyDocumentInput['level'],
    department: d.department,
    issuedOn: fromIsoDate(d.issuedOn) ?? null,
    effectiveFrom: fromIsoDate(d.effectiveFrom) ?? null,
    expiresOn: fromIsoDate(d.expiresOn) ?? null,
    bodyHtml: d.bodyHtml,
    interpretationHtml: d.interpretationHtml,
    faq: d.faq,
    industries: d.industries,
    enterpriseKinds: d.enterpriseKinds,
    supportKinds: d.supportKinds,
    topics: d.topics,
  };
}

/** The form's values as the request body, checked by the same schema as the server's. */
export function toInput(v: PolicyFormValues) {
  const body: PolicyDocumentInput = {
    ...v,
    docNumber: v.docNumber || null,
    issuedOn: toIsoDate(v.issuedOn ?? null),
    effectiveFrom: toIsoDate(v.effectiveFrom ?? null),
    expiresOn: toIsoDate(v.expiresOn ?? null),
    faq: (v.faq ?? []).filter((f) => f?.question || f?.answer),
  };
  return { body, parsed: policyDocumentInputSchema.safeParse(body) };
}
