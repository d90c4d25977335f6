import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineRuns } from '../../game/text/inline-markdown.ts';

/** The "in context" dialog shows a report's paragraph as words, never its markdown (second review, finding 43). */
const shown = (text: string) =>
  inlineRuns(text)
    .map((r) => (r.em ? `<${r.text}>` : r.text))
    .join('');

describe('a paragraph of a report, as the dialog shows it', () => {
  it('sets *emphasis* in italics, without its asterisks', () => {
    expect(inlineRuns("the Trump administration's *absolute* priority")).toEqual([
      { text: "the Trump administration's ", em: false },
      { text: 'absolute', em: true },
      { text: ' priority', em: false },
    ]);
    expect(shown('- *Economic development and aid.* Even as')).toBe(
      '- <Economic development and aid.> Even as',
    );
    expect(shown('a **bold** word')).toBe('a <bold> word');
  });

  it('keeps a link’s words and drops its lost target', () => {
    expect(shown('can hardly be [referred](#) to')).toBe('can hardly be referred to');
  });

  it('leaves a text without markdown as it is', () => {
    expect(inlineRuns('No emphasis here, 5 * 3.')).toEqual([{ text: 'No emphasis here, 5 * 3.', em: false }]);
  });

  it('leaves no emphasis or link markup in any paragraph the game quotes', () => {
    const { quotes } = JSON.parse(readFileSync('assets/citations.json', 'utf8')) as {
      quotes: { paragraph: string }[];
    };
    const marked = quotes.map((q) => q.paragraph).filter((p) => /\*\S[^*]*\*|\]\(/.test(p));
    expect(marked.length, 'the reports do use markdown').toBeGreaterThan(0);
    for (const p of marked) {
      const text = inlineRuns(p)
        .map((r) => r.text)
        .join('');
      expect(text).not.toMatch(/\*\S[^*]*\*|\]\(/);
    }
  });
});
