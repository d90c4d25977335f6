import { describe, expect, it } from 'vitest';
import { historyTally } from '../../game/analysis/history.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Every baseline holds its historical record: each claim of scenarios/<scenario>/history.json reaches its
 * target over the 200 seeds `greatgame history` plays by default (issue 12: no known misses are left).
 */
const SEEDS = Array.from({ length: 200 }, (_, i) => i + 1);

describe.each([...library.scenarios.keys()].sort())('the %s baseline reproduces its history', (scenario) => {
  const history = library.scenarios.get(scenario)?.history;
  it('over 200 seeds, every claim reaches its target', () => {
    if (!history) throw new Error(`${scenario} has no history.json`);
    const tally = historyTally(shipped, history, { scenario, variant: 'baseline' });
    for (const seed of SEEDS) tally.play(seed);
    const missed = tally
      .report()
      .claims.filter((c) => !c.held)
      .map((c) => `${c.id} (${Math.round(c.share * 100)}% of seeds, target ${Math.round(c.target * 100)}%)`);
    expect(missed, missed.join('\n')).toEqual([]);
  });
});
