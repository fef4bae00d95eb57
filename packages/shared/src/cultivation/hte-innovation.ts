import type { Explanation } from '../rules/rule-pack.ts';
import { growthBandsWords, growthPoints, growthRate } from './growth.ts';
import type { HteParams, PointRange, RangeBand } from './hte.packs.ts';
import type { HteInput, ManagementItem } from './hte.ts';
import { needsDataWords } from './outcome.ts';

const add = (...r: PointRange[]): PointRange => ({
  min: r.reduce((a, b) => a + b.min, 0),
  max: r.reduce((a, b) => a + b.max, 0),
});
const exact = (n: number): PointRange => ({ min: n, max: n });
const rangeText = (r: PointRange) => (r.min === r.max ? `${r.min}` : `${r.min}–${r.max}`);

function line(
  code: string,
  range: PointRange,
  values: Explanation['values'],
  rule: Explanation['rule'],
  cite: Explanation['cite'],
  given = true,
): Explanation {
  return {
    code: `hte.score.${code}`,
    values: { ...values, min: range.min, max: range.max },
    points: range.min === range.max ? range.min : null,
    outcome: given ? 'scored' : 'needs_data',
    rule: given ? rule : needsDataWords(rule),
    cite,
  };
}

/** A count's band: the first whose `atLeast` (inclusive) the count reaches. */
function countBand(count: number, bands: readonly RangeBand[]): PointRange {
  for (const b of bands) if (count >= b.atLeast) return { min: b.min, max: b.max };
  return { min: 0, max: 0 };
}

/** A self-assessed item: a number is taken as given (clamped to 0–max); not given: 0–max (experts judge). */
function judged(value: number | undefined, max: number): PointRange {
  if (value === undefined) return { min: 0, max };
  const v = Math.max(0, Math.min(max, Math.round(value)));
  return exact(v);
}

/** A management item: self-assessed points, in place (1–max: the experts judge how well), absent (0), unknown (0–max). */
function managementRange(item: ManagementItem, max: number): PointRange {
  if (typeof item === 'number') return judged(item, max);
  if (item === true) return { min: 1, max };
  if (item === false) return exact(0);
  return { min: 0, max };
}

/**
 * The innovation score of the 高企 work guide (知识产权 30, 科技成果转化能力 30, 研究开发组织管理水平 20, 企业成长性
 * 20) as a range, each item explained.
 */
