import { describe, expect, it } from 'vitest';
import { hashString, playBatchGame, type State } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';

const choice = { scenario: 'withdrawal-2021', variant: 'us-stays', seed: 11 };

describe('playBatchGame with a turn observer', () => {
  it('shows the working state at the start and after every turn, and plays the same game as without one', () => {
    const seen: { turn: number; stateTurn: number; hash: string }[] = [];
    const observed = playBatchGame(shipped, choice, (state: Readonly<State>, turn, json) => {
      expect(json).toBe(JSON.stringify(state));
      seen.push({ turn, stateTurn: state.meta.turn, hash: hashString(json) });
    });
    const plain = playBatchGame(shipped, choice);
    if (!observed.ok || !plain.ok) throw new Error('the game did not open');
    expect(observed.game.hashes).toEqual(plain.game.hashes);
    const turns = plain.game.log.length;
    expect(seen.map((s) => s.turn)).toEqual(Array.from({ length: turns + 1 }, (_, t) => t));
    // At turn 0 the game is at its first turn, not yet played.
    expect(seen[0]?.stateTurn).toBe(1);
    // The last state it saw is the final state: the observer sees the state itself, not a stale copy.
    expect(seen[turns]?.hash).toBe(hashString(JSON.stringify(plain.game.state)));
  });
});
