import { shanghaiDate } from '@cz/shared';
import type { NeedTarget, TechField } from '@cz/shared/market';
import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../kernel/db/connection.ts';
import { marketAchievements, marketBrokers, marketNeeds, marketPushes } from '../modules/market/market.table.ts';

type Owner = { id: number; name: string; kind: string };
type DemoNeed = {
  title: string;
  summary: string;
  details?: string;
  field: TechField;
  targets: NeedTarget[];
  /** 万元; null for 面议. */
  budgetWan: [number, number] | null;
  keywords: string[];
  confidential?: boolean;
};
const target = (indicator: string, operator: NeedTarget['operator'], value: number, unit = ''): NeedTarget => ({
  indicator,
  operator,
  value,
  unit,
});

/** Fictional needs of the zone's enterprises, in its industries, each with measurable targets. */
const NEEDS: DemoNeed[] = [
  {
    title: '示例 TOPCon 电池背面钝化膜工艺优化需求',
    summary: '示例需求：现有 TOPCon 产线背面隧穿氧化层与多晶硅层均匀性不足，寻求钝化工艺优化方案，提升电池转换效率。',
    details: '示例详细：现有 LPCVD 设备 4 台，单管产能 1600 片；希望不新增主设备完成改造。',
    field: 'energy',
    targets: [target('电池转换效率', 'gte', 25.5, '%'), target('少子寿命', 'gte', 1500, 'μs')],
    budgetWan: [100, 300],
    keywords: ['TOPCon', '钝化', '光伏电池'],
    confidential: true,
  },
  {
    title: '示例光伏组件封装胶膜国产替代需求',
    summary: '示例需求：寻求用于 N 型组件的抗 PID 封装胶膜配方或合作开发，替代进口产品，适配现有层压工艺。',
    field: 'energy',
    targets: [target('透光率', 'gte', 91, '%'), target('水汽透过率', 'lte', 1.5, 'g/(m²·d)')],
    budgetWan: [50, 200],
    keywords: ['封装胶膜', '光伏组件', '国产替代'],
  },
  {
    title: '示例光伏电站组件清洗降本需求',
    summary: '示例需求：山地光伏电站组件积灰严重，人工清洗成本高，寻求无水或少水的自动清洗装备与运维方案。',
    field: 'energy',
    targets: [target('单台日清洗面积', 'gte', 8000, 'm²'), target('耗水量', 'lte', 0.1, 'L/m²')],
    budgetWan: [30, 80],
    keywords: ['光伏电站', '清洗机器人', '运维'],
  },
  {
    title: '示例高功率石墨电极用针状焦需求',
    summary: '示例需求：超高功率石墨电极生产需稳定供应的低灰分、低热膨胀系数针状焦，寻求原料精制与焦化工艺技术。',
    field: 'materials',
    targets: [target('灰分', 'lte', 0.1, '%'), target('热膨胀系数', 'lte', 1.2, '×10⁻⁶/℃')],
    budgetWan: [200, 600],
    keywords: ['针状焦', '石墨电极', '炭基新材料'],
  },
  {
    title: '示例锂电池硅碳负极材料开发需求',
    summary: '示例需求：开发用于动力电池的硅碳复合负极材料，兼顾首次效率与循环寿命，计划在园区建设中试线。',
    details: '示例详细：目标客户为两家动力电池企业，样品需通过其扣电与全电测试。',
    field: 'materials',
    targets: [
      target('首次库伦效率', 'gte', 88, '%'),
      target('比容量', 'gte', 450, 'mAh/g'),
      target('循环寿命（容量保持 80%）', 'gte', 1000, '次'),
    ],
    budgetWan: [300, 800],
    keywords: ['硅碳负极', '锂电池', '炭基新材料'],
    confidential: true,
  },
  {
    title: '示例高模量碳纤维制备技术需求',
    summary: '示例需求：风电叶片主梁需高模量碳纤维，寻求以煤焦油沥青为原料的碳纤维制备技术转让或合作开发。',
    field: 'materials',
    targets: [target('拉伸模量', 'gte', 500, 'GPa'), target('拉伸强度', 'gte', 3, 'GPa')],
    budgetWan: null,
    keywords: ['碳纤维', '沥青基', '风电叶片'],
  },
  {
    title: '示例光伏组件隐裂自动检测需求',
    summary: '示例需求：组件车间 EL 检测依赖人工判图，漏检率高，寻求基于机器视觉的缺陷自动识别软件，接入现有 EL 设备。',
    field: 'electronics',
    targets: [target('缺陷识别准确率', 'gte', 98, '%'), target('单张判图时间', 'lte', 1, '秒')],
    budgetWan: [20, 60],
    keywords: ['EL 检测', '机器视觉', '缺陷识别'],
  },
  {
    title: '示例车规级功率模块散热设计需求',
    summary: '示例需求：新能源汽车电控用 IGBT 功率模块温升偏高，寻求封装结构与散热方案优化，通过车规可靠性试验。',
    field: 'electronics',
    targets: [target('结壳热阻', 'lte', 0.1, 'K/W'), target('功率循环次数', 'gte', 50000, '次')],
    budgetWan: [80, 150],
    keywords: ['功率模块', 'IGBT', '散热'],
  },
  {
    title: '示例综采工作面智能化改造需求',
    summary: '示例需求：煤矿综采工作面液压支架跟机自动化程度低，寻求电液控制与远程集控的改造方案。',
    field: 'manufacturing',
    targets: [target('跟机自动化率', 'gte', 90, '%'), target('控制响应时间', 'lte', 200, 'ms')],
    budgetWan: [150, 400],
    keywords: ['液压支架', '电液控制', '智能矿山'],
  },
  {
    title: '示例重载搬运 AGV 精准定位需求',
    summary: '示例需求：钢结构车间需 15 吨重载 AGV 在无反光板环境下精准停靠，寻求导航定位算法与整车方案。',
    field: 'manufacturing',
    targets: [target('重复定位精度', 'lte', 5, 'mm'), target('额定载重', 'gte', 15, 't')],
    budgetWan: [100, 200],
    keywords: ['AGV', '导航定位', '重载搬运'],
  },
  {
    title: '示例连翘提取物收率提升需求',
    summary: '示例需求：连翘提取车间有效成分得率偏低、溶剂消耗大，寻求绿色高效提取与纯化工艺。',
    field: 'biomedicine',
    targets: [target('连翘酯苷得率提升', 'gte', 25, '%'), target('乙醇单耗降低', 'gte', 20, '%')],
    budgetWan: [40, 100],
    keywords: ['连翘', '中药提取', '大健康'],
  },
  {
    title: '示例焦化废水零排放处理需求',
    summary: '示例需求：焦化企业需将生化出水深度处理后回用于循环水系统，寻求膜处理与浓水处置的组合工艺。',
    field: 'environment',
    targets: [target('出水化学需氧量', 'lte', 50, 'mg/L'), target('水回用率', 'gte', 90, '%')],
    budgetWan: null,
    keywords: ['焦化废水', '零排放', '膜处理'],
  },
];

