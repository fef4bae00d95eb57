import type { AchievementStage, TechField, TransferMode } from '@cz/shared/market';
import type { Tx } from '../kernel/db/connection.ts';
import { achievementMatchColumns } from '../modules/market/market.match-text.ts';
import { marketAchievements } from '../modules/market/market.table.ts';
import { TOPIC_TEXTS } from './demo-market.topics.data.ts';

type Owner = { id: number; name: string; kind: string };
type DemoAchievement = {
  title: string;
  summary: string;
  field: TechField;
  stage: AchievementStage;
  modes: TransferMode[];
  /** 万元; null for 面议. */
  priceWan: number | null;
  keywords: string[];
  evidence?: string;
};

/** Fictional achievements across the zone's industries (光伏, 炭基新材料, 电子信息, 装备制造, 大健康…). */
const ACHIEVEMENTS: DemoAchievement[] = [
  {
    title: '示例异质结光伏电池低温银浆制备技术',
    summary:
      '示例成果：用于异质结（HJT）电池的低温固化银浆配方与制备工艺，固化温度 200℃ 以下，体电阻率低于 5 μΩ·cm，可替代进口浆料。',
    field: 'energy',
    stage: 'middle',
    modes: ['licence', 'joint_development'],
    priceWan: 80,
    keywords: ['异质结', '银浆', '光伏'],
    evidence: '示例中试线连续运行 3 个月，良率 98.5%',
  },
  {
    title: '示例沥青基碳纤维连续纺丝工艺',
    summary: '示例成果：以煤焦油沥青为原料的中间相沥青制备与连续熔融纺丝工艺，碳纤维拉伸模量不低于 600 GPa。',
    field: 'materials',
    stage: 'middle',
    modes: ['transfer', 'equity'],
    priceWan: 500,
    keywords: ['炭基新材料', '碳纤维', '沥青'],
  },
  {
    title: '示例煤基针状焦低灰分精制方法',
    summary: '示例成果：煤系针状焦原料的溶剂萃取精制方法，灰分降至 0.05% 以下，适用于超高功率石墨电极。',
    field: 'materials',
    stage: 'mature',
    modes: ['transfer', 'licence'],
    priceWan: 300,
    keywords: ['针状焦', '石墨电极', '炭基新材料'],
    evidence: '示例已在两条生产线应用',
  },
  {
    title: '示例光伏组件电致发光缺陷智能识别系统',
    summary:
      '示例成果：基于深度学习的光伏组件 EL 图像缺陷识别软件，可识别隐裂、断栅、黑片等 12 类缺陷，识别准确率 99%。',
    field: 'electronics',
    stage: 'mature',
    modes: ['licence'],
    priceWan: 45,
    keywords: ['光伏', '缺陷检测', '机器视觉'],
  },
  {
    title: '示例 5G 小基站射频前端模组',
    summary: '示例成果：面向 5G 小基站的射频前端模组设计，集成功放、低噪放与滤波器，工作频段 3.3–3.6 GHz。',
    field: 'electronics',
    stage: 'middle',
    modes: ['joint_development'],
    priceWan: null,
    keywords: ['5G', '射频', '模组'],
  },
  {
    title: '示例重载 AGV 激光导航定位算法',
    summary: '示例成果：适用于 10 吨以上重载 AGV 的激光 SLAM 导航定位算法，重复定位精度 ±5 mm，支持多车调度。',
    field: 'manufacturing',
    stage: 'mature',
    modes: ['licence', 'transfer'],
    priceWan: 120,
    keywords: ['AGV', '激光导航', '智能制造'],
  },
  {
    title: '示例液压支架电液控制系统',
    summary: '示例成果：煤矿综采工作面液压支架电液控制系统，支持自动跟机与远程集控，响应时间小于 200 ms。',
    field: 'manufacturing',
    stage: 'mature',
    modes: ['transfer'],
    priceWan: 260,
    keywords: ['装备制造', '液压支架', '电液控制'],
  },
  {
    title: '示例中药材连翘有效成分提取工艺',
    summary: '示例成果：连翘中连翘酯苷与连翘苷的超声辅助提取与纯化工艺，得率较传统工艺提高 30%。',
    field: 'biomedicine',
    stage: 'middle',
    modes: ['transfer', 'joint_development'],
    priceWan: 60,
    keywords: ['大健康', '中药材', '提取工艺'],
  },
  {
    title: '示例焦化废水深度处理与回用技术',
    summary: '示例成果：焦化废水“预处理—生化—膜分离”组合工艺，出水化学需氧量低于 50 mg/L，回用率 90% 以上。',
    field: 'environment',
    stage: 'mature',
    modes: ['licence', 'transfer'],
    priceWan: null,
    keywords: ['焦化废水', '膜分离', '回用'],
  },
  {
    title: '示例工业设备远程运维云平台',
    summary: '示例成果：面向中小制造企业的设备远程监测与预测性维护平台，支持主流 PLC 协议接入与故障预警。',
    field: 'hightech_services',
    stage: 'mature',
    modes: ['licence'],
    priceWan: 30,
    keywords: ['工业互联网', '预测性维护', '云平台'],
  },
  {
    title: '示例钙钛矿叠层电池封装材料',
    summary: '示例成果：钙钛矿/晶硅叠层电池用低水汽透过率封装胶膜，水汽透过率低于 0.01 g/(m²·d)。',
    field: 'energy',
    stage: 'early',
    modes: ['joint_development'],
    priceWan: null,
    keywords: ['钙钛矿', '封装', '光伏'],
  },
  {
    title: '示例无人机高压线路巡检图像分析方法',
    summary: '示例成果：基于无人机图像的输电线路绝缘子破损与异物识别方法，单张识别时间小于 0.5 秒。',
    field: 'aerospace',
    stage: 'middle',
    modes: ['licence', 'joint_development'],
    priceWan: 50,
    keywords: ['无人机', '巡检', '图像识别'],
  },
];

