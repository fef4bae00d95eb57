import { describe, expect, it } from 'vitest';
import { domainTerms, keyTermsOf, parseQuery, searchTokens, snippetOf } from './policy.search.ts';

describe('segmenting policy text for search', () => {
  it('keeps a domain dictionary of at least sixty terms of innovation policy', () => {
    const terms = domainTerms();
    expect(terms.length).toBeGreaterThanOrEqual(60);
    for (const t of ['科技型中小企业', '高新技术企业', '高企', '加计扣除', '研发费用', '专精特新', '小巨人', '创新券'])
      expect(terms, t).toContain(t);
    for (const t of ['技术合同', '孵化器', '众创空间', '新型研发机构', '首台套', '揭榜挂帅', '知识产权质押'])
      expect(terms, t).toContain(t);
  });

  it('gives a domain term whole and its parts, longer and shorter', () => {
    expect(searchTokens('科技型中小企业')).toEqual(
      expect.arrayContaining(['科技型中小企业', '科技', '中小', '企业', '科技型', '中小企业']),
    );
    expect(searchTokens('研发费用加计扣除')).toEqual(
      expect.arrayContaining(['研发费用', '加计扣除', '研发费用加计扣除']),
    );
    expect(searchTokens('揭榜挂帅项目')).toEqual(expect.arrayContaining(['揭榜挂帅', '项目']));
  });

  it('does not find a short term across a word boundary', () => {
    expect(searchTokens('提高企业研发能力')).not.toContain('高企');
    expect(searchTokens('高企认定奖励')).toContain('高企');
  });

  it('drops punctuation and operators, lower-cases and folds full-width letters and digits', () => {
    expect(searchTokens("&|!():*'  ")).toEqual([]);
    expect(searchTokens('ＡＩ赋能２０２６')).toEqual(expect.arrayContaining(['ai', '2026']));
    expect(searchTokens('长高新发〔2026〕12号').every((t) => /^[\p{L}\p{N}]+$/u.test(t))).toBe(true);
    expect(parseQuery('&|!():*')).toBeNull();
  });

  it('needs every token of a query and ranks by its longest words', () => {
    const q = parseQuery('科技型中小企业 创新券');
    expect(q?.terms).toEqual(['科技型中小企业', '创新券']);
    expect(q?.rankQuery).toBe("'科技型中小企业' & '创新券'");
    expect(q?.tsquery.split(' & ')).toEqual(expect.arrayContaining(["'科技'", "'中小企业'", "'创新'", "'创新券'"]));
  });

  it('names a document’s key words: its domain terms first, then its title’s words', () => {
    const terms = keyTermsOf({
      title: '示例长治高新区人才安家补贴实施办法',
      interpretationText: '新引进的高层次人才可以申请安家补贴。',
      bodyText: '高层次人才 安家补贴 人才公寓',
    });
    expect(terms.slice(0, 3)).toEqual(expect.arrayContaining(['安家补贴', '高层次人才']));
    expect(terms).not.toContain('示例');
    expect(terms).not.toContain('实施');
    expect(terms.length).toBeLessThanOrEqual(10);
  });
});

describe('snippets', () => {
  it('cut the text around the first match with every match marked and the cuts shown', () => {
    const text = `${'前文'.repeat(30)}企业享受研发费用加计扣除政策。${'后文'.repeat(80)}`;
    const parts = snippetOf(text, ['加计扣除']);
    expect(parts[0]).toEqual({ text: expect.stringMatching(/^…/), hit: false });
    expect(parts.filter((p) => p.hit)).toEqual([{ text: '加计扣除', hit: true }]);
    expect(parts.at(-1)?.text.endsWith('…')).toBe(true);
    expect(parts.map((p) => p.text).join('').length).toBeLessThan(140);
  });

  it('merge overlapping and adjacent matches and match regardless of case and width', () => {
    expect(snippetOf('支持ＡＩ研发费用。', ['ai', '研发费用', '费用'])).toEqual([
      { text: '支持', hit: false },
      { text: 'ＡＩ研发费用', hit: true },
      { text: '。', hit: false },
    ]);
    expect(snippetOf('研发费用和费用', ['研发费用', '费用'])).toEqual([
      { text: '研发费用', hit: true },
      { text: '和', hit: false },
      { text: '费用', hit: true },
    ]);
  });

  it('start at the beginning when nothing matches', () => {
    expect(snippetOf('本办法自发布之日起施行。', ['量子'])).toEqual([{ text: '本办法自发布之日起施行。', hit: false }]);
  });
});
