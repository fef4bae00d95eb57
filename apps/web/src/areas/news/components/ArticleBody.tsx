/**
 * An article's body as the server stored it: HTML it sanitised to its allow-list when the article was saved
 * (apps/server/src/modules/news/news.sanitize.ts: no scripts, no event handlers, no javascript: links, images only
 * from our uploads). The editor's preview shows the editor's own HTML, made from the same short list of elements.
 */
export function ArticleBody({ html, testId }: { html: string; testId?: string }) {
  return (
    <div
      className="article-body"
      data-testid={testId}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: the HTML was sanitised by the server before it was stored
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