/** Technologies by field, for the rest of the demo catalogue (fictional, in the zone's industries). */
const TOPICS: Record<TechField, string[]> = {
  electronics: [
    '车规级功率模块封装',
    '柔性电路板激光钻孔',
    '智能电表计量芯片',
    '工业以太网交换模组',
    '红外热成像探测器',
    '锂电池管理芯片',
    '高速光模块',
    '北斗定位终端',
    '边缘计算网关',
    '压力传感器标定',
  ],
  biomedicine: [
    '党参多糖提取',
    '黄芩苷纯化',
    '医用敷料抗菌涂层',
    '动物疫苗佐剂',
    '中药配方颗粒质量控制',
    '体外诊断试剂冻干',
    '功能性食品微胶囊',
    '康复辅具步态分析',
    '酶法制备低聚糖',
    '中药材重金属快速检测',
  ],
  aerospace: [
    '无人机复合材料机翼',
    '航空紧固件表面处理',
    '卫星遥感农情监测',
    '小型涡喷发动机叶片',
    '机载线束检测',
    '无人机电池快换',
    '航空铝合金热处理',
    '飞行控制仿真平台',
    '高空气象探测',
    '旋翼动平衡检测',
  ],
  materials: [
    '石墨烯导热膜',
    '煤基活性炭',
    '碳化硅单晶生长',
    '高纯石英砂提纯',
    '特种陶瓷粉体',
    '纳米碳酸钙改性',
    '耐磨合金堆焊',
    '可降解包装材料',
    '多孔炭电极',
    '玄武岩纤维连续拉丝',
  ],
  hightech_services: [
    '检验检测数据管理平台',
    '技术转移信息撮合系统',
    '知识产权分析工具',
    '工业设计协同平台',
    '企业研发项目管理软件',
    '科技成果评价模型',
    '设备共享预约系统',
    '供应链质量追溯平台',
    '能耗在线监测服务',
    '数字孪生工厂建模',
  ],
  energy: [
    '光伏组件清洗机器人',
    '储能电池热管理',
    '氢燃料电池双极板',
    '分布式光伏运维',
    '余热回收有机朗肯循环',
    '风电叶片无损检测',
    '高效硅片切割',
    '智能微电网控制',
    '光伏逆变器散热',
    '煤矿瓦斯发电',
  ],
  environment: [
    '煤矸石综合利用',
    '矿井水深度处理',
    '工业固废制砖',
    'VOCs 催化燃烧',
    '土壤重金属修复',
    '粉煤灰提取氧化铝',
    '污泥低温干化',
    '烟气脱硝催化剂再生',
    '尾矿库在线监测',
    '焦炉煤气制氢',
  ],
  manufacturing: [
    '数控机床热误差补偿',
    '协作机器人关节减速器',
    '智能焊接视觉跟踪',
    '矿用刮板输送机链条',
    '精密齿轮磨削',
    '增材制造金属粉末',
    '液压阀块集成设计',
    '智能仓储穿梭车',
    '注塑模具随形冷却',
    '轴承故障在线诊断',
  ],
};
const FORMS = ['技术', '方法', '系统'];
/** What each form of a generated achievement offers, after its description. */
const OFFERS: Record<string, string> = {
  技术: '可提供技术资料和现场指导，面向园区企业开展转化对接。',
  方法: '可提供工艺方法、参数和检测数据，面向园区企业开展转化对接。',
  系统: '可提供成套系统与安装调试，面向园区企业开展转化对接。',
};
const STAGES: AchievementStage[] = ['early', 'middle', 'mature'];
const MODE_SETS: TransferMode[][] = [
  ['transfer'],
  ['licence'],
  ['transfer', 'licence'],
  ['joint_development'],
  ['licence', 'equity'],
];

