import {
  addDays,
  addWorkingDays,
  isWorkingDay,
  type MaterialKind,
  type PolicyApplicationStatus,
  type PolicyEligibility,
  type PolicyItem,
  policyItemInputSchema,
  shanghaiDate,
  shanghaiInstant,
  workingDaysBetween,
} from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { materials, materialUses } from '../modules/materials/materials.table.ts';
import { notifyOrg } from '../modules/notification/index.ts';
import { loadCalendar } from '../modules/policy/policy.applications.repository.ts';
import {
  policyApplicationEvents,
  policyApplicationMaterials,
  policyApplications,
  policyNoticeObjections,
  policyNotices,
  policyRatings,
} from '../modules/policy/policy.applications.table.ts';
import { eligibilityOf } from '../modules/policy/policy.eligibility.ts';
import { factsOf } from '../modules/policy/policy.facts.ts';
import { itemById } from '../modules/policy/policy.items.repository.ts';
import { policyItems, policyMatches } from '../modules/policy/policy.items.table.ts';
import { policyPayments } from '../modules/policy/policy.payments.table.ts';
import { attachUploads } from '../modules/upload/index.ts';
import { samplePdf, storeUpload } from './demo-materials.ts';

const DEPARTMENT = '科技创新部';
const ACCOUNT = (i: number) => ({
  bankName: '示例银行长治高新区支行',
  accountNumber: `62220200${String(10_000_000 + i * 7919).slice(0, 8)}`,
});

type Ctx = {
  now: Date;
  year: number;
  adminUserId: number | null;
  /** The demo enterprise (the `enterprise` account's organisation) and its member. */
  enterprise: { orgId: number; userId: number };
  /** The verified enterprises of the demo, in their order (the demo enterprise first). */
  enterprises: { id: number; name: string }[];
  uploadDir?: string | undefined;
};

/**
 * Four demo items of the policy documents, one per way of claiming (written here: the items' own demo comes with
 * their pages), and applications in every state over them:
 *
 * - 申报审批 with the vault's materials (statements, licence, 完税证明): submitted, approved, on notice with an
 *   objection, paid and rated, rejected and rated, withdrawn, a draft — the demo enterprise has none, so that it can
 *   apply (its vault lacks the 完税证明: the form asks for that one only).
 * - 申报审批 of the R&D subsidy: the demo enterprise's application, returned for correction of its note; another
 *   waiting for review.
 * - 快申快享 (60 working days): one overdue, one three working days from its deadline, one paid within it and rated,
 *   one just handed in.
 * - 免申即享: the eligible enterprises' standings, the list confirmed — the demo enterprise still to confirm, one
 *   accepted, one paid and rated, one refused.
 */
