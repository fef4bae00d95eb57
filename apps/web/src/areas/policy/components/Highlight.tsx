import type { SnippetPart } from '@cz/shared/policy-docs';
import { Fragment } from 'react';

/** The parts of `text` with every occurrence of `terms` (longest first, case aside) marked. */
export function markTerms(text: string, terms: readonly string[]): SnippetPart[] {
  const lower = text.toLowerCase();
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1))
      for (let i = at; i < at + term.length; i++) marked[i] = true;
  }
  const parts: SnippetPart[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.hit === marked[i]) last.text += text[i];
    else parts.push({ text: text[i] as string, hit: marked[i] as boolean });
  }
  return parts;
}

/** Text with its matched words in <mark>. */
export function Marked({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order
          <mark key={i} className="policy-hit">
            {p.text}
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text, in order
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
