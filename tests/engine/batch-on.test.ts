import { describe, expect, it } from 'vitest';
import { playBatchOn, playScripted } from '../../game/engine/index.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

/** Issue 14: the batch path from a state part-way through a game, which `branch`'s continuations play on. */
describe('playBatchOn', () => {
  for (const scenario of ['withdrawal-2021', 'emirate-2022']) {
    it(`${scenario}: plays on from turn 4 to the same turns and hashes as the immer path`, () => {
      const whole = playToEnd(scenario, 11);
      const part = playScripted(shipped, { scenario, seed: 11 }, [], 4);
      if (!part.ok) throw new Error(part.error.message);
      const { state, hashes, prepared } = part.game;
      const before = JSON.stringify(state);
      const on = playBatchOn(prepared, state, hashes[4] ?? '');
      expect(on.hashes).toEqual(whole.hashes.slice(4));
      expect(on.log).toEqual(whole.log.slice(4));
      expect(on.state).toEqual(whole.state);
      // The state given is a recorded game's: it is copied, never changed.
      expect(JSON.stringify(state)).toBe(before);
    });
  }

  it('plays nothing from a game that is over', () => {
    const whole = playToEnd('withdrawal-2021', 3);
    const last = whole.hashes[whole.hashes.length - 1] ?? '';
    const on = playBatchOn(whole.prepared, whole.state, last);
    expect(on.hashes).toEqual([last]);
    expect(on.log).toEqual([]);
  });
});
