import { describe, expect, it } from 'vitest';
import { levelOf, recogniseLines } from './policy.import.recognise.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe('reading a document’s header, dates and signature', () => {
  it('reads a zone document with its red header, 文号, signature, effective date and validity in years', () => {
    const r = recogniseLines(
      lines(`示例长治高新区管理委员会文件
        示例长高新发〔2026〕12号
        关于印发《示例长治高新区科技创新券管理办法》的通知
        各有关单位：
        现将《示例长治高新区科技创新券管理办法》印发给你们，请认真贯彻执行。
        示例长治高新区管理委员会
        2026年3月1日
        示例长治高新区科技创新券管理办法
        第一条 为鼓励企业购买科技服务，制定本办法。
        第二十条 本办法自2026年4月1日起施行，有效期3年。`),
    );
    expect(r).toEqual({
      title: '关于印发《示例长治高新区科技创新券管理办法》的通知',
      docNumber: '示例长高新发〔2026〕12号',
      issuer: '示例长治高新区管理委员会',
      level: 'zone',
      issuedOn: '2026-03-01',
      effectiveFrom: '2026-04-01',
      expiresOn: '2029-03-31',
      titleLine: 2,
    });
  });

  it('reads a national 公告 with a joint signature', () => {
    const r = recogniseLines(
      lines(`示例财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告
        示例财政部 税务总局公告2023年第7号
        为进一步激励企业加大研发投入，现就企业研发费用税前加计扣除政策有关问题公告如下。
        本公告自2023年1月1日起执行。
        示例财政部 税务总局
        2023年3月26日`),
    );
    expect(r).toMatchObject({
      title: '示例财政部 税务总局关于进一步完善研发费用税前加计扣除政策的公告',
      docNumber: '示例财政部税务总局公告2023年第7号',
      issuer: '示例财政部 税务总局',
      level: 'national',
      issuedOn: '2023-03-26',
      effectiveFrom: '2023-01-01',
      expiresOn: null,
      titleLine: 0,
    });
  });

  it('reads a date in Chinese numerals, 自印发之日起施行 and 有效期至', () => {
    const r = recogniseLines(
      lines(`示例山西省人民政府办公厅关于支持专精特新中小企业高质量发展的若干措施
        晋政办发[2025]3号
        一、支持企业加大研发投入。
        本措施自印发之日起施行，有效期至2027年12月31日。
        示例山西省人民政府办公厅
        二〇二五年一月十五日`),
    );
    expect(r).toMatchObject({
      docNumber: '晋政办发〔2025〕3号',
      issuer: '示例山西省人民政府办公厅',
      level: 'province',
      issuedOn: '2025-01-15',
      effectiveFrom: '2025-01-15',
      expiresOn: '2027-12-31',
    });
  });

  it('takes the issuer from the title when nothing else names it, and joins a title broken over two lines', () => {
    const r = recogniseLines(
      lines(`示例长治市科学技术局关于开展2026年度
        科技计划项目申报工作的通知
        各县区科技局：`),
    );
    expect(r).toMatchObject({
      title: '示例长治市科学技术局关于开展2026年度科技计划项目申报工作的通知',
      issuer: '示例长治市科学技术局',
      level: 'city',
      titleLine: 1,
      docNumber: null,
      issuedOn: null,
    });
  });

  it('recognises nothing in text that is no document', () => {
    expect(recogniseLines(lines('这是一段随意写下的文字，没有标题。\n也没有日期。'))).toEqual({
      title: null,
      docNumber: null,
      issuer: null,
      level: null,
      issuedOn: null,
      effectiveFrom: null,
      expiresOn: null,
      titleLine: -1,
    });
  });

  it.each([
    ['示例长治高新区管理委员会', null, 'zone'],
    ['示例长治市人民政府', null, 'city'],
    ['示例山西省科学技术厅', null, 'province'],
    ['示例国务院办公厅', null, 'national'],
    ['示例科学技术部', null, 'national'],
    ['', '国办发〔2024〕1号', 'national'],
    ['', '晋政发〔2025〕3号', 'province'],
    ['', '长高新发〔2026〕1号', 'zone'],
    ['示例某某单位', null, null],
  ] as const)('%s %s → level %s', (issuer, number, level) => {
    expect(levelOf(issuer || null, number)).toBe(level);
  });
});