/** The rest of the catalogue: two achievements per technology above, in turns of stage, mode and price. */
function generated(): DemoAchievement[] {
  const out: DemoAchievement[] = [];
  let n = 0;
  for (const [field, topics] of Object.entries(TOPICS) as [TechField, string[]][])
    for (const topic of topics)
      for (const form of [FORMS[n % FORMS.length], FORMS[(n + 1) % FORMS.length]]) {
        n++;
        out.push({
          title: `示例${topic}${form}`,
          summary: `示例成果：${TOPIC_TEXTS[topic] ?? `围绕${topic}形成的成套${form}，已完成关键指标测试。`}${OFFERS[form as string] ?? ''}（第 ${n} 号示例）`,
          field,
          stage: STAGES[n % STAGES.length] as AchievementStage,
          modes: MODE_SETS[n % MODE_SETS.length] as TransferMode[],
          priceWan: n % 4 === 0 ? null : 10 + ((n * 37) % 490),
          keywords: [topic.slice(0, 4)],
        });
      }
  return out;
}

/**
 * 科技成果 on the market (a hundred and more): most published (owned by the demo enterprise, the 示例理工学院 and 示例新材料研究院, and
 * other enterprises), and for the demo enterprise one waiting for review, one returned with a reason and one draft,
 * so that each status and the administration's review queue show on first start.
 */
export async function seedMarketDemo(
  tx: Tx,
  ctx: { now: Date; demoEnterprise: Owner & { userId: number }; owners: Owner[]; adminUserId: number | null },
) {
  const minute = 60_000;
  const rows = ACHIEVEMENTS.map((a, i) => {
    // Every third achievement is the demo enterprise's: published, published, waiting for review, returned.
    const mine = i % 3 === 0 || ctx.owners.length === 0;
    const owner = mine ? ctx.demoEnterprise : (ctx.owners[i % ctx.owners.length] as Owner);
    const status = i === 6 ? 'submitted' : i === 9 ? 'returned' : 'published';
    const at = new Date(ctx.now.getTime() - (ACHIEVEMENTS.length - i) * 90 * minute);
    return {
      ownerOrgId: owner.id,
      title: a.title,
      summary: a.summary,
      field: a.field,
      stage: a.stage,
      maturityEvidence: a.evidence ?? '',
      transferModes: a.modes,
      priceFen: a.priceWan === null ? null : a.priceWan * 1_000_000,
      negotiable: a.priceWan === null,
      keywords: a.keywords,
      team: [{ name: `示例研究员${i + 1}`, title: '高级工程师', role: '项目负责人' }],
      ...achievementMatchColumns({ ...a, maturityEvidence: a.evidence ?? '' }),
      status: status as 'published' | 'submitted' | 'returned',
      reviewNote: status === 'returned' ? '示例：请补充运行数据和检测报告' : null,
      reviewedBy: status === 'submitted' ? null : ctx.adminUserId,
      reviewedAt: status === 'submitted' ? null : at,
      publishedAt: status === 'published' ? at : null,
      createdBy: ctx.demoEnterprise.userId,
      createdAt: at,
      updatedAt: at,
    };
  });
  const inserted = await tx.insert(marketAchievements).values(rows).returning({ id: marketAchievements.id });
  const [draft] = await tx
    .insert(marketAchievements)
    .values({
      ownerOrgId: ctx.demoEnterprise.id,
      title: '示例精密电子元件自动光学检测方案（草稿）',
      summary: '示例草稿：用于贴片元件焊点的自动光学检测方案，尚在整理测试数据，未提交审核。',
      field: 'electronics',
      stage: 'early',
      transferModes: ['joint_development'],
      priceFen: null,
      negotiable: true,
      createdBy: ctx.demoEnterprise.userId,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning({ id: marketAchievements.id });
  // The rest of the catalogue, published, from every owner in turn.
  const all = [ctx.demoEnterprise, ...ctx.owners];
  const rest = generated().map((a, i) => {
    const at = new Date(ctx.now.getTime() - (i + 20) * 7 * 60 * minute);
    return {
      ownerOrgId: (all[i % all.length] as Owner).id,
      title: a.title,
      summary: a.summary,
      field: a.field,
      stage: a.stage,
      transferModes: a.modes,
      priceFen: a.priceWan === null ? null : a.priceWan * 1_000_000,
      negotiable: a.priceWan === null,
      keywords: a.keywords,
      ...achievementMatchColumns({ ...a, maturityEvidence: '' }),
      status: 'published' as const,
      reviewedBy: ctx.adminUserId,
      reviewedAt: at,
      publishedAt: at,
      createdBy: ctx.demoEnterprise.userId,
      createdAt: at,
      updatedAt: at,
    };
  });
  await tx.insert(marketAchievements).values(rest);
  return { marketAchievements: inserted.length + (draft ? 1 : 0) + rest.length };
}
