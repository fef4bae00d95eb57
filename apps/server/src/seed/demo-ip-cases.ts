import { addDays, shanghaiDate } from '@cz/shared';
import { sql } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';

const DAY = 86_400_000;

/**
 * 知识产权维权援助: the demo enterprise's cases in several states — one waiting for acceptance, one in hand with the
 * demo expert's consultation, one in mediation handled by the demo IP agency (示例知识产权代理事务所), and one closed
 * with wilful infringement found (another demo organisation, so that the credit record has a row).
 */
export async function seedIpCasesDemo(
  tx: Tx,
  ctx: {
    now: Date;
    adminUserId: number | null;
    expertUserId: number | null;
    enterprise: { orgId: number; userId: number };
  },
) {
  if (!ctx.adminUserId || !ctx.expertUserId) return { ipCases: 0 };
  const { rows: others } = await tx.execute(sql`
    SELECT id FROM org_directory WHERE kind = 'enterprise' AND status = 'verified' AND id <> ${ctx.enterprise.orgId}
    ORDER BY id DESC LIMIT 1`);
  const infringer = Number((others[0] as { id: number } | undefined)?.id ?? 0);
  const { rows: agencies } = await tx.execute(sql`
    SELECT id FROM org_directory WHERE kind = 'provider' AND status = 'verified' AND name = '示例知识产权代理事务所'`);
  const agency = (agencies[0] as { id: number } | undefined)?.id ?? null;
  const at = (days: number) => new Date(ctx.now.getTime() - days * DAY).toISOString();
  const today = shanghaiDate(ctx.now);
  const cases: {
    kind: string;
    title: string;
    description: string;
    counterparty: string;
    daysAgo: number;
    status: string;
    notes: [string, number, string][];
    dueIn?: number;
    outcome?: string;
    wilful?: boolean;
    /** Handled by the IP agency instead of the expert. */
    byAgency?: boolean;
  }[] = [
    {
      kind: 'infringed',
      title: '示例 电子产品外观设计被电商店铺仿冒',
      description:
        '示例：某电商平台多家店铺销售与我司外观设计专利高度近似的智能电表外壳，已保存购买记录、页面截图与实物。',
      counterparty: '示例某电商店铺经营者',
      daysAgo: 2,
      status: 'submitted',
      notes: [],
    },
    {
      kind: 'accused',
      title: '示例 收到竞争对手的专利侵权警告函',
      description: '示例：竞争对手来函称我司新款传感器模组侵犯其实用新型专利，要求停止生产，我司认为技术方案不同。',
      counterparty: '示例某传感器有限公司',
      daysAgo: 12,
      status: 'handling',
      dueIn: 18,
      notes: [
        ['status', 10, '受理，办理期限已设定'],
        ['consultation', 6, '示例：建议对比权利要求逐项分析技术特征，必要时申请专利权评价报告，并准备不侵权抗辩。'],
      ],
    },
    {
      kind: 'ownership',
      title: '示例 合作研发成果专利权属争议',
      description: '示例：与某高校合作研发的检测方法，对方单独申请了发明专利，合同约定成果共有，需确认权属。',
      counterparty: '示例某高校',
      daysAgo: 25,
      status: 'mediation',
      dueIn: 5,
      byAgency: agency !== null,
      notes: [
        ['status', 23, '受理，办理期限已设定'],
        ['status', 8, '调解：双方同意在管理部门主持下调解'],
      ],
    },
    {
      kind: 'infringed',
      title: '示例 发明专利被区内企业擅自实施',
      description: '示例：区内一家企业在产线中使用我司发明专利的工艺，经现场取证与比对，技术特征全部落入权利要求范围。',
      counterparty: '示例区内某企业',
      daysAgo: 60,
      status: 'closed',
      dueIn: -20,
      outcome: '示例：经专家论证认定构成故意侵权，对方停止实施并签订许可合同，支付赔偿。',
      wilful: infringer > 0,
      notes: [
        ['status', 58, '受理，办理期限已设定'],
        ['consultation', 50, '示例：侵权事实清楚，建议先协商许可，协商不成再提起诉讼。'],
        ['status', 30, '结案'],
      ],
    },
  ];
  for (const c of cases) {
    const accepted = c.status !== 'submitted';
    const { rows } = await tx.execute(sql`
      INSERT INTO ip_rights_cases (org_id, kind, title, description, counterparty, status, expert_id, agency_org_id,
                                   due_on, outcome, wilful_infringer_org_id, submitted_by, submitted_at, closed_at,
                                   updated_at)
      VALUES (${ctx.enterprise.orgId}, ${c.kind}, ${c.title}, ${c.description}, ${c.counterparty}, ${c.status},
              ${accepted && !c.byAgency ? ctx.expertUserId : null}, ${c.byAgency ? agency : null},
              ${accepted ? addDays(today, c.dueIn ?? 30) : null},
              ${c.outcome ?? null}, ${c.wilful ? infringer : null}, ${ctx.enterprise.userId}, ${at(c.daysAgo)},
              ${c.status === 'closed' ? at(30) : null}, ${at(0)})
      RETURNING id`);
    const id = Number((rows[0] as { id: number }).id);
    for (const [kind, daysAgo, body] of c.notes)
      await tx.execute(sql`
        INSERT INTO ip_rights_case_notes (case_id, kind, author_id, body, created_at)
        VALUES (${id}, ${kind}, ${kind === 'consultation' ? ctx.expertUserId : ctx.adminUserId}, ${body}, ${at(daysAgo)})`);
  }
  return { ipCases: cases.length };
}
