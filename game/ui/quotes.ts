import { normalizeWhitespace } from '../content/citations.ts';
import { sourceLabel, sourceTitle } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';
import { periodNote } from '../text/citation-period.ts';
import { inlineRuns } from '../text/inline-markdown.ts';
import { citations } from './bundle.ts';
import { el } from './dom.ts';

/** A quote with its source and a button that opens it in the paragraph it comes from. */
export function quoteBlock(
  citation: Citation | undefined,
  open: (citation: Citation) => void,
  date?: string,
): HTMLElement | null {
  if (!citation) return null;
  const note = date === undefined ? null : periodNote(citation, date);
  return el(
    'div',
    { class: 'quote' },
    `“${citation.quote}” (${sourceLabel(citation.source)})${note ? ` (${note})` : ''}`,
    el(
      'button',
      {
        type: 'button',
        class: 'context',
        onclick: () => open(citation),
        title: 'Read the quote in its paragraph',
      },
      'in context',
    ),
  );
}

/** The quote highlighted in its paragraph (assets/citations.json), under the report's author and full title. */
export function contextDialog(citation: Citation, close: () => void): HTMLElement {
  const quote = normalizeWhitespace(citation.quote);
  const entry = citations.quotes.find((q) => q.source === citation.source && q.quote === quote);
  const paragraph = entry?.paragraph ?? quote;
  const at = paragraph.indexOf(quote);
  // The paragraph's markdown is read, not shown: "*absolute*" in italics, "[forced](#)" as its word.
  const words = (text: string) => inlineRuns(text).map((r) => (r.em ? el('em', {}, r.text) : r.text));
  const body =
    at >= 0
      ? el(
          'p',
          {},
          ...words(paragraph.slice(0, at)),
          el('mark', {}, ...words(quote)),
          ...words(paragraph.slice(at + quote.length)),
        )
      : el('p', {}, el('mark', {}, ...words(quote)));
  return el(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-label': 'Quote in context' },
    el('h2', {}, sourceTitle(citation.source)),
    body,
    el('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
  );
}