export async function seedPolicyApplicationsDemo(tx: Tx, ctx: Ctx) {
  const today = shanghaiDate(ctx.now);
  const cal = await loadCalendar(tx);
  const admin = ctx.adminUserId;
  const dayAt = (date: string, hour = 10) => shanghaiInstant(date, hour * 60);
  const docs = await tx.execute(sql`SELECT id, title FROM policy_documents WHERE status = 'published'`);
  const docId = (fragment: string) =>
    Number((docs.rows.find((d) => String(d.title).includes(fragment)) ?? docs.rows[0])?.id);
  if (!admin || docs.rows.length === 0) return { policyItems: 0, policyApplications: 0 };

  async function item(input: Record<string, unknown>): Promise<PolicyItem> {
    const v = policyItemInputSchema.parse({
      opensOn: addDays(today, -180),
      closesOn: addDays(today, 180),
      department: DEPARTMENT,
      ...input,
    });
    const [row] = await tx
      .insert(policyItems)
      .values({
        documentId: v.documentId,
        clause: v.clause,
        title: v.title,
        beneficiaries: v.beneficiaries,
        condition: v.condition,
        amount: v.amount,
        budgetFen: v.budgetFen,
        mode: v.mode,
        opensOn: v.opensOn,
        closesOn: v.closesOn,
        department: v.department,
        materials: v.materials,
        paymentDeadlineDays: v.paymentDeadlineDays,
        status: 'published',
        publishedAt: dayAt(addDays(today, -180)),
        publishedBy: admin,
        createdBy: admin as number,
        createdAt: dayAt(addDays(today, -185)),
        updatedAt: dayAt(addDays(today, -180)),
      })
      .returning({ id: policyItems.id });
    return (await itemById(tx, row?.id as number, today)) as PolicyItem;
  }

  const apply = await item({
    documentId: docId('研发费用后补助'),
    clause: '第五条',
    title: '示例规上企业研发投入奖励',
    beneficiaries: '规模以上企业，按上年度研发费用的 5% 给予奖励，最高 20 万元',
    condition: { all: [{ fact: 'org.isAboveScale', op: 'isTrue' }] },
    amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 500, capFen: 20_000_000 },
    budgetFen: 300_000_000,
    mode: 'apply',
    materials: [
      { kind: 'financial_statements', year: 'latest' },
      { kind: 'business_licence' },
      { kind: 'tax_certificate', year: 'latest' },
    ],
  });
  const subsidy = await item({
    documentId: docId('研发费用后补助'),
    clause: '第三条',
    title: '示例科技型中小企业研发费用后补助',
    beneficiaries: '有研发投入的入库科技型中小企业，按研发费用的 10% 补助，最高 50 万元',
    condition: {
      all: [
        { fact: 'cultivation.tsmeRegistered', op: 'isTrue' },
        { fact: 'org.rdExpenseFen', op: 'gt', value: 0 },
      ],
    },
    amount: { kind: 'ratio', fact: 'org.rdExpenseFen', ratioBp: 1000, capFen: 50_000_000 },
    budgetFen: 500_000_000,
    mode: 'apply',
    materials: [{ kind: 'financial_statements', year: 'latest' }, { kind: 'business_licence' }],
  });
  const fast = await item({
    documentId: docId('高新技术企业认定奖励'),
    clause: '第四条',
    title: '示例科技人才团队奖励（快申快享）',
    beneficiaries: '科技人员 10 人以上的企业，每家奖励 5 万元，自申请之日起 60 个工作日内兑付',
    condition: { all: [{ fact: 'org.techStaff', op: 'gte', value: 10 }] },
    amount: { kind: 'fixed', amountFen: 5_000_000 },
    budgetFen: 200_000_000,
    mode: 'fast',
    materials: [],
  });
  const auto = await item({
    documentId: docId('科技型中小企业评价'),
    clause: '第六条',
    title: '示例科技型中小企业入库奖励（免申即享）',
    beneficiaries: '取得科技型中小企业入库登记编号的企业，每家奖励 1 万元，无需申报',
    condition: { all: [{ fact: 'cultivation.tsmeRegistered', op: 'isTrue' }] },
    amount: { kind: 'fixed', amountFen: 1_000_000 },
    budgetFen: 100_000_000,
    mode: 'auto',
    materials: [],
  });

  /** The verified enterprises (not the demo one unless told) that qualify for `it` now, with their eligibility. */
  async function eligible(it: PolicyItem, withDemo = false) {
    const out: { orgId: number; name: string; e: PolicyEligibility }[] = [];
    for (const o of ctx.enterprises) {
      if (!withDemo && o.id === ctx.enterprise.orgId) continue;
      const f = await factsOf(tx, o.id, today);
      if (!f) continue;
      const e = eligibilityOf(it, f, today);
      if (e.result === 'eligible' && e.amountFen) out.push({ orgId: o.id, name: o.name, e });
    }
    return out;
  }

  let count = 0;
  type Step = {
    step: (typeof policyApplicationEvents.$inferInsert)['step'];
    to: PolicyApplicationStatus;
    on: string;
    by?: 'e' | 'a';
    details?: Record<string, unknown>;
  };
  async function application(
    it: PolicyItem,
    who: { orgId: number; e: PolicyEligibility },
    status: PolicyApplicationStatus,
    steps: Step[],
    o: Partial<typeof policyApplications.$inferInsert> = {},
  ) {
    const first = steps[0]?.on ?? today;
    const last = steps.at(-1)?.on ?? today;
    const submitted = steps.filter((s) => s.step === 'submit' || s.step === 'resubmit').at(-1)?.on;
    const firstSubmitted = steps.find((s) => s.step === 'submit')?.on;
    const cap = it.amount.kind === 'manual' ? null : who.e.amountFen;
    const decided = steps.find((s) => ['approve', 'reject', 'confirm'].includes(s.step))?.on;
    const [row] = await tx
      .insert(policyApplications)
      .values({
        itemId: it.id,
        orgId: who.orgId,
        mode: it.mode,
        status,
        capFen: status === 'draft' ? null : cap,
        requestedFen: status === 'draft' ? null : cap,
        approvedFen: ['approved', 'publicised', 'paid', 'confirmed', 'accepted', 'refused'].includes(status)
          ? cap
          : null,
        ...(it.mode === 'auto' && status === 'confirmed'
          ? {}
          : {
              ...ACCOUNT(who.orgId),
              accountName: ctx.enterprises.find((x) => x.id === who.orgId)?.name ?? '示例企业',
            }),
        eligibility: status === 'draft' ? null : who.e,
        submittedAt: submitted ? dayAt(submitted) : null,
        firstSubmittedAt: firstSubmitted ? dayAt(firstSubmitted) : null,
        paymentDueOn:
          it.mode === 'fast' && firstSubmitted
            ? addWorkingDays(firstSubmitted, it.paymentDeadlineDays ?? 60, cal)
            : null,
        decidedAt: decided ? dayAt(decided, 15) : null,
        decidedBy: decided ? admin : null,
        createdBy: it.mode !== 'auto' && who.orgId === ctx.enterprise.orgId ? ctx.enterprise.userId : (admin as number),
        createdAt: dayAt(first, 9),
        updatedAt: dayAt(last, 16),
        ...o,
      })
      .returning();
    if (!row) throw new Error('demo application not written');
    let from: PolicyApplicationStatus | null = null;
    for (const s of steps) {
      await tx.insert(policyApplicationEvents).values({
        applicationId: row.id,
        step: s.step,
        fromStatus: from,
        toStatus: s.to,
        byParty: s.by === 'e' ? 'enterprise' : 'administration',
        actorId: s.by === 'e' ? (who.orgId === ctx.enterprise.orgId ? ctx.enterprise.userId : null) : admin,
        details: s.details ?? {},
        at: dayAt(s.on, 11),
      });
      from = s.to;
    }
    count++;
    return row;
  }

  /** Hands the vault's materials of `kinds` in with an application (stored for the enterprise when told). */
  async function handIn(
    appId: number,
    orgId: number,
    kinds: { kind: MaterialKind; year?: number; validFrom?: string }[],
    on: string,
    create: boolean,
  ) {
    for (const k of kinds) {
      const { rows } = await tx.execute(sql`
        SELECT id FROM materials WHERE org_id = ${orgId} AND kind = ${k.kind} AND status = 'current'
          AND (${k.year ?? null}::int IS NULL OR year = ${k.year ?? null}) ORDER BY id DESC LIMIT 1`);
      let [m] = rows[0]
        ? await tx
            .select()
            .from(materials)
            .where(sql`id = ${Number(rows[0].id)}`)
        : [];
      if (!m && create) {
        const name =
          k.kind === 'financial_statements' ? '财务报表' : k.kind === 'tax_certificate' ? '完税证明' : '营业执照';
        const title = `${k.year ? `${k.year}年度` : ''}${name}（示例）`;
        const file = await storeUpload(
          tx,
          ctx.uploadDir,
          samplePdf(title, ['本文件为平台演示用示例材料，内容虚构。']),
          `${title}.pdf`,
          { userId: admin as number, orgId },
        );
        [m] = await tx
          .insert(materials)
          .values({
            orgId,
            kind: k.kind,
            title,
            year: k.year ?? null,
            validFrom: k.validFrom ?? null,
            file,
            fileName: `${title}.pdf`,
            review: 'checked',
            reviewedAt: ctx.now,
            reviewedBy: admin,
            createdAt: dayAt(addDays(on, -5)),
            updatedAt: dayAt(addDays(on, -5)),
          })
          .returning();
        if (m)
          await attachUploads(
            tx,
            { userId: admin as number, role: 'admin', orgId: null, ip: null, requestId: 'demo-seed' },
            { kind: 'material', id: m.id, orgIds: [orgId] },
            [file],
          );
      }
      if (!m) continue;
      await tx.insert(materialUses).values({
        materialId: m.id,
        area: 'policy',
        entity: 'application',
        entityId: appId,
        usedAt: dayAt(on),
        usedBy: admin,
      });
      await tx.insert(policyApplicationMaterials).values({
        applicationId: appId,
        materialId: m.id,
        kind: m.kind,
        year: m.year,
        title: m.title,
        file: m.file,
        fileName: m.fileName,
        validFrom: m.validFrom,
        validTo: m.validTo,
        review: m.review,
        attachedAt: dayAt(on),
      });
    }
  }

  // ——— 申报审批: the 研发投入奖励 ———
  const last = ctx.year - 1;
  const vaultKinds = [
    { kind: 'financial_statements' as const, year: last },
    { kind: 'business_licence' as const, validFrom: '2015-03-01' },
    { kind: 'tax_certificate' as const, year: last },
  ];
  /** The working day `n` working days before today. */
  const back = (n: number) => {
    let d = today;
    for (let k = 0; k < n; ) {
      d = addDays(d, -1);
      if (isWorkingDay(d, cal)) k++;
    }
    return d;
  };
  const [a1, a2, a3, a4, a5, a6, a7] = await eligible(apply);
  const ended = { startsOn: back(20), endsOn: addWorkingDays(back(20), 5, cal) };
  const [oldNotice] = await tx
    .insert(policyNotices)
    .values({
      itemId: apply.id,
      ...ended,
      workingDays: 5,
      note: '',
      createdBy: admin,
      createdAt: dayAt(ended.startsOn, 9),
    })
    .returning();
  const [newNotice] = await tx
    .insert(policyNotices)
    .values({
      itemId: apply.id,
      startsOn: back(1),
      endsOn: addWorkingDays(back(1), 5, cal),
      workingDays: 5,
      note: '公示期内如有异议，请与科技创新部联系（示例）。',
      createdBy: admin,
      createdAt: dayAt(back(1), 9),
    })
    .returning();
  if (a1) {
    const r = await application(apply, a1, 'submitted', [
      { step: 'create', to: 'draft', on: back(4), by: 'e' },
      { step: 'submit', to: 'submitted', on: back(3), by: 'e' },
    ]);
    await handIn(r.id, a1.orgId, vaultKinds, back(3), true);
  }
  if (a2) {
    const r = await application(apply, a2, 'approved', [
      { step: 'create', to: 'draft', on: back(12), by: 'e' },
      { step: 'submit', to: 'submitted', on: back(11), by: 'e' },
      { step: 'approve', to: 'approved', on: back(2), details: { approvedFen: a2.e.amountFen } },
    ]);
    await handIn(r.id, a2.orgId, vaultKinds, back(11), true);
  }
  if (a3 && newNotice) {
    const r = await application(
      apply,
      a3,
      'publicised',
      [
        { step: 'create', to: 'draft', on: back(15), by: 'e' },
        { step: 'submit', to: 'submitted', on: back(14), by: 'e' },
        { step: 'approve', to: 'approved', on: back(5) },
        { step: 'publicise', to: 'publicised', on: back(1), details: { noticeId: newNotice.id } },
      ],
      { noticeId: newNotice.id },
    );
    await handIn(r.id, a3.orgId, vaultKinds, back(14), true);
    await tx.insert(policyNoticeObjections).values({
      noticeId: newNotice.id,
      applicationId: r.id,
      objector: '示例来电人',
      content: '询问该企业研发费用是否含委托研发（示例）',
      resolution: '已核对审计报告，研发费用口径无误，已电话答复（示例）',
      receivedOn: today,
      recordedBy: admin,
      recordedAt: ctx.now,
    });
  }
  if (a4 && oldNotice) {
    const paidOn = addWorkingDays(ended.endsOn, 2, cal) > today ? today : addWorkingDays(ended.endsOn, 2, cal);
    const r = await application(
      apply,
      a4,
      'paid',
      [
        { step: 'create', to: 'draft', on: back(40), by: 'e' },
        { step: 'submit', to: 'submitted', on: back(39), by: 'e' },
        { step: 'approve', to: 'approved', on: back(25) },
        { step: 'publicise', to: 'publicised', on: ended.startsOn, details: { noticeId: oldNotice.id } },
        { step: 'pay', to: 'paid', on: paidOn, details: { paidOn } },
        { step: 'rate', to: 'paid', on: paidOn, by: 'e', details: { score: 5 } },
      ],
      { noticeId: oldNotice.id },
    );
    await handIn(r.id, a4.orgId, vaultKinds, back(39), true);
    await tx.insert(policyPayments).values({
      applicationId: r.id,
      paidOn,
      amountFen: a4.e.amountFen as number,
      reference: `示例凭证${paidOn.replaceAll('-', '')}-01`,
      recordedBy: admin,
      recordedAt: dayAt(paidOn, 14),
    });
    await tx.insert(policyRatings).values({
      applicationId: r.id,
      orgId: a4.orgId,
      score: 5,
      comment: '材料一次提交，不用重复准备，兑现很快（示例）',
      ratedBy: admin,
      ratedAt: dayAt(paidOn, 17),
    });
  }
  if (a5) {
    const r = await application(
      apply,
      a5,
      'rejected',
      [
        { step: 'create', to: 'draft', on: back(30), by: 'e' },
        { step: 'submit', to: 'submitted', on: back(29), by: 'e' },
        { step: 'reject', to: 'rejected', on: back(20), details: { reason: '同一年度已享受同类奖励（示例）' } },
        { step: 'rate', to: 'rejected', on: back(19), by: 'e', details: { score: 3 } },
      ],
      { decisionReason: '同一年度已享受同类奖励（示例）' },
    );
    await handIn(r.id, a5.orgId, vaultKinds, back(29), true);
    await tx.insert(policyRatings).values({
      applicationId: r.id,
      orgId: a5.orgId,
      score: 3,
      comment: '未通过的原因说明清楚，希望申报前能提示（示例）',
      ratedBy: admin,
      ratedAt: dayAt(back(19), 17),
    });
  }
  if (a6)
    await application(apply, a6, 'withdrawn', [
      { step: 'create', to: 'draft', on: back(9), by: 'e' },
      { step: 'submit', to: 'submitted', on: back(8), by: 'e' },
      { step: 'withdraw', to: 'withdrawn', on: back(7), by: 'e', details: { reason: '申报金额需调整，稍后重新申报' } },
    ]);
  if (a7) await application(apply, a7, 'draft', [{ step: 'create', to: 'draft', on: back(1), by: 'e' }]);

  // ——— 申报审批: the R&D subsidy, the demo enterprise's returned for correction ———
  const subsidyFits = await eligible(subsidy, true);
  const mine = subsidyFits.find((x) => x.orgId === ctx.enterprise.orgId);
  if (mine) {
    const returnItems = [
      { target: 'field' as const, field: 'note' as const, note: '请补充说明上年度主要研发项目及投入（示例）' },
    ];
    const r = await application(
      subsidy,
      mine,
      'returned',
      [
        { step: 'create', to: 'draft', on: back(6), by: 'e' },
        { step: 'submit', to: 'submitted', on: back(5), by: 'e' },
        { step: 'return', to: 'returned', on: back(2), details: { items: returnItems } },
      ],
      { returnItems, returnNote: '其他材料齐全，补充说明后即可审核（示例）', note: '' },
    );
    await handIn(
      r.id,
      mine.orgId,
      [{ kind: 'financial_statements', year: last }, { kind: 'business_licence' }],
      back(5),
      false,
    );
    await notifyOrg(tx, mine.orgId, {
      kind: 'policy.application_returned',
      params: { title: subsidy.title, count: returnItems.length },
      link: `/my/policy-applications/${r.id}`,
    });
  }
  const otherSubsidy = subsidyFits.find((x) => x.orgId !== ctx.enterprise.orgId && x.orgId !== a1?.orgId);
  if (otherSubsidy) {
    const r = await application(subsidy, otherSubsidy, 'submitted', [
      { step: 'create', to: 'draft', on: back(3), by: 'e' },
      { step: 'submit', to: 'submitted', on: back(2), by: 'e' },
    ]);
    await handIn(
      r.id,
      otherSubsidy.orgId,
      [
        { kind: 'financial_statements', year: last },
        { kind: 'business_licence', validFrom: '2016-05-01' },
      ],
      back(2),
      true,
    );
  }

  // ——— 快申快享: 60 working days from the application ———
  const [f1, f2, f3, f4] = await eligible(fast);
  // Handed in so long ago that the deadline has passed, and so that it is three working days away.
  const overdueOn = back(64);
  let nearOn = today;
  while (workingDaysBetween(today, addWorkingDays(nearOn, 60, cal), cal) > 3) nearOn = addDays(nearOn, -1);
  if (f1)
    await application(fast, f1, 'submitted', [
      { step: 'create', to: 'draft', on: overdueOn, by: 'e' },
      { step: 'submit', to: 'submitted', on: overdueOn, by: 'e' },
    ]);
  if (f2)
    await application(fast, f2, 'approved', [
      { step: 'create', to: 'draft', on: nearOn, by: 'e' },
      { step: 'submit', to: 'submitted', on: nearOn, by: 'e' },
      { step: 'approve', to: 'approved', on: back(2) },
    ]);
  if (f3 && oldNotice) {
    const [fastNotice] = await tx
      .insert(policyNotices)
      .values({
        itemId: fast.id,
        ...ended,
        workingDays: 5,
        note: '',
        createdBy: admin,
        createdAt: dayAt(ended.startsOn, 9),
      })
      .returning();
    const paidOn = addWorkingDays(ended.endsOn, 1, cal) > today ? today : addWorkingDays(ended.endsOn, 1, cal);
    const r = await application(
      fast,
      f3,
      'paid',
      [
        { step: 'create', to: 'draft', on: back(30), by: 'e' },
        { step: 'submit', to: 'submitted', on: back(30), by: 'e' },
        { step: 'approve', to: 'approved', on: back(22) },
        { step: 'publicise', to: 'publicised', on: ended.startsOn },
        { step: 'pay', to: 'paid', on: paidOn },
        { step: 'rate', to: 'paid', on: paidOn, by: 'e', details: { score: 4 } },
      ],
      { noticeId: fastNotice?.id ?? null },
    );
    await tx.insert(policyPayments).values({
      applicationId: r.id,
      paidOn,
      amountFen: f3.e.amountFen as number,
      reference: `示例凭证${paidOn.replaceAll('-', '')}-02`,
      recordedBy: admin,
      recordedAt: dayAt(paidOn, 14),
    });
    await tx.insert(policyRatings).values({
      applicationId: r.id,
      orgId: f3.orgId,
      score: 4,
      comment: '申请简便，一个月内到账（示例）',
      ratedBy: admin,
      ratedAt: dayAt(paidOn, 17),
    });
  }
  if (f4)
    await application(fast, f4, 'submitted', [
      { step: 'create', to: 'draft', on: today, by: 'e' },
      { step: 'submit', to: 'submitted', on: today, by: 'e' },
    ]);

  // ——— 免申即享: the standings, the list confirmed ———
  const autoFits = await eligible(auto, true);
  if (autoFits.length > 0)
    await tx.insert(policyMatches).values(
      autoFits.map((x) => ({
        itemId: auto.id,
        orgId: x.orgId,
        result: 'eligible' as const,
        amountFen: x.e.amountFen,
        evaluatedAt: dayAt(back(10), 3),
        notifiedAt: dayAt(back(10), 3),
      })),
    );
  const demoAuto = autoFits.find((x) => x.orgId === ctx.enterprise.orgId);
  const others = autoFits.filter((x) => x.orgId !== ctx.enterprise.orgId);
  const confirmOn = back(4);
  if (demoAuto) {
    const r = await application(auto, demoAuto, 'confirmed', [
      { step: 'confirm', to: 'confirmed', on: confirmOn, details: { amountFen: demoAuto.e.amountFen } },
    ]);
    await notifyOrg(tx, demoAuto.orgId, {
      kind: 'policy.auto_confirmed',
      params: { title: auto.title, amount: demoAuto.e.amountFen },
      link: `/my/policy-applications/${r.id}`,
    });
  }
  const [d1, d2, d3] = others;
  if (d1)
    await application(auto, d1, 'accepted', [
      { step: 'confirm', to: 'confirmed', on: confirmOn },
      { step: 'accept', to: 'accepted', on: back(2), by: 'e' },
    ]);
  if (d2) {
    const r = await application(auto, d2, 'paid', [
      { step: 'confirm', to: 'confirmed', on: confirmOn },
      { step: 'accept', to: 'accepted', on: back(3), by: 'e' },
      { step: 'pay', to: 'paid', on: back(1) },
      { step: 'rate', to: 'paid', on: back(1), by: 'e', details: { score: 5 } },
    ]);
    await tx.insert(policyPayments).values({
      applicationId: r.id,
      paidOn: back(1),
      amountFen: d2.e.amountFen as number,
      reference: `示例凭证${back(1).replaceAll('-', '')}-03`,
      recordedBy: admin,
      recordedAt: dayAt(back(1), 14),
    });
    await tx.insert(policyRatings).values({
      applicationId: r.id,
      orgId: d2.orgId,
      score: 5,
      comment: '没有提交任何材料就收到了奖励（示例）',
      ratedBy: admin,
      ratedAt: dayAt(back(1), 17),
    });
  }
  if (d3)
    await application(
      auto,
      d3,
      'refused',
      [
        { step: 'confirm', to: 'confirmed', on: confirmOn },
        {
          step: 'refuse',
          to: 'refused',
          on: back(2),
          by: 'e',
          details: { reason: '本年度已通过上级部门领取同类奖励（示例）' },
        },
      ],
      { refusalReason: '本年度已通过上级部门领取同类奖励（示例）' },
    );
  return { policyItems: 4, policyApplications: count };
}