/** What the rest of the demo's needs are about, by field: the problem and two targets each. */
const TOPICS: Record<TechField, [string, NeedTarget, NeedTarget][]> = {
  electronics: [
    ['智能电表计量芯片国产化', target('计量精度', 'lte', 0.5, '%'), target('工作温度上限', 'gte', 85, '℃')],
    ['工业现场边缘计算网关', target('接入协议数', 'gte', 10, '种'), target('数据时延', 'lte', 50, 'ms')],
    ['红外测温模组小型化', target('测温精度', 'lte', 0.5, '℃'), target('模组体积', 'lte', 20, 'cm³')],
    ['锂电池管理系统均衡', target('均衡电流', 'gte', 2, 'A'), target('电压采样误差', 'lte', 2, 'mV')],
    ['北斗高精度定位终端', target('定位精度', 'lte', 2, 'cm'), target('功耗', 'lte', 3, 'W')],
  ],
  biomedicine: [
    ['党参多糖功能食品开发', target('多糖含量', 'gte', 30, '%'), target('保质期', 'gte', 18, '月')],
    ['医用敷料抗菌性能提升', target('抑菌率', 'gte', 99, '%'), target('细胞毒性等级', 'lte', 1, '级')],
    ['中药配方颗粒质量标准', target('指纹图谱相似度', 'gte', 0.9), target('含量测定偏差', 'lte', 5, '%')],
    ['体外诊断试剂稳定性', target('有效期', 'gte', 24, '月'), target('批间差', 'lte', 10, '%')],
    ['畜禽疫苗佐剂国产化', target('抗体阳转率', 'gte', 90, '%'), target('不良反应率', 'lte', 1, '%')],
  ],
  aerospace: [
    ['无人机长航时电池', target('续航时间', 'gte', 90, '分钟'), target('电池能量密度', 'gte', 300, 'Wh/kg')],
    ['航空铝合金零件热处理变形控制', target('变形量', 'lte', 0.1, 'mm'), target('硬度合格率', 'gte', 99, '%')],
    ['卫星遥感农田长势监测', target('分类精度', 'gte', 90, '%'), target('更新周期', 'lte', 5, '天')],
    ['输电线路无人机自主巡检', target('缺陷识别率', 'gte', 95, '%'), target('单架次巡检距离', 'gte', 10, 'km')],
    ['复合材料无人机机翼减重', target('减重', 'gte', 20, '%'), target('弯曲强度', 'gte', 600, 'MPa')],
  ],
  materials: [
    ['石墨烯导热膜量产', target('面内导热系数', 'gte', 1500, 'W/(m·K)'), target('厚度', 'lte', 50, 'μm')],
    ['煤基活性炭吸附性能提升', target('碘吸附值', 'gte', 1000, 'mg/g'), target('强度', 'gte', 95, '%')],
    ['高纯石英砂提纯', target('二氧化硅纯度', 'gte', 99.99, '%'), target('铁含量', 'lte', 5, 'ppm')],
    ['玄武岩纤维连续拉丝', target('单丝直径', 'lte', 13, 'μm'), target('断头率', 'lte', 2, '次/小时')],
    ['超级电容器多孔炭电极', target('比表面积', 'gte', 2000, 'm²/g'), target('比电容', 'gte', 150, 'F/g')],
  ],
  hightech_services: [
    ['检测实验室信息管理系统', target('报告出具周期缩短', 'gte', 30, '%'), target('数据留存年限', 'gte', 6, '年')],
    ['企业研发费用归集工具', target('归集准确率', 'gte', 95, '%'), target('支持项目数', 'gte', 200, '项')],
    ['产品质量追溯平台', target('追溯响应时间', 'lte', 3, '秒'), target('批次覆盖率', 'eq', 100, '%')],
    ['工厂数字孪生建模', target('模型刷新周期', 'lte', 1, '秒'), target('设备接入数', 'gte', 500, '台')],
    ['园区能耗在线监测服务', target('监测点位', 'gte', 1000, '个'), target('数据完整率', 'gte', 99, '%')],
  ],
  energy: [
    ['储能电站电池热管理', target('电芯温差', 'lte', 3, '℃'), target('系统能耗占比', 'lte', 2, '%')],
    ['燃料电池金属双极板', target('接触电阻', 'lte', 10, 'mΩ·cm²'), target('腐蚀电流密度', 'lte', 1, 'μA/cm²')],
    ['工业余热发电', target('发电效率', 'gte', 12, '%'), target('投资回收期', 'lte', 5, '年')],
    ['风电叶片无损检测', target('缺陷检出尺寸', 'lte', 2, 'mm'), target('单支检测时间', 'lte', 4, '小时')],
    ['分布式光伏智能运维', target('故障定位时间', 'lte', 30, '分钟'), target('发电量提升', 'gte', 3, '%')],
  ],
  environment: [
    ['煤矸石制备建材', target('煤矸石掺量', 'gte', 60, '%'), target('抗压强度', 'gte', 15, 'MPa')],
    ['矿井水除氟', target('出水氟化物', 'lte', 1, 'mg/L'), target('吨水成本', 'lte', 2, '元')],
    ['VOCs 废气治理', target('去除效率', 'gte', 95, '%'), target('运行能耗降低', 'gte', 20, '%')],
    ['粉煤灰资源化利用', target('氧化铝提取率', 'gte', 85, '%'), target('废渣减量', 'gte', 50, '%')],
    ['污泥低温干化', target('出泥含水率', 'lte', 30, '%'), target('吨泥能耗', 'lte', 80, 'kWh')],
  ],
  manufacturing: [
    ['数控机床热变形补偿', target('加工精度提升', 'gte', 30, '%'), target('补偿后误差', 'lte', 5, 'μm')],
    ['焊接机器人视觉跟踪', target('焊缝跟踪精度', 'lte', 0.3, 'mm'), target('焊接速度', 'gte', 1, 'm/min')],
    ['刮板输送机链条寿命提升', target('链条寿命', 'gte', 18, '月'), target('断链率降低', 'gte', 50, '%')],
    ['金属增材制造粉末制备', target('球形度', 'gte', 0.95), target('氧含量', 'lte', 800, 'ppm')],
    ['轴承故障在线诊断', target('故障预警提前量', 'gte', 72, '小时'), target('误报率', 'lte', 5, '%')],
  ],
};

