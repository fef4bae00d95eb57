import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  findChineseDates,
  findDocNumber,
  isStandardDocNumber,
  normaliseDocNumber,
  parseDocDate,
} from './doc-number.ts';
import { policyDocState, policyInForceOn } from './labels.ts';

describe('发文字号 as stored (GB/T 9704-2012 7.2.4: year in 〔〕, no 第, no leading zeros)', () => {
  it.each([
    ['长高新发〔2026〕12号', '长高新发〔2026〕12号'],
    ['晋政发[2025]3号', '晋政发〔2025〕3号'],
    ['晋政发［2025］3号', '晋政发〔2025〕3号'],
    ['晋政发(2025)3号', '晋政发〔2025〕3号'],
    ['晋政发（2025）3号', '晋政发〔2025〕3号'],
    ['晋政发【2025】第03号', '晋政发〔2025〕3号'],
    [' 长高新发 〔２０２６〕 １２ 号 ', '长高新发〔2026〕12号'],
    ['财政部 税务总局公告2023年第7号', '财政部税务总局公告2023年第7号'],
    ['国家税务总局公告 2021 年第 013 号', '国家税务总局公告2021年第13号'],
    ['内部文件 A-1', '内部文件A-1'],
  ])('%s → %s', (input, stored) => {
    expect(normaliseDocNumber(input)).toBe(stored);
  });

  it.each([
    ['长高新发〔2026〕12号', true],
    ['财政部 税务总局公告2023年第7号', true],
    ['长高新发〔2026〕0号', false],
    ['长高新发2026年12号', false],
    ['第12号', false],
  ])('%s is a standard number: %s', (input, ok) => {
    expect(isStandardDocNumber(input)).toBe(ok);
  });

  it.each([
    ['长治高新区管理委员会文件\n长高新发〔2026〕12号\n关于印发…的通知', '长高新发〔2026〕12号'],
    ['标题\n  晋政发〔2025〕3号  \n正文引用国发〔2020〕1号', '晋政发〔2025〕3号'],
    ['根据长高新发〔2026〕12号文件精神，制定本办法。', '长高新发〔2026〕12号'],
    ['为贯彻落实晋政发[2025]3号要求', '晋政发〔2025〕3号'],
    ['现将财政部 税务总局公告2023年第7号有关事项通知如下', '财政部税务总局公告2023年第7号'],
    ['本办法自发布之日起施行。', null],
  ])('finds the 文号 of %j', (text, found) => {
    expect(findDocNumber(text)).toBe(found);
  });
});

describe('dates as Chinese documents write them', () => {
  it.each([
    ['2026', 2026],
    ['二〇二六', 2026],
    ['二零二五', 2025],
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十一', 21],
    ['三十一', 31],
    ['三十', 30],
    ['', Number.NaN],
    ['一二', Number.NaN],
  ])('%s → %s', (s, n) => {
    expect(chineseNumber(s)).toBe(n);
  });

  it.each([
    ['2026年3月1日', '2026-03-01'],
    ['2026 年 3 月 1 日', '2026-03-01'],
    ['２０２６年１２月３１日', '2026-12-31'],
    ['二〇二六年三月一日', '2026-03-01'],
    ['二〇二五年十二月三十一日', '2025-12-31'],
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026年2月29日', null], // not a leap year
    ['2028年2月29日', '2028-02-29'],
    ['2026年13月1日', null],
    ['2026年3月1日起', null], // more than a date
    ['三月一日', null],
  ])('%s → %s', (input, date) => {
    expect(parseDocDate(input)).toBe(date);
  });

  it('finds every date of a text in order, skipping impossible ones', () => {
    const text = '本办法自2026年3月1日起施行，有效期至2028年2月30日，二〇二八年十二月三十一日废止。';
    expect(findChineseDates(text).map((d) => d.date)).toEqual(['2026-03-01', '2028-12-31']);
  });
});

describe('the state a reader is told', () => {
  const today = '2026-06-15';
  it.each([
    ['draft', null, 'draft'],
    ['draft', '2020-01-01', 'draft'],
    ['published', null, 'published'],
    ['published', '2026-06-15', 'published'], // the last day still counts
    ['published', '2026-06-14', 'expired'],
    ['repealed', '2020-01-01', 'repealed'],
  ] as const)('%s expiring %s → %s', (status, expiresOn, state) => {
    expect(policyDocState({ status, expiresOn }, today)).toBe(state);
  });

  it.each([
    [{ issuedOn: '2026-01-01', effectiveFrom: '2026-03-01', expiresOn: null }, '2026-02-28', false],
    [{ issuedOn: '2026-01-01', effectiveFrom: '2026-03-01', expiresOn: null }, '2026-03-01', true],
    [{ issuedOn: '2026-01-01', effectiveFrom: null, expiresOn: '2026-12-31' }, '2026-01-01', true],
    [{ issuedOn: '2026-01-01', effectiveFrom: null, expiresOn: '2026-12-31' }, '2025-12-31', false],
    [{ issuedOn: '2026-01-01', effectiveFrom: null, expiresOn: '2026-12-31' }, '2026-12-31', true],
    [{ issuedOn: '2026-01-01', effectiveFrom: null, expiresOn: '2026-12-31' }, '2027-01-01', false],
    [{ issuedOn: null, effectiveFrom: null, expiresOn: null }, '1990-01-01', true],
  ])('published %j is in force on %s: %s', (dates, on, inForce) => {
    expect(policyInForceOn({ status: 'published', ...dates }, on)).toBe(inForce);
    expect(policyInForceOn({ status: 'repealed', ...dates }, on)).toBe(false);
  });
});
