import '../policy.css';
/**
 * Stored rich text, shown as it was written. The server sanitised it on the way in (policy.rich-text.ts: no script,
 * style, handler or foreign scheme survives), so it is inserted as HTML.
 */
export function RichText({ html, testId }: { html: string; testId?: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised by the server before it was stored
  return <div className="policy-rich-text" data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
