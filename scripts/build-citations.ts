/**
 * `npm run citations:build`: writes assets/citations.json, every quote of the content with its paragraph,
 * so that the browser and a clone without the reports can show a quote in context. Reads the reports from
 * GREATGAME_SOURCES or ../shared/seeds. Exits 1, writing nothing, if a quote is not found word for word.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectCitations } from '../game/content/citations.ts';
import { loadLibrary } from '../game/content/disk.ts';
import { CITATIONS_ASSET, reportsDir } from '../game/content/reports-dir.ts';
import { formatProblem } from '../game/engine/index.ts';
import { buildCitationIndex } from '../game/text/citation-index.ts';

const dir = reportsDir();
if (!existsSync(dir)) {
  process.stderr.write(`citations:build: the reports are not in ${dir} (set GREATGAME_SOURCES)\n`);
  process.exit(2);
}
const library = loadLibrary();
if (library.errors.length > 0) {
  process.stderr.write(
    `citations:build: fix the content first:\n${library.errors.map(formatProblem).join('\n')}\n`,
  );
  process.exit(1);
}
const report = (source: string) => {
  const path = join(dir, source);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};
const { index, missing } = buildCitationIndex(collectCitations(library), report);
if (missing.length > 0) {
  for (const m of missing) process.stderr.write(`not found in ${m.source}: “${m.quote}”\n`);
  process.stderr.write(`citations:build: ${missing.length} quote(s) not found; nothing written\n`);
  process.exit(1);
}
mkdirSync(join(CITATIONS_ASSET, '..'), { recursive: true });
writeFileSync(CITATIONS_ASSET, `${JSON.stringify(index, null, 2)}\n`);
process.stdout.write(`wrote ${index.quotes.length} quotes in context to assets/citations.json\n`);
