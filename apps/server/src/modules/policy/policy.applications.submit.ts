import { shanghaiDate } from '@cz/shared/common/shanghai-time';
import type { Material } from '@cz/shared/materials';
import type { ApplicationFormParsed, PolicyItem } from '@cz/shared/policy';
import { addWorkingDays, correctableFields, DEFAULT_PAYMENT_DEADLINE_DAYS } from '@cz/shared/policy';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../../kernel/actor.ts';
import type { Tx } from '../../kernel/db/connection.ts';
import { notifyUsers } from '../notification/index.ts';
import { applicationErrors } from './policy.applications.errors.ts';
import { departmentAdmins, loadCalendar, materialsOf } from './policy.applications.repository.ts';
import type { ApplicationDeps } from './policy.applications.service.ts';
import { assertStep, lockForEnterprise, move } from './policy.applications.steps.ts';
import { type ApplicationRow, policyApplicationMaterials } from './policy.applications.table.ts';
import { eligibilityOf } from './policy.eligibility.ts';
import { factsOf } from './policy.facts.ts';
import { itemById } from './policy.items.repository.ts';

const FORM_FIELDS = ['requestedFen', 'bankName', 'accountName', 'accountNumber', 'note'] as const;

/** How the vault names a policy application among its users (`material_uses`, `material_requests`). */
const RECORD = 'application';
export const VAULT_USER = { area: 'policy', entity: RECORD } as const;
export const usedBy = (id: number) => ({ ...VAULT_USER, id });

/**
 * Submission (申报) of a draft, and resubmission of a returned application with only the named points corrected:
 * the enterprise's eligibility checked now and recorded, the amount within what the rule gives, the account, and the
 * materials the item asks for taken from the vault (`resolve`) and attached (`attach`: from then on they never change
 * in place). On a resubmission only the materials of the named kinds are taken again, and must be new ones; the
 * others stay those first handed in.
 */
