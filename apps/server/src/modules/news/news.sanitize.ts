import sanitizeHtml from 'sanitize-html';

/** An image of a body is one of the platform's uploads, addressed as the web app addresses them. */
const UPLOAD_SRC = /^\/api\/v1\/uploads\/([0-9a-f]{64})$/;

/**
 * The allow-list of a stored body: what the editor makes (headings from h2 down, since the page's title is its h1;
 * bold, italic, underline, strike, code, lists, links, quotes, rules) and images that are our own uploads. Everything
 * else goes: scripts and styles with their content, event handlers and every other attribute, `javascript:` and
 * `data:` addresses, images from other sites (they would tell those sites who reads the page).
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'u',
    's',
    'code',
    'pre',
    'ul',
    'ol',
    'li',
    'blockquote',
    'a',
    'img',
    'hr',
  ],
  allowedAttributes: { a: ['href', 'target', 'rel'], img: ['src', 'alt'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'template'],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    b: 'strong',
    i: 'em',
    strike: 's',
    del: 's',
    // Links to other sites open in a new tab without handing it this page (noopener) or its address (noreferrer).
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = attribs.href ?? '';
      const out: sanitizeHtml.Attributes = href ? { href } : {};
      if (/^https?:/i.test(href)) Object.assign(out, { target: '_blank', rel: 'noopener noreferrer nofollow' });
      return { tagName: 'a', attribs: out };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !UPLOAD_SRC.test(frame.attribs.src ?? ''),
};

/** The body as stored: the editor's HTML through the allow-list. */
export const sanitizeBody = (html: string): string => sanitizeHtml(html, OPTIONS).trim();

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** The text of a (sanitised) body, a line per block, for search and for summaries. */
export function plainText(html: string): string {
  const lined = html.replace(/<\/(p|h[1-6]|li|blockquote|pre)>|<br\s*\/?>|<hr\s*\/?>/gi, '$&\n');
  return sanitizeHtml(lined, { allowedTags: [], allowedAttributes: {} })
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, e: string) => ENTITIES[e] ?? '')
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** The uploads a body shows as images. */
export function bodyImages(html: string): string[] {
  const out = new Set<string>();
  for (const m of html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)) {
    const hash = UPLOAD_SRC.exec(m[1] as string)?.[1];
    if (hash) out.add(hash);
  }
  return [...out];
}

/** What a card shows when the editor wrote no summary: the start of the text, on one line. */
export function summaryOf(summary: string, text: string, length = 120): string {
  if (summary.trim()) return summary.trim();
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > length ? `${line.slice(0, length)}…` : line;
}
