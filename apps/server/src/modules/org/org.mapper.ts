import type { Org, OrgInputParsed } from '@cz/shared';
import type { OrgWrite } from './org.repository.ts';
import type { OrgRow } from './org.table.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Phones in lists and in views of other organisations show only the first 3 and last 4 digits. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function toOrg(row: OrgRow, opts: { mask?: boolean } = {}): Org {
  return {
    id: row.id,
    kind: row.kind as Org['kind'],
    name: row.name,
    uscc: row.uscc,
    legalRep: row.legalRep,
    contactName: row.contactName,
    contactPhone: opts.mask ? maskPhone(row.contactPhone) : row.contactPhone,
    contactEmail: row.contactEmail,
    address: row.address,
    park: row.park,
    industry: row.industry,
    industryChain: row.industryChain,
    foundedOn: row.foundedOn,
    registeredCapital: row.registeredCapital,
    isAboveScale: row.isAboveScale,
    hteCertNo: row.hteCertNo,
    hteValidFrom: row.hteValidFrom,
    hteValidTo: row.hteValidTo,
    tsmeRegNo: row.tsmeRegNo,
    isSpecialized: row.isSpecialized,
    status: row.status as Org['status'],
    rejectReason: row.rejectReason,
    verifiedAt: iso(row.verifiedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The columns a person may write, from a parsed `orgInputSchema` value; absent fields become null. */
export function normaliseInput(i: OrgInputParsed): Omit<OrgWrite, 'status'> {
  return {
    kind: i.kind,
    name: i.name,
    uscc: i.uscc,
    legalRep: i.legalRep ?? null,
    contactName: i.contactName ?? null,
    contactPhone: i.contactPhone ?? null,
    contactEmail: i.contactEmail ?? null,
    address: i.address ?? null,
    park: i.park ?? null,
    industry: i.industry ?? null,
    industryChain: i.industryChain ?? null,
    foundedOn: i.foundedOn ?? null,
    registeredCapital: i.registeredCapital ?? null,
    isAboveScale: i.isAboveScale,
    hteCertNo: i.hteCertNo ?? null,
    hteValidFrom: i.hteValidFrom ?? null,
    hteValidTo: i.hteValidTo ?? null,
    tsmeRegNo: i.tsmeRegNo ?? null,
    isSpecialized: i.isSpecialized,
  };
}
