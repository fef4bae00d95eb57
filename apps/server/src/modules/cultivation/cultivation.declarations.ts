import { NO_SPECIALISED_DECLARATIONS, type SpecialisedDeclarations } from '@cz/shared/cultivation-api';
import type { cultivationDeclarations } from './cultivation.table.ts';

type Row = typeof cultivationDeclarations.$inferSelect;

/** The columns of the 专精特新 facts (migration 0032) for a statement. */
export function specialisedColumns(d: SpecialisedDeclarations) {
  return {
    nicheYears: d.nicheYears,
    equityFinancing2y: d.equityFinancing2yFen,
    marketShareBp: d.marketShareBp,
    marketTopThree: d.marketTopThree,
    provincialScore: d.provincialScore,
    giantScore: d.giantScore,
    scienceAwards: d.scienceAwards,
    makerChinaListed: d.makerChinaListed,
    makerChinaRank: d.makerChinaRank,
    rdInstitution: d.rdInstitution,
    rdStaffBp: d.rdStaffBp,
    informationSystem: d.informationSystem,
    managementCertified: d.managementCertified,
    ownBrand: d.ownBrand,
    chainRole: d.chainRole,
    keyField: d.keyField,
  } satisfies Partial<Row>;
}

/** The 专精特新 facts of a declarations row (none stated without a row). */
export function specialisedOf(row: Row | undefined): SpecialisedDeclarations {
  if (!row) return NO_SPECIALISED_DECLARATIONS;
  return {
    nicheYears: row.nicheYears,
    equityFinancing2yFen: row.equityFinancing2y,
    marketShareBp: row.marketShareBp,
    marketTopThree: row.marketTopThree,
    provincialScore: row.provincialScore,
    giantScore: row.giantScore,
    scienceAwards: row.scienceAwards,
    makerChinaListed: row.makerChinaListed,
    makerChinaRank: row.makerChinaRank,
    rdInstitution: row.rdInstitution,
    rdStaffBp: row.rdStaffBp,
    informationSystem: row.informationSystem,
    managementCertified: row.managementCertified,
    ownBrand: row.ownBrand,
    chainRole: row.chainRole,
    keyField: row.keyField,
  };
}
