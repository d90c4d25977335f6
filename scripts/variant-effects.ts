/**
 * `npm run variant:effects -- --variant us-stays [--scenario withdrawal-2021] [--seeds 200]`: the mean paired
 * difference each variant makes to every final indicator, with its 95% interval, against the baseline on
 * the same seeds. What an author checks a variant's `expect` against (the variant test does the same).
 */
import { parseArgs } from 'node:util';
import { finalIndicators } from '../game/analysis/distribution.ts';
import { pairedDifferences } from '../game/analysis/statistics.ts';
import { loadLibrary } from '../game/content/disk.ts';
import { createContentSource } from '../game/content/source.ts';

const { values } = parseArgs({
  options: {
    variant: { type: 'string' },
    scenario: { type: 'string' },
    seeds: { type: 'string', default: '200' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write('usage: npm run variant:effects -- [--variant ID] [--scenario ID] [--seeds N]\n');
  process.exit(0);
}
const seedCount = Number(values.seeds);
if (!Number.isSafeInteger(seedCount) || seedCount < 2) {
  process.stderr.write(`variant:effects: --seeds must be an integer of at least 2, got '${values.seeds}'\n`);
  process.exit(2);
}
const library = loadLibrary();
const source = createContentSource(library);
const seeds = Array.from({ length: seedCount }, (_, i) => 5000 + i);
const variants = [...library.variants.values()].filter((v) => !values.variant || v.id === values.variant);
if (variants.length === 0) {
  process.stderr.write(
    `variant:effects: no variant '${values.variant}' (variants: ${[...library.variants.keys()].sort().join(', ')})\n`,
  );
  process.exit(2);
}
for (const variant of variants.sort((a, b) => (a.id < b.id ? -1 : 1))) {
  for (const scenario of variant.appliesTo.filter((s) => !values.scenario || s === values.scenario)) {
    const diffs = pairedDifferences(
      finalIndicators(source, scenario, 'baseline', seeds),
      finalIndicators(source, scenario, variant.id, seeds),
    );
    process.stdout.write(
      `${variant.id} in ${scenario} (${seeds.length} paired seeds): mean difference [95% CI]\n`,
    );
    for (const [name, d] of Object.entries(diffs)) {
      const want = variant.expect[name];
      const ok =
        want === undefined
          ? ''
          : (want === 'up' ? d.low > 0 : d.high < 0)
            ? `  expect ${want}: ok`
            : `  expect ${want}: NOT MET`;
      process.stdout.write(
        `  ${name.padEnd(30)} ${String(d.mean).padStart(7)}  [${d.low}, ${d.high}]${ok}\n`,
      );
    }
  }
}
