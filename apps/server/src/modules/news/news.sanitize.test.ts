import { describe, expect, it } from 'vitest';
import { bodyImages, plainText, sanitizeBody, summaryOf } from './news.sanitize.ts';

const HASH = 'ab'.repeat(32);

describe('a body as stored', () => {
  it('loses a script and its content', () => {
    const out = sanitizeBody('<p>通知</p><script>alert(document.cookie)</script><p>正文</p>');
    expect(out).toBe('<p>通知</p><p>正文</p>');
  });

  it('loses event handlers such as onerror, keeping the image of our own upload', () => {
    const out = sanitizeBody(`<img src="/api/v1/uploads/${HASH}" alt="现场" onerror="alert(1)" onload="x()">`);
    expect(out).toBe(`<img src="/api/v1/uploads/${HASH}" alt="现场" />`);
    expect(out).not.toMatch(/onerror|onload/);
  });

  it('loses javascript: and data: addresses of links, and images from elsewhere', () => {
    const out = sanitizeBody(
      '<p><a href="javascript:alert(1)">点我</a> <a href="JaVaScRiPt:alert(1)">再点</a> <a href="data:text/html,x">数据</a></p>' +
        '<img src="https://tracker.example/pixel.png"><img src="javascript:alert(1)"><img src="/api/v1/uploads/short">',
    );
    expect(out).not.toMatch(/javascript|data:|tracker|<img/i);
    expect(sanitizeBody('<p><a href="//evil.example/x">别处</a></p>')).toBe('<p><a>别处</a></p>');
    expect(out).toContain('点我');
  });

  it('keeps the markup the editor makes', () => {
    const html =
      '<h2>一、申报条件</h2><h3>（一）基本条件</h3><p><strong>加粗</strong>、<em>斜体</em>、<u>下划线</u>和<s>删除线</s></p>' +
      '<ul><li><p>第一项</p></li></ul><ol start="3"><li><p>第三项</p></li></ol><blockquote><p>引用</p></blockquote>' +
      '<p><a href="/news/12">站内</a> <a href="mailto:kjb@example.org">邮件</a></p><hr /><p>第一行<br />第二行</p>';
    expect(sanitizeBody(html)).toBe(html);
  });

  it('opens links to other sites in a new tab without handing them the page, and keeps their address', () => {
    expect(sanitizeBody('<p><a href="https://www.most.gov.cn/" target="_self" rel="opener">科技部</a></p>')).toBe(
      '<p><a href="https://www.most.gov.cn/" target="_blank" rel="noopener noreferrer nofollow">科技部</a></p>',
    );
  });

  it('turns a pasted h1 into the h2 under the page title, and drops styles, classes and frames', () => {
    const out = sanitizeBody(
      '<h1 class="x" style="color:red">标题</h1><iframe src="https://e.com"></iframe><div><span style="font-size:40px">文字</span></div>',
    );
    expect(out).toBe('<h2>标题</h2>文字');
  });
});

describe('the text of a body', () => {
  it('has a line per block, entities decoded, for search and summaries', () => {
    const text = plainText(
      sanitizeBody('<h2>申报&amp;评审</h2><p>条件 &lt;一&gt;：  企业</p><ul><li><p>甲</p></li><li><p>乙</p></li></ul>'),
    );
    expect(text).toBe('申报&评审\n条件 <一>： 企业\n甲\n乙');
  });

  it('names the uploads the body shows', () => {
    expect(bodyImages(sanitizeBody(`<p>图</p><img src="/api/v1/uploads/${HASH}"><img src="/x.png">`))).toEqual([HASH]);
  });

  it("gives a card the editor's summary, or the start of the text", () => {
    expect(summaryOf(' 摘要 ', '正文')).toBe('摘要');
    expect(summaryOf('', '第一段\n第二段')).toBe('第一段 第二段');
    expect(summaryOf('', '字'.repeat(130), 120)).toBe(`${'字'.repeat(120)}…`);
  });
});
