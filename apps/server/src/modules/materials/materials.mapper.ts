import { daysBetween, type Material, validityOn } from '@cz/shared';
import { pgError } from '../../kernel/db/pg-error.ts';
import { materialsErrors } from './materials.errors.ts';
import type { MaterialView } from './materials.repository.ts';

/** A stored material as the API answers it, with its validity on `on`. */
export const toMaterial = (r: MaterialView, on: string): Material => ({
  ...r,
  validity: validityOn(r, on),
  daysLeft: r.validTo ? daysBetween(on, r.validTo) : null,
  supersededAt: r.supersededAt?.toISOString() ?? null,
  reviewedAt: r.reviewedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** The database's refusals of a material, as the vault's errors (its CHECKs, the one-current index, the keeping). */
const REFUSALS: Record<string, keyof typeof materialsErrors> = {
  materials_period: 'periodMismatch',
  materials_end_required: 'endRequired',
  materials_dates_ordered: 'datesOrder',
  materials_ip_record: 'ipRecord',
  materials_ip_record_org: 'ipRecord',
  materials_ip_record_id_fkey: 'ipRecord',
  materials_org_id_fkey: 'orgNotFound',
  materials_one_current: 'duplicateCurrent',
  materials_used_unchanged: 'inUse',
};

/** Runs a write and turns the database's refusal into the vault's error code, naming the constraint. */
export async function guardMaterialWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    const constraint = pgError(err)?.constraint;
    const code = constraint ? REFUSALS[constraint] : undefined;
    if (code) throw materialsErrors[code](undefined, [{ constraint }]);
    throw err;
  }
}
