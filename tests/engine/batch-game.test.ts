import { describe, expect, it } from 'vitest';
import { playBatchGame } from '../../game/engine/index.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

/** Issue 14: a whole game on the batch path is the immer path's game, turn for turn and hash for hash. */
describe('playBatchGame', () => {
  it("plays the seed's game to the scenario's last turn, with the immer path's log and hashes", () => {
    const whole = playToEnd('withdrawal-2021', 7);
    const batch = playBatchGame(shipped, { scenario: 'withdrawal-2021', variant: 'baseline', seed: 7 });
    if (!batch.ok) throw new Error(batch.error.message);
    expect(batch.game.log).toHaveLength(batch.game.prepared.turns);
    expect(batch.game.hashes).toEqual(whole.hashes);
    expect(batch.game.log).toEqual(whole.log);
    expect(batch.game.state).toEqual(whole.state);
  });

  it('plays another game on another seed', () => {
    const seven = playBatchGame(shipped, { scenario: 'withdrawal-2021', variant: 'baseline', seed: 7 });
    const eight = playBatchGame(shipped, { scenario: 'withdrawal-2021', variant: 'baseline', seed: 8 });
    if (!seven.ok || !eight.ok) throw new Error('the games did not open');
    expect(eight.game.state.meta.seed).toBe(8);
    expect(eight.game.hashes.at(-1)).not.toBe(seven.game.hashes.at(-1));
  });

  it('refuses a scenario it does not have, and plays nothing', () => {
    const refused = playBatchGame(shipped, { scenario: 'atlantis-1900', variant: 'baseline', seed: 7 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain("unknown scenario 'atlantis-1900'");
  });
});
