import { describe, expect, it } from 'vitest';
import type { HistoryCheck } from '../../game/engine/index.ts';
import { library } from '../helpers/shipped.ts';

/**
 * A history claim's sentence says no more than its check reads and its quote states (second review, findings
 * 13 and 14): the debrief tells a class "as in history" on the strength of the check, and quotes the sentence.
 */
const claims = [...library.scenarios.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .flatMap(([scenario, entry]) => (entry.history?.claims ?? []).map((claim) => ({ scenario, ...claim })));

/** Every input a state check's condition reads: "flags.kabul_fallen", "zones.af_kabul.control". */
function inputsOf(check: HistoryCheck): string[] {
  if (check.kind !== 'state') return [];
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node))
        if (key === 'input' && typeof value === 'string') found.push(value);
        else walk(value);
  };
  walk(check.when);
  return found;
}

const claim = (scenario: string, id: string) => {
  const found = claims.find((c) => c.scenario === scenario && c.id === id);
  if (!found) throw new Error(`${scenario} has no claim ${id}`);
  return found;
};

describe('a history claim', () => {
  it('that says Russia holds to its conditions checks that the conditions were set', () => {
    const holding = claims.filter((c) => /holds to its conditions/.test(c.text));
    expect(holding.length).toBeGreaterThan(0);
    for (const c of holding)
      expect(inputsOf(c.check), `${c.scenario}: ${c.id}`).toContain('flags.recognition_conditioned');
  });

  it('names a region only where its check reads that region', () => {
    const regions: [RegExp, string][] = [
      [/north-east|northeast|Panjshir/i, 'zones.af_northeast.control'],
      [/\bnorth\b(?!-east)/i, 'zones.af_north.control'],
      [/\bsouth\b/i, 'zones.af_south.control'],
      [/\bwest\b/i, 'zones.af_west.control'],
    ];
    for (const c of claims.filter((c) => c.check.kind === 'state'))
      for (const [words, input] of regions)
        if (words.test(c.text))
          expect(inputsOf(c.check), `${c.scenario}: ${c.id} names a region`).toContain(input);
  });

  it.each([
    ['withdrawal-2021', 'kabul-holds-until-august-2021', /fell to the Taliban in mid-August 2021/],
    ['withdrawal-2021', 'us-troops-gone-after-august-2021', /forces have left Afghanistan/],
    ['withdrawal-2021', 'no-us-base-in-central-asia-2021', /last US base in Central Asia was closed/],
    ['withdrawal-2021', 'taliban-hold-the-country-from-september-2021', /Taliban's control of the country/],
  ])('%s %s quotes a sentence that states it', (scenario, id, says) => {
    expect(claim(scenario, id).citation.quote).toMatch(says);
  });
});
