import { describe, expect, it } from 'vitest';
import '../../game/cli/commands/explore.ts';
import { playPlan } from '../../game/cli/explore/pool.ts';
import { newGame } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';

/** Whether a new game's state comes frozen, as it must outside batch runs (stray mutation then fails). */
function freezing(): boolean {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  return Object.isFrozen(created.game.state);
}

describe('explore leaves state freezing on: its runs play on the batch path, which freezes nothing', () => {
  it('leaves it on when the command is merely loaded (every CLI command loads it)', () => {
    expect(freezing()).toBe(true);
  });

  it('leaves it on after playing in this process', async () => {
    const plan = { scenario: 'withdrawal-2021', variants: ['baseline'], seeds: [1, 2], withoutSource: [] };
    const outcomes = await playPlan(plan, 1, () => {});
    expect(outcomes).toHaveLength(2);
    expect(freezing()).toBe(true);
  });
});
