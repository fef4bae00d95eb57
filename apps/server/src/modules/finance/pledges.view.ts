import type { Pledge } from '@cz/shared/finance';
import { aliasedTable, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../../kernel/db/connection.ts';
import { ipPatents } from '../ip/index.ts';
import { orgDirectory } from '../org/index.ts';
import { financePledgeAlerts, financePledges, type PledgeRow } from './pledges.table.ts';

export const enterprise = aliasedTable(orgDirectory, 'enterprise');
export const institution = aliasedTable(orgDirectory, 'institution');

/**
 * Pledges as they are shown, on the zone's `day`: each with its patents as the IP registry holds them, whether its
 * registration is late, and its alerts.
 */
export async function pledgeViews(
  tx: Tx | Db,
  rows: { p: PledgeRow; orgName: string; institutionName: string }[],
  day: string,
): Promise<Pledge[]> {
  const ids = [...new Set(rows.flatMap((r) => r.p.patentIds))];
  const [patents, alerts] = await Promise.all([
    ids.length ? tx.select().from(ipPatents).where(inArray(ipPatents.id, ids)) : Promise.resolve([]),
    rows.length
      ? tx
          .select()
          .from(financePledgeAlerts)
          .where(
            inArray(
              financePledgeAlerts.pledgeId,
              rows.map((r) => r.p.id),
            ),
          )
      : Promise.resolve([]),
  ]);
  return rows.map(({ p, orgName, institutionName }) => ({
    id: p.id,
    caseId: p.caseId,
    orgId: p.orgId,
    orgName,
    institutionOrgId: p.institutionOrgId,
    institutionName,
    status: p.status,
    patents: p.patentIds.map((id) => {
      const r = patents.find((x) => x.id === id);
      return {
        id,
        number: r?.number ?? '',
        title: r?.title ?? '',
        kind: r?.kind ?? '',
        legalStatus: r?.legalStatus ?? 'unknown',
        transferred: r?.transferred ?? false,
      };
    }),
    valuationAgency: p.valuationAgency,
    valuationFen: p.valuationFen,
    valuedOn: p.valuedOn,
    approvedFen: p.approvedFen,
    contractNo: p.contractNo,
    signedOn: p.signedOn,
    registrationDue: p.registrationDue,
    registrationNo: p.registrationNo,
    registeredOn: p.registeredOn,
    releasedOn: p.releasedOn,
    registrationLate:
      p.registrationDue !== null &&
      (p.registeredOn ? p.registeredOn > p.registrationDue : p.status === 'contracted' && day > p.registrationDue),
    alerts: alerts
      .filter((a) => a.pledgeId === p.id)
      .map((a) => ({ ipRecordId: a.ipRecordId, kind: a.kind, foundAt: a.foundAt.toISOString() })),
  }));
}

/** Pledges with the names of their enterprise and institution. */
export const pledgeSelect = (tx: Tx | Db) =>
  tx
    .select({ p: financePledges, orgName: enterprise.name, institutionName: institution.name })
    .from(financePledges)
    .innerJoin(enterprise, eq(enterprise.id, financePledges.orgId))
    .innerJoin(institution, eq(institution.id, financePledges.institutionOrgId));
