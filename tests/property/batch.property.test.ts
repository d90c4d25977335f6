import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_FILES } from '../../game/content/without-source.ts';
import { playBatchGame, playScripted } from '../../game/engine/index.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * The batch path (one mutable working copy, no immer drafts) against the interactive path (newGame + step on
 * drafts): the same phases must give the same game, turn by turn, for every scenario and variant shipped.
 */
const choices = [...library.scenarios.keys()].sort().flatMap((scenario) => [
  { scenario, variant: 'baseline' },
  ...[...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .map((v) => ({ scenario, variant: v.id }))
    .sort((a, b) => (a.variant < b.variant ? -1 : 1)),
]);

type Choice = { scenario: string; variant: string; seed: number; withoutSource?: string[] };

function bothPaths(choice: Choice) {
  const interactive = playScripted(shipped, choice, []);
  const batch = playBatchGame(shipped, choice);
  if (!interactive.ok || !batch.ok) throw new Error(`${choice.scenario}/${choice.variant} did not start`);
  return { interactive: interactive.game, batch: batch.game };
}

function expectSameGame(choice: Choice): void {
  const { interactive, batch } = bothPaths(choice);
  expect(batch.hashes).toEqual(interactive.hashes);
  expect(batch.log).toEqual(interactive.log);
  expect(batch.state).toEqual(interactive.state);
}

describe('the batch path', () => {
  it('covers every variant of the three scenarios', () => {
    expect(new Set(choices.map((c) => c.scenario)).size).toBe(3);
    expect(choices.length).toBeGreaterThan(3 + 10);
  });

  it.each(choices)('gives the interactive per-turn hashes, logs and state: $scenario/$variant', (choice) => {
    for (const seed of [0, 1, 2024]) expectSameGame({ ...choice, seed });
  });

  it('gives the interactive per-turn hashes over random seeds, variants and reports left out (fast-check seed 1979, 150 cases)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...choices),
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.subarray(REPORT_FILES, { maxLength: 2 }),
        (choice, seed, withoutSource) => expectSameGame({ ...choice, seed, withoutSource }),
      ),
      { seed: 1979, numRuns: 150 },
    );
    // 150 games on both paths: about 15 s of CPU, and 40 s of wall time on a loaded 2-core machine.
  }, 120_000);

  it('hashes every turn: a game of another seed differs from its first turn on', () => {
    const [first] = choices;
    if (!first) throw new Error('no scenario shipped');
    const a = bothPaths({ ...first, seed: 1 }).batch;
    const b = bothPaths({ ...first, seed: 2 }).batch;
    expect(a.hashes).toHaveLength(a.prepared.turns + 1);
    expect(a.hashes[1]).not.toBe(b.hashes[1]);
  });

  it('refuses a bad seed as the interactive path does', () => {
    const bad = playBatchGame(shipped, { scenario: 'withdrawal-2021', seed: -1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('invalid_option');
  });
});
