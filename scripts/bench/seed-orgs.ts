import { PARKS } from '@cz/shared';
import type pg from 'pg';
import { demoUscc } from '../../apps/server/src/seed/demo.ts';

// Fictional (示例) organisation names: brand + industry word + suffix. Brands contain none of the searched
// fragments, and each fragment below appears in only three of the ~90 industry words, so that a two-character
// search matches a few hundred of 10,000 rows, as it would in a real registry.
const BRANDS =
  '恒远 锦程 瑞达 新辰 泰和 华晟 启明 云帆 太行 上党 潞宝 晋嘉 德润 鼎盛 宏图 汇通 安泰 博源 聚鑫 中恒 天脉 九洲 金石 银河 长青 凯瑞 弘毅 信达 永盛 和信 众诚 东升 北辰 方圆 卓越 盛世 鸿运 利民 同创 立新 嘉禾 万象 瑞丰 丰源 龙腾 天成 华威 恒通 远航 明德 正和 广源 润泽 晨曦 昊天 德赛 佳兴 维康 百川 千禧'.split(
    ' ',
  );
const SEARCHED = ['光伏', '材料', '电子', '智能', '医药', '环保'] as const;
const WORDS: { word: string; chain: string; industry: string }[] = [
  ...['光伏科技', '光伏组件', '光伏电力'].map((word) => ({ word, chain: 'photovoltaic', industry: 'C' })),
  ...['新材料', '复合材料', '高分子材料'].map((word) => ({ word, chain: 'new_materials', industry: 'C' })),
  ...['精密电子', '电子信息', '微电子'].map((word) => ({ word, chain: 'electronics', industry: 'C' })),
  ...['智能装备', '智能终端', '智能制造'].map((word) => ({ word, chain: 'equipment', industry: 'C' })),
  ...['生物医药', '医药科技', '中医药'].map((word) => ({ word, chain: 'other', industry: 'C' })),
  ...['环保科技', '节能环保', '环保工程'].map((word) => ({ word, chain: 'other', industry: 'N' })),
  ...'数控机床 液压机械 工业机器人 精工制造 自动化 矿山机械 煤机装备 机电设备 流体设备 阀门 泵业 模具 轴承 齿轮 铸造 锻造 汽车零部件'
    .split(' ')
    .map((word) => ({ word, chain: 'equipment', industry: 'C' })),
  ...'储能科技 深紫外光电 新能源 风电 氢能 输变电 电气 电缆 电池'
    .split(' ')
    .map((word) => ({ word, chain: 'photovoltaic', industry: 'D' })),
  ...'传感器 连接器 半导体 集成电路 芯片 显示技术 光通信'
    .split(' ')
    .map((word) => ({ word, chain: 'electronics', industry: 'C' })),
  ...'特种合金 陶瓷制品 新型建材 玻璃 钢结构 管业'
    .split(' ')
    .map((word) => ({ word, chain: 'new_materials', industry: 'C' })),
  ...'碳纤维 石墨烯 针状焦 活性炭 碳基科技 煤化工 焦化'
    .split(' ')
    .map((word) => ({ word, chain: 'carbon_materials', industry: 'C' })),
  ...'软件 信息技术 网络科技 数据服务 云计算 物联网 通信技术'
    .split(' ')
    .map((word) => ({ word, chain: 'other', industry: 'I' })),
  ...'检测技术 计量仪器 光学仪器 激光技术 工程设计 环境检测 水处理 节能技术 能源科技 生物科技 健康科技 科技服务'
    .split(' ')
    .map((word) => ({ word, chain: 'other', industry: 'M' })),
  ...'农业科技 食品 纺织 包装 印刷 物流 供应链 建筑工程 文化传媒 教育科技 精细化工 冶金'
    .split(' ')
    .map((word) => ({ word, chain: 'other', industry: 'C' })),
];
export const SEARCH_FRAGMENTS: readonly string[] = SEARCHED;

const KINDS: { kind: string; share: number; suffixes: string[]; industry?: string }[] = [
  { kind: 'enterprise', share: 0.85, suffixes: ['有限公司', '有限公司', '股份有限公司', '有限责任公司'] },
  { kind: 'provider', share: 0.06, suffixes: ['技术服务有限公司', '咨询有限公司'], industry: 'M' },
  { kind: 'finance', share: 0.03, suffixes: ['融资担保有限公司', '小额贷款有限公司'], industry: 'J' },
  { kind: 'incubator', share: 0.04, suffixes: ['孵化器有限公司', '众创空间有限公司'], industry: 'M' },
  { kind: 'university', share: 0.02, suffixes: ['研究院'], industry: 'P' },
];