/** The rest of the needs: the topics above, from the enterprises in turn, with varied budgets. */
function generated(): DemoNeed[] {
  const out: DemoNeed[] = [];
  let n = 0;
  for (const [field, topics] of Object.entries(TOPICS) as [TechField, [string, NeedTarget, NeedTarget][]][])
    for (const [k, [topic, a, b]] of topics.entries()) {
      // The first three topics of each field are sought twice: once to buy, once to develop together.
      for (const joint of k < 3 ? [false, true] : [false]) {
        n++;
        out.push({
          title: joint ? `示例${topic}合作开发需求` : `示例${topic}需求`,
          summary: joint
            ? `示例需求：拟与高校或科研院所联合攻关${topic}，共建中试平台，成果按约定共享（第 ${n} 号示例）。`
            : `示例需求：企业在${topic}方面遇到瓶颈，寻求技术转让、许可或合作开发，希望在一年内完成中试验证（第 ${n} 号示例）。`,
          field,
          targets: [a, b],
          budgetWan: n % 5 === 0 ? null : [10 * (1 + (n % 7)), 10 * (1 + (n % 7)) + 20 * (1 + (n % 4))],
          keywords: [topic.slice(0, 4)],
          confidential: n % 6 === 0,
        });
      }
    }
  return out;
}