export function createSubmission({ clock, materials }: ApplicationDeps) {
  const today = () => shanghaiDate(clock.now());

  /** The form's values for the row: a draft takes every field; a returned application only the fields named. */
  function formValues(before: ApplicationRow, form: ApplicationFormParsed) {
    const values = {
      requestedFen: form.requestedFen,
      bankName: form.bankName,
      accountName: form.accountName,
      accountNumber: form.accountNumber,
      note: form.note,
    };
    if (before.status === 'draft') return values;
    const open = correctableFields(before.returnItems);
    const changed = FORM_FIELDS.filter((f) => values[f] !== before[f] && !open.has(f));
    if (changed.length > 0)
      throw applicationErrors.notNamed(
        undefined,
        changed.map((field) => ({ field })),
      );
    return values;
  }

  /** The materials the vault supplies now for the item's requirements (of `kinds` only, when given). */
  async function fromVault(tx: Tx, orgId: number, item: PolicyItem, on: string, kinds?: Set<string>) {
    const resolution = await materials.resolve(orgId, item.materials, on, tx);
    const wanted = resolution.items.filter((i) => !kinds || kinds.has(i.requirement.kind));
    const missing = wanted.filter((i) => !i.satisfied);
    if (missing.length > 0)
      throw applicationErrors.materialsMissing(
        undefined,
        missing.map((i) => ({ kind: i.requirement.kind, missing: i.missing })),
      );
    const byId = new Map<number, Material>();
    for (const i of wanted) for (const m of i.materials) byId.set(m.id, m);
    return [...byId.values()];
  }

  async function submit(tx: Tx, actor: Actor | null, id: number, form: ApplicationFormParsed) {
    const before = await lockForEnterprise(tx, actor, id);
    assertStep('submit', before);
    const first = before.status === 'draft';
    const on = today();
    const now = clock.now();
    const item = (await itemById(tx, before.itemId, on)) as PolicyItem;
    // A draft is handed in while the item is open; a correction the department asked for may come after its close.
    if (first && !item.open) throw applicationErrors.itemNotOpen();
    const values = formValues(before, form);
    if (values.requestedFen === null) throw applicationErrors.amountRequired();
    if (!values.bankName || !values.accountName || !values.accountNumber) throw applicationErrors.accountRequired();

    const org = await factsOf(tx, before.orgId, on);
    if (!org) throw applicationErrors.notEligible();
    const eligibility = eligibilityOf(item, org, on);
    if (eligibility.result === 'not_eligible')
      throw applicationErrors.notEligible(
        undefined,
        eligibility.lines.filter((l) => l.outcome === 'not_met').map((l) => ({ words: l.words })),
      );
    if (eligibility.result === 'needs_data') throw applicationErrors.needsData(undefined, eligibility.missing);
    const decidedInReview = item.amount.kind === 'manual';
    const cap = decidedInReview ? null : eligibility.amountFen;
    if (!decidedInReview && cap === null) throw applicationErrors.needsData(undefined, eligibility.missing);
    if (cap === 0) throw applicationErrors.notEligible(undefined, [{ amountFen: 0 }]);
    if (cap !== null && values.requestedFen > cap) throw applicationErrors.aboveCap(undefined, [{ capFen: cap }]);

    // 材料一次报送: the vault's materials, attached; a correction replaces only the named kinds, with new ones.
    const attached = (await materialsOf(tx, id)).filter((m) => m.replacedAt === null);
    const named = new Set(before.returnItems.flatMap((i) => (i.target === 'material' ? [i.kind] : [])));
    const taken = await fromVault(tx, before.orgId, item, on, first ? undefined : named);
    const attachedIds = new Set(attached.map((m) => m.materialId));
    if (!first) {
      const unchanged = [...named].filter((kind) => {
        const now = taken.filter((m) => m.kind === kind);
        return now.length > 0 && now.every((m) => attachedIds.has(m.id));
      });
      if (unchanged.length > 0)
        throw applicationErrors.notCorrected(
          undefined,
          unchanged.map((kind) => ({ kind })),
        );
    }
    const takenIds = new Set(taken.map((m) => m.id));
    const fresh = taken.filter((m) => !attachedIds.has(m.id));
    const replaced = first ? [] : attached.filter((m) => named.has(m.kind) && !takenIds.has(m.materialId));
    if (fresh.length > 0) {
      await materials.attach(tx, {
        orgId: before.orgId,
        materialIds: fresh.map((m) => m.id),
        usedBy: usedBy(id),
        actor,
      });
      await tx
        .insert(policyApplicationMaterials)
        .values(
          fresh.map((m) => ({
            applicationId: id,
            materialId: m.id,
            kind: m.kind,
            year: m.year,
            title: m.title,
            file: m.file,
            fileName: m.fileName,
            validFrom: m.validFrom,
            validTo: m.validTo,
            review: m.review,
            attachedAt: now,
          })),
        )
        .onConflictDoNothing();
    }
    if (replaced.length > 0)
      await tx
        .update(policyApplicationMaterials)
        .set({ replacedAt: now })
        .where(
          and(
            eq(policyApplicationMaterials.applicationId, id),
            inArray(
              policyApplicationMaterials.materialId,
              replaced.map((m) => m.materialId),
            ),
            isNull(policyApplicationMaterials.replacedAt),
          ),
        );

    // 快申快享: the deadline runs in working days from the first submission and is not moved by a return.
    const dueOn =
      item.mode === 'fast'
        ? (before.paymentDueOn ??
          addWorkingDays(on, item.paymentDeadlineDays ?? DEFAULT_PAYMENT_DEADLINE_DAYS, await loadCalendar(tx)))
        : null;
    const after = await move(
      tx,
      actor,
      before,
      first ? 'submit' : 'resubmit',
      'submitted',
      {
        ...values,
        capFen: cap,
        eligibility,
        submittedAt: now,
        firstSubmittedAt: before.firstSubmittedAt ?? now,
        paymentDueOn: dueOn,
      },
      now,
      {
        requestedFen: values.requestedFen,
        capFen: cap,
        attached: fresh.map((m) => m.id),
        replaced: replaced.map((m) => m.materialId),
      },
    );
    await notifyUsers(tx, await departmentAdmins(tx, item.department), {
      kind: first ? 'policy.application_submitted' : 'policy.application_resubmitted',
      params: { title: item.title, org: org.name, amount: values.requestedFen },
      link: `/admin/policy-applications/${id}`,
    });
    return after;
  }

  return { formValues, submit };
}
