import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCitations, normalizeWhitespace, quoteFound } from '../../game/content/citations.ts';
import { CITATIONS_ASSET, reportsDir } from '../../game/content/reports-dir.ts';
import {
  buildCitationIndex,
  type CitationIndex,
  distinctQuotes,
  paragraphOf,
} from '../../game/text/citation-index.ts';
import { library } from '../helpers/shipped.ts';

/** The reports: GREATGAME_SOURCES if set, else ../shared/seeds beside the checkout. */
const SOURCES_DIR = reportsDir();
const available = existsSync(join(SOURCES_DIR, '001_09ab83d40f3f135c.txt'));
const mustCheck = process.env.CI === 'true';

if (!available && !mustCheck) {
  console.warn(
    `citation test skipped: the reports are not in ${SOURCES_DIR} (set GREATGAME_SOURCES to check them)`,
  );
}

const citations = collectCitations(library);
const texts = new Map<string, string | null>();
const report = (source: string) => {
  if (!texts.has(source)) {
    const path = join(SOURCES_DIR, source);
    texts.set(source, existsSync(path) ? readFileSync(path, 'utf8') : null);
  }
  return texts.get(source) ?? null;
};

describe('whitespace-insensitive matching', () => {
  it('counts a run of whitespace as one space and keeps typography exact', () => {
    expect(normalizeWhitespace('  a\n\n b\tc ')).toBe('a b c');
    expect(quoteFound('Taliban’s   heartlands\nof Helmand', 'Taliban’s heartlands of Helmand')).toBe(true);
    expect(quoteFound('Taliban’s heartlands', "Taliban's heartlands")).toBe(false);
  });

  it('finds the paragraph around a quote, or the paragraphs a quote crosses', () => {
    const text = 'First paragraph.\n\nThe Taliban may somewhat\n\nincrease these numbers. More.\n\nLast.';
    expect(paragraphOf(text, 'First')).toBe('First paragraph.');
    expect(paragraphOf(text, 'may somewhat increase')).toBe(
      'The Taliban may somewhat increase these numbers. More.',
    );
    expect(paragraphOf(text, 'absent')).toBeNull();
  });
});

describe.skipIf(!available && !mustCheck)('every citation quotes its report word for word', () => {
  it('the reports are present (CI must check them)', () => {
    expect(available, `reports missing in ${SOURCES_DIR}`).toBe(true);
  });

  it('there are citations to check', () => {
    expect(citations.length).toBeGreaterThan(100);
  });

  it.each(citations.map((c) => [`${c.kind} ${c.id}`, c] as const))('%s', (_label, citation) => {
    const text = report(citation.source);
    expect(text, `no report ${citation.source}`).not.toBeNull();
    expect(quoteFound(text ?? '', citation.quote), citation.quote).toBe(true);
  });
});

describe('assets/citations.json holds every quote in context', () => {
  const asset = JSON.parse(readFileSync(CITATIONS_ASSET, 'utf8')) as CitationIndex;

  it('has exactly the quotes the content cites (run `npm run citations:build` after changing content)', () => {
    expect(asset.quotes.map(({ source, quote }) => ({ source, quote }))).toEqual(distinctQuotes(citations));
  });

  it.skipIf(!available && !mustCheck)(
    'matches the reports: each paragraph is the one around its quote',
    () => {
      const { index, missing } = buildCitationIndex(citations, report);
      expect(missing).toEqual([]);
      expect(asset).toEqual(index);
    },
  );
});
