import { describe, expect, it } from 'vitest';
import { configureEngine, playScripted, prepare } from '../../game/engine/index.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Every shipped scenario, alone, with each variant that applies to it, and with each pair of them, resolves,
 * passes the game's checks and plays to the end without an error, in 10 seeds each. A pair's own risk is in
 * how its two sets of ops combine, which resolving and compiling check whatever the seed; the play that follows
 * runs the same rows and events as its two singles. Each single and each baseline is also played to the end in
 * 200 seeds by variant-expectations.test.ts, which throws on any error, so more seeds here would only repeat it.
 * (At 100 seeds per single this file cost about 28 s of the suite's CPU.)
 */
const SEEDS = Array.from({ length: 10 }, (_, i) => 7000 + i);
// A batch run, like explore: freezing every state would only slow it down (other files keep it on).
configureEngine({ freeze: false });

const combinations = [...library.scenarios.keys()].sort().flatMap((scenario) => {
  const ids = [...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .map((v) => v.id)
    .sort();
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => `${a}+${b}`));
  return ['baseline', ...ids, ...pairs].map((variant) => [scenario, variant] as const);
});

describe('every scenario and variant combination that applies plays to the end', () => {
  it('covers singles and pairs', () => {
    expect(combinations.length).toBeGreaterThan(100);
  });

  it.each(combinations)('%s with %s', (scenario, variant) => {
    const resolved = shipped.resolve({ scenario, variant, withoutSource: [] });
    if (!resolved.ok) throw new Error(resolved.error.message);
    const compiled = prepare(resolved.content);
    expect(compiled.ok ? [] : compiled.problems).toEqual([]);
    for (const seed of SEEDS) {
      const played = playScripted(shipped, { scenario, variant, seed }, []);
      if (!played.ok) throw new Error(`seed ${seed}: ${played.error.message}`);
      expect(played.game.state.meta.phase).toBe('over');
    }
  });
});