const DAY = 86_400_000;

/**
 * 技术需求 on the market (seventy and more): most published, deadlines from a week ago (closed, to show the "open"
 * filter) to a year ahead; of the demo enterprise's, one waiting for review, one returned with a reason and one draft.
 */
export async function seedMarketNeedsDemo(
  tx: Tx,
  ctx: { now: Date; demoEnterprise: Owner & { userId: number }; owners: Owner[]; adminUserId: number | null },
) {
  const others = ctx.owners.filter((o) => o.kind === 'enterprise');
  const all = [...NEEDS, ...generated()];
  const rows = all.map((d, i) => {
    const mine = i < NEEDS.length ? i % 3 === 0 : false;
    const owner = mine ? ctx.demoEnterprise : (others[i % others.length] ?? ctx.demoEnterprise);
    const status = i === 3 ? 'submitted' : i === 6 ? 'returned' : i === 9 ? 'draft' : 'published';
    const at = new Date(ctx.now.getTime() - (all.length - i) * 5 * 3_600_000);
    // Every eleventh need closed a week ago; the others run from a month to a year ahead.
    const deadline = shanghaiDate(new Date(ctx.now.getTime() + (i % 11 === 10 ? -7 : 30 + ((i * 29) % 335)) * DAY));
    return {
      ownerOrgId: owner.id,
      title: d.title,
      summary: d.summary,
      details: d.details ?? '',
      field: d.field,
      targets: d.targets,
      budgetMinFen: d.budgetWan ? d.budgetWan[0] * 1_000_000 : null,
      budgetMaxFen: d.budgetWan ? d.budgetWan[1] * 1_000_000 : null,
      deadline,
      confidentiality: d.confidential ? ('summary' as const) : ('public' as const),
      keywords: d.keywords,
      status: status as 'published' | 'submitted' | 'returned' | 'draft',
      reviewNote: status === 'returned' ? '示例：请把“效率提升”写成可检测的指标和数值' : null,
      reviewedBy: status === 'published' || status === 'returned' ? ctx.adminUserId : null,
      reviewedAt: status === 'published' || status === 'returned' ? at : null,
      publishedAt: status === 'published' ? at : null,
      createdBy: ctx.demoEnterprise.userId,
      createdAt: at,
      updatedAt: at,
    };
  });
  const inserted = await tx.insert(marketNeeds).values(rows).returning({ id: marketNeeds.id });
  return { marketNeeds: inserted.length };
}