/** Deterministic pseudo-random numbers (mulberry32), so that every run seeds the same rows. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COLUMNS = [
  'kind',
  'name',
  'uscc',
  'legal_rep',
  'contact_name',
  'contact_phone',
  'address',
  'park',
  'industry',
  'industry_chain',
  'founded_on',
  'registered_capital',
  'is_above_scale',
  'hte_cert_no',
  'hte_valid_from',
  'hte_valid_to',
  'tsme_reg_no',
  'is_specialized',
  'status',
  'reject_reason',
  'verified_at',
  'created_at',
] as const;

function orgRow(n: number, rnd: () => number, createdAt: Date): unknown[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const roll = rnd();
  let cumulative = 0;
  const kind =
    KINDS.find((k) => {
      cumulative += k.share;
      return roll < cumulative;
    }) ?? (KINDS[0] as (typeof KINDS)[number]);
  const word = pick(WORDS);
  const enterprise = kind.kind === 'enterprise';
  const name = `示例${pick(BRANDS)}${word.word}${pick(kind.suffixes)}`;
  const s = rnd();
  const status = s < 0.8 ? 'verified' : s < 0.95 ? 'pending' : 'rejected';
  const hte = enterprise && rnd() < 0.25;
  const hteFrom = 2019 + Math.floor(rnd() * 6);
  const year = 1995 + Math.floor(rnd() * 30);
  return [
    kind.kind,
    name,
    demoUscc(n, kind.kind === 'university' ? '12' : '91'),
    `示例法人${n}`,
    `示例联系人${n}`,
    `0355-555${String(n % 10_000).padStart(4, '0')}`,
    `长治高新区示例路${1 + (n % 300)}号`,
    rnd() < 0.9 ? pick(PARKS) : null,
    kind.industry ?? word.industry,
    enterprise ? word.chain : 'other',
    `${year}-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`,
    Math.floor(rnd() * 5000) * 1_000_000, // up to 5000万元, in fen
    enterprise && rnd() < 0.2,
    hte ? `GR${hteFrom}14000${String(n).padStart(5, '0')}` : null,
    hte ? `${hteFrom}-12-01` : null,
    hte ? `${hteFrom + 3}-11-30` : null,
    enterprise && rnd() < 0.4 ? `${2020 + Math.floor(rnd() * 6)}1404${String(n).padStart(6, '0')}` : null,
    enterprise && rnd() < 0.1,
    status,
    status === 'rejected' ? '示例：营业执照信息与统一社会信用代码不一致' : null,
    status === 'verified' ? createdAt : null,
    createdAt,
  ];
}

/**
 * Adds organisations until the registry holds `target`, in multi-row INSERTs of `batch` rows, then vacuums.
 * USCCs are demoUscc(n) for n from 1000 up, distinct from the demo seed's (which counts from 0).
 */
export async function seedOrgs(pool: pg.Pool, target: number, batch = 1000): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM organisations');
  const missing = target - (rows[0]?.n ?? 0);
  const rnd = random(20_260_101);
  const start = Date.now() - 3 * 365 * 86_400_000;
  for (let done = 0; done < missing; done += batch) {
    const count = Math.min(batch, missing - done);
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (let i = 0; i < count; i++) {
      const n = 1000 + done + i;
      const values = orgRow(n, rnd, new Date(start + ((done + i) / missing) * 3 * 365 * 86_400_000));
      tuples.push(`(${values.map((_, j) => `$${params.length + j + 1}`).join(',')})`);
      params.push(...values);
    }
    await pool.query(`INSERT INTO organisations (${COLUMNS.join(',')}) VALUES ${tuples.join(',')}`, params);
  }
  // A registry at rest: autovacuum would have run, so GIN pending lists are merged and the visibility map set;
  // the checkpoint keeps the seed's writes from being flushed during the measured runs.
  await pool.query('VACUUM (ANALYZE)');
  await pool.query('CHECKPOINT');
  return Math.max(missing, 0);
}