export function scoreInnovation(
  input: HteInput,
  p: HteParams,
): {
  score: PointRange;
  parts: { ip: PointRange; conversion: PointRange; management: PointRange; growth: PointRange };
  lines: Explanation[];
} {
  const c = p.cite;
  const lines: Explanation[] = [];
  const hasIp = input.ip1Count + input.ip2Count > 0;

  // 知识产权: with no IP the four IP items are 0 (E 档 "无").
  const advancement = hasIp ? judged(input.advancement, p.advancementMax) : exact(0);
  lines.push(
    line(
      'ip-advancement',
      advancement,
      { advancement: input.advancement ?? null, hasIp },
      {
        zh: `技术的先进程度 ${rangeText(advancement)} 分（≤${p.advancementMax}，专家评判${hasIp ? '' : '；无知识产权得 0 分'}）`,
        en: `technical advancement ${rangeText(advancement)} (≤ ${p.advancementMax}, expert judgement${hasIp ? '' : '; no IP: 0'})`,
      },
      c.ipItems,
    ),
  );
  const core = hasIp ? judged(input.coreSupport, p.coreSupportMax) : exact(0);
  lines.push(
    line(
      'ip-core-support',
      core,
      { coreSupport: input.coreSupport ?? null, hasIp },
      {
        zh: `对主要产品（服务）在技术上发挥核心支持作用 ${rangeText(core)} 分（≤${p.coreSupportMax}，专家评判）`,
        en: `core support of the main products ${rangeText(core)} (≤ ${p.coreSupportMax}, expert judgement)`,
      },
      c.ipItems,
    ),
  );
  const quantity = input.ip1Count >= 1 ? p.ipQuantityIp1 : countBand(input.ip2Count, p.ipQuantityIp2);
  lines.push(
    line(
      'ip-quantity',
      quantity,
      { ip1Count: input.ip1Count, ip2Count: input.ip2Count },
      {
        zh: `知识产权数量：Ⅰ类 ${input.ip1Count} 项、Ⅱ类 ${input.ip2Count} 项，${rangeText(quantity)} 分（1 项及以上Ⅰ类 7–8；Ⅱ类 5 项及以上 5–6、3–4 项 3–4、1–2 项 1–2；0 项 0）`,
        en: `IP quantity: ${input.ip1Count} class I, ${input.ip2Count} class II: ${rangeText(quantity)} (any class I 7–8; class II ≥ 5: 5–6, 3–4: 3–4, 1–2: 1–2; none 0)`,
      },
      c.ipItems,
    ),
  );
  const acquisition = !hasIp ? exact(0) : input.ownDevelopedIp === false ? p.acquisitionTransferOnly : p.acquisitionOwn; // unknown: the wider range of own R&D covers both
  lines.push(
    line(
      'ip-acquisition',
      acquisition,
      { ownDevelopedIp: input.ownDevelopedIp ?? null, hasIp },
      {
        zh: `知识产权获得方式 ${rangeText(acquisition)} 分（有自主研发 1–6；仅有受让、受赠、并购等 1–3）`,
        en: `how the IP was obtained ${rangeText(acquisition)} (own R&D 1–6; only transferred, gifted or acquired 1–3)`,
      },
      c.ipItems,
      !hasIp || input.ownDevelopedIp !== undefined,
    ),
  );
  const bonus =
    input.standardsDrafted === true
      ? p.standardsBonus
      : input.standardsDrafted === false
        ? exact(0)
        : { min: 0, max: p.standardsBonus.max };
  lines.push(
    line(
      'ip-standards',
      bonus,
      { standardsDrafted: input.standardsDrafted ?? null },
      {
        zh: `加分项：参与编制国家标准、行业标准、检测方法、技术规范 ${rangeText(bonus)} 分（是 1–2；加分后知识产权总分不超过 ${p.ipMax} 分）`,
        en: `bonus for drafting national or industry standards, test methods or specifications ${rangeText(bonus)} (yes 1–2; the IP total stays ≤ ${p.ipMax})`,
      },
      c.ipItems,
      input.standardsDrafted !== undefined,
    ),
  );
  const ipRaw = add(advancement, core, quantity, acquisition, bonus);
  const ip = { min: Math.min(p.ipMax, ipRaw.min), max: Math.min(p.ipMax, ipRaw.max) };
  lines.push(
    line(
      'ip',
      ip,
      { sumMin: ipRaw.min, sumMax: ipRaw.max, cap: p.ipMax },
      {
        zh: `知识产权合计 ${rangeText(ip)} 分（各项之和 ${rangeText(ipRaw)}，不超过 ${p.ipMax} 分）`,
        en: `IP total ${rangeText(ip)} (items sum to ${rangeText(ipRaw)}, capped at ${p.ipMax})`,
      },
      c.ipItems,
    ),
  );

  // 科技成果转化能力: by the yearly average, compared exactly as sum ≥ band × years.
  let conversion: PointRange;
  if (input.conversions === undefined || input.conversions.length === 0) {
    conversion = { min: 0, max: p.conversionBands[0]?.max ?? 0 };
    lines.push(
      line(
        'conversion',
        conversion,
        { conversions: null },
        { zh: '近 3 年科技成果转化的年平均数', en: 'yearly average of S&T result conversions over the last 3 years' },
        c.conversion,
        false,
      ),
    );
  } else {
    const years = input.conversions.length;
    const sum = input.conversions.reduce((a, b) => a + b, 0);
    const band = p.conversionBands.find((b) => sum >= b.atLeast * years);
    conversion = band ? { min: band.min, max: band.max } : exact(0);
    lines.push(
      line(
        'conversion',
        conversion,
        { years, sum, average: `${sum}/${years}` },
        {
          zh: `近 ${years} 年科技成果转化共 ${sum} 项，年平均 ${sum}/${years} 项，${rangeText(conversion)} 分（≥5 项 25–30；≥4 项 19–24；≥3 项 13–18；≥2 项 7–12；≥1 项 1–6；0 项 0）`,
          en: `${sum} conversions over ${years} years, ${sum}/${years} a year: ${rangeText(conversion)} (≥ 5: 25–30; ≥ 4: 19–24; ≥ 3: 13–18; ≥ 2: 7–12; ≥ 1: 1–6; 0: 0)`,
        },
        c.conversion,
      ),
    );
  }

  // 研究开发组织管理水平.
  const m = input.management ?? {};
  const items = [
    [
      'system',
      m.system,
      p.management.system,
      '研发组织管理制度、研发投入核算体系、研发费用辅助账',
      'R&D management rules, R&D cost accounting and the supplementary R&D ledger',
    ],
    [
      'institution',
      m.institution,
      p.management.institution,
      '内部研发机构及科研条件、产学研合作',
      'internal R&D institution and conditions, cooperation with universities and institutes',
    ],
    [
      'incentive',
      m.incentive,
      p.management.incentive,
      '成果转化的组织实施与激励奖励制度、开放式创新创业平台',
      'organisation and incentives of conversions, an open innovation platform',
    ],
    [
      'talent',
      m.talent,
      p.management.talent,
      '科技人员培养进修、职工技能培训、人才引进及绩效评价奖励制度',
      'training, skills, recruiting talent, performance evaluation and rewards',
    ],
  ] as const;
  const managementParts = items.map(([key, value, max, zh, en]) => {
    const r = managementRange(value, max);
    lines.push(
      line(
        `management.${key}`,
        r,
        { given: value ?? null, max },
        {
          zh: `${zh} ${rangeText(r)} 分（≤${max}；已建立 1–${max}，未建立 0）`,
          en: `${en} ${rangeText(r)} (≤ ${max}; in place 1–${max}, absent 0)`,
        },
        c.management,
        value !== undefined,
      ),
    );
    return r;
  });
  const management = add(...managementParts);

  // 企业成长性.
  const bandsWords = growthBandsWords(p.growthBands, p.growthPositive);
  const growthItem = (key: 'net-assets' | 'sales', values: readonly number[] | undefined, zh: string, en: string) => {
    if (values === undefined || values.length === 0) {
      const r = { min: 0, max: p.growthMax };
      lines.push(
        line(`growth.${key}`, r, { values: null }, { zh: `${zh}增长率`, en: `${en} growth` }, c.growth, false),
      );
      return r;
    }
    const rate = growthRate(values);
    const r = growthPoints(rate, p.growthBands, p.growthPositive, p.growthMax);
    const how =
      rate.kind === 'rate'
        ? rate.years === 3
          ? { zh: `½ ×（Y2/Y1 + Y3/Y2）− 1 = ${rate.percent}%`, en: `½ × (Y2/Y1 + Y3/Y2) − 1 = ${rate.percent}%` }
          : {
              zh: `第一年为 0，按后两年计算 Y3/Y2 − 1 = ${rate.percent}%`,
              en: `first year 0: Y3/Y2 − 1 = ${rate.percent}%`,
            }
        : rate.kind === 'zero-base'
          ? { zh: '第二年为 0，按 0 分计', en: 'second year 0: scores 0' }
          : {
              zh: '年末值为负，公式不适用，由专家评判',
              en: 'a negative base year: the formula does not apply, experts judge',
            };
    lines.push(
      line(
        `growth.${key}`,
        r,
        { values: values.join(','), rate: rate.kind === 'rate' ? rate.percent : rate.kind, band: r.band },
        {
          zh: `${zh}增长率：${how.zh}，${rangeText(r)} 分（${bandsWords.zh}）`,
          en: `${en} growth: ${how.en}: ${rangeText(r)} (${bandsWords.en})`,
        },
        c.growth,
      ),
    );
    return { min: r.min, max: r.max };
  };
  const growth = add(
    growthItem('net-assets', input.netAssetsFen, '净资产', 'net assets'),
    growthItem('sales', input.salesFen, '销售收入', 'sales'),
  );

  return { score: add(ip, conversion, management, growth), parts: { ip, conversion, management, growth }, lines };
}