/**
 * The demo broker (and the demo expert) as 技术经理人, and two suggestions the broker pushed for the demo enterprise's
 * TOPCon need: one it said it is interested in (so its seller reads the need's details), one waiting for its answer
 * (on its workbench).
 */
export async function seedMarketPushesDemo(
  tx: Tx,
  ctx: { now: Date; brokerUserId: number | null; otherBrokerUserIds?: number[] },
) {
  if (!ctx.brokerUserId) return { marketPushes: 0 };
  await tx
    .insert(marketBrokers)
    .values([ctx.brokerUserId, ...(ctx.otherBrokerUserIds ?? [])].map((userId) => ({ userId, addedAt: ctx.now })));
  const [need] = await tx
    .select({ id: marketNeeds.id, ownerOrgId: marketNeeds.ownerOrgId, createdBy: marketNeeds.createdBy })
    .from(marketNeeds)
    .where(eq(marketNeeds.title, '示例 TOPCon 电池背面钝化膜工艺优化需求'));
  const found = await tx
    .select({ id: marketAchievements.id, title: marketAchievements.title })
    .from(marketAchievements)
    .where(inArray(marketAchievements.title, ['示例异质结光伏电池低温银浆制备技术', '示例钙钛矿叠层电池封装材料']));
  const byTitle = new Map(found.map((a) => [a.title, a.id]));
  const paste = byTitle.get('示例异质结光伏电池低温银浆制备技术');
  const film = byTitle.get('示例钙钛矿叠层电池封装材料');
  if (!need || !paste || !film) return { marketPushes: 0 };
  const hour = 3_600_000;
  await tx.insert(marketPushes).values([
    {
      needId: need.id,
      achievementId: paste,
      pushedBy: ctx.brokerUserId,
      note: '示例：对方有电池金属化与钝化配套经验，可先做小批量验证',
      pushedAt: new Date(ctx.now.getTime() - 48 * hour),
      answer: 'interested',
      answeredBy: need.createdBy,
      answeredAt: new Date(ctx.now.getTime() - 30 * hour),
    },
    {
      needId: need.id,
      achievementId: film,
      pushedBy: ctx.brokerUserId,
      note: '示例：封装与钝化同属提效环节，可一并评估',
      pushedAt: new Date(ctx.now.getTime() - 2 * hour),
    },
  ]);
  return { marketPushes: 2 };
}
