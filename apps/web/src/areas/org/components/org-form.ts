import { type Org, type OrgInput, type OrgInputParsed, type OrgKind, VERIFIED_FACTS } from '@cz/shared';
import type { Dayjs } from 'dayjs';
import { fromIsoDate, toIsoDate } from '../../../kit/datetime';
import { fenToWan, wanToFen } from '../../../kit/money';

/** What the organisation form holds: dates as dayjs, the registered capital in 万元. */
export type OrgFormValues = {
  kind?: OrgKind;
  name?: string;
  uscc?: string;
  legalRep?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
  address?: string;
  park?: string;
  industry?: string;
  industryChain?: string;
  foundedOn?: Dayjs;
  registeredCapital?: number | null;
  isAboveScale?: boolean;
  hteCertNo?: string;
  hteValidFrom?: Dayjs;
  hteValidTo?: Dayjs;
  tsmeRegNo?: string;
  isSpecialized?: boolean;
};

const text = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : s.trim());

/** Form values → the request body of POST/PUT /orgs (checked afterwards with orgInputSchema). */
export function toOrgInput(v: OrgFormValues, fallbackKind: OrgKind = 'enterprise'): OrgInput {
  return {
    kind: v.kind ?? fallbackKind,
    name: (v.name ?? '').trim(),
    uscc: v.uscc ?? '',
    legalRep: text(v.legalRep),
    contactName: text(v.contactName),
    contactPhone: text(v.contactPhone),
    contactEmail: text(v.contactEmail),
    address: text(v.address),
    park: text(v.park),
    industry: (v.industry ?? null) as OrgInput['industry'],
    industryChain: (v.industryChain ?? null) as OrgInput['industryChain'],
    foundedOn: toIsoDate(v.foundedOn),
    registeredCapital:
      v.registeredCapital === null || v.registeredCapital === undefined ? null : wanToFen(v.registeredCapital),
    isAboveScale: v.isAboveScale ?? false,
    hteCertNo: text(v.hteCertNo),
    hteValidFrom: toIsoDate(v.hteValidFrom),
    hteValidTo: toIsoDate(v.hteValidTo),
    tsmeRegNo: text(v.tsmeRegNo),
    isSpecialized: v.isSpecialized ?? false,
  };
}

const opt = (s: string | null) => s ?? undefined;

export function fromOrg(o: Org): OrgFormValues {
  return {
    kind: o.kind,
    name: o.name,
    uscc: o.uscc,
    legalRep: opt(o.legalRep),
    contactName: opt(o.contactName),
    contactPhone: opt(o.contactPhone),
    contactEmail: opt(o.contactEmail),
    address: opt(o.address),
    park: opt(o.park),
    industry: opt(o.industry),
    industryChain: opt(o.industryChain),
    foundedOn: fromIsoDate(o.foundedOn),
    registeredCapital: o.registeredCapital === null ? null : fenToWan(o.registeredCapital),
    isAboveScale: o.isAboveScale,
    hteCertNo: opt(o.hteCertNo),
    hteValidFrom: fromIsoDate(o.hteValidFrom),
    hteValidTo: fromIsoDate(o.hteValidTo),
    tsmeRegNo: opt(o.tsmeRegNo),
    isSpecialized: o.isSpecialized,
  };
}

/**
 * Whether the edit touches a verified fact: on a verified organisation the server sends such changes to the
 * administration and keeps the verified values meanwhile (the member is told before saving).
 */
export function factsChanged(before: Org, after: OrgInputParsed): boolean {
  return VERIFIED_FACTS.some((f) => (before[f] ?? null) !== (after[f] ?? null));
}
