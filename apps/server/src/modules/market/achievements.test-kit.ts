/** A valid achievement as its owner would enter it (fictional), with `o` over it. */
export const achievementInput = (o: Record<string, unknown> = {}) => ({
  title: '示例高效异质结光伏电池低温银浆技术',
  summary: '示例成果：一种用于异质结电池的低温固化银浆配方与制备工艺，固化温度 200℃ 以下，体电阻率低于 5 μΩ·cm。',
  field: 'energy',
  stage: 'middle',
  maturityEvidence: '示例中试线连续运行 3 个月',
  transferModes: ['licence', 'joint_development'],
  priceFen: 80_000_000,
  keywords: ['异质结', '银浆'],
  team: [{ name: '示例研究员甲', title: '高级工程师', role: '负责人' }],
  ...o,
});
