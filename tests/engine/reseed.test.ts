import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { derivedSeed, newGame, playScripted, reseeded, step } from '../../game/engine/index.ts';
import { openStream, type StreamFactory } from '../../game/engine/rng.ts';
import { playTurn } from '../../game/engine/turn.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

/** Issue 14, `branch`: a continuation's fresh, paired seed (derivedSeed) and the state that draws from it. */
const SCENARIO = 'withdrawal-2021';

function playedTo(turns: number, seed = 7): Game {
  const played = playScripted(shipped, { scenario: SCENARIO, seed }, [], turns);
  if (!played.ok) throw new Error(played.error.message);
  return played.game;
}

function playOn(game: Game): Game {
  let current = game;
  while (current.state.meta.phase !== 'over') {
    const stepped = step(current);
    if (!stepped.ok) throw new Error(stepped.error.message);
    current = stepped.game;
  }
  return current;
}

/** A stream factory that records every draw under `name:turn`, and the seed each turn's streams came from. */
function recorder() {
  const draws = new Map<string, number[]>();
  const seeds = new Set<number>();
  const factory: StreamFactory = (seed, name, turn) => {
    seeds.add(seed);
    const inner = openStream(seed, name, turn);
    const list: number[] = [];
    draws.set(`${name}:${turn}`, list);
    return {
      name,
      next: () => {
        const u = inner.next();
        list.push(u);
        return u;
      },
      get draws() {
        return inner.draws;
      },
    };
  };
  return { draws, seeds, factory };
}

describe('derivedSeed', () => {
  it('is the same on every call and every engine: pinned values', () => {
    // seedrandom's alea keyed "derived:7:branch:1": a change of generator or key changes every branch.
    expect(derivedSeed(7, 'branch:1')).toBe(4042380868918320);
    expect(derivedSeed(7, 'branch:2')).toBe(4103203513798710);
    expect(derivedSeed(0, 'branch:1')).toBe(1806439673976924);
  });

  it('gives a seed every game accepts: a non-negative safe integer', () => {
    for (let i = 1; i <= 1000; i++) {
      const seed = derivedSeed(i, `branch:${i}`);
      expect(Number.isSafeInteger(seed) && seed >= 0).toBe(true);
    }
    expect(newGame(shipped, { scenario: SCENARIO, seed: derivedSeed(7, 'branch:1') }).ok).toBe(true);
  });

  it('gives ten thousand runs ten thousand different seeds, none of them the seed they derive from', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => derivedSeed(7, `branch:${i + 1}`)));
    expect(seeds.size).toBe(10_000);
    expect(seeds.has(7)).toBe(false);
  });

  it('depends on the seed and on the purpose', () => {
    expect(derivedSeed(8, 'branch:1')).not.toBe(derivedSeed(7, 'branch:1'));
    expect(derivedSeed(7, 'sensitivity:1')).not.toBe(derivedSeed(7, 'branch:1'));
  });
});

describe('reseeded', () => {
  it('changes the seed and nothing else, and keeps the same state for the same seed', () => {
    const { state } = playedTo(3);
    expect(reseeded(state, 7)).toBe(state);
    const other = reseeded(state, 99);
    expect(other.meta.seed).toBe(99);
    expect({ ...other, meta: { ...other.meta, seed: 7 } }).toEqual(state);
    expect(state.meta.seed).toBe(7);
  });

  it('takes any non-negative safe integer, 0 included, and refuses anything else by name', () => {
    const { state } = playedTo(3);
    expect(reseeded(state, 0).meta.seed).toBe(0);
    for (const bad of [-1, 1.5, 2 ** 53])
      expect(() => reseeded(state, bad)).toThrow(`seed must be a non-negative safe integer, got ${bad}`);
  });

  it('draws the turns to come from the new seed', () => {
    const game = playedTo(3);
    const { factory, seeds } = recorder();
    const next = playTurn(game.prepared, reseeded(game.state, 99), factory);
    expect([...seeds]).toEqual([99]);
    expect(next.log.turn).toBe(4);
  });

  it('replays the recorded game when the seed is the recorded one', () => {
    const whole = playToEnd(SCENARIO, 7);
    const game = playedTo(3);
    const continued = playOn({ ...game, state: reseeded(game.state, 7) });
    expect(continued.hashes).toEqual(whole.hashes);
  });

  it('leads elsewhere with another seed', () => {
    const whole = playToEnd(SCENARIO, 7);
    const game = playedTo(3);
    const continued = playOn({ ...game, state: reseeded(game.state, derivedSeed(7, 'branch:1')) });
    expect(continued.hashes.slice(0, 4)).toEqual(whole.hashes.slice(0, 4));
    expect(continued.hashes[whole.hashes.length - 1]).not.toBe(whole.hashes[whole.hashes.length - 1]);
  });

  it('pairs continuations: reseeded alike after turn 3 or turn 6, they roll the same dice on turn 7', () => {
    const seed = derivedSeed(7, 'branch:1');
    const early = recorder();
    let fromThree = playedTo(3);
    fromThree = { ...fromThree, state: reseeded(fromThree.state, seed) };
    for (let turn = 4; turn <= 7; turn++)
      fromThree = { ...fromThree, state: playTurn(fromThree.prepared, fromThree.state, early.factory).state };
    const late = recorder();
    const fromSix = playedTo(6);
    playTurn(fromSix.prepared, reseeded(fromSix.state, seed), late.factory);
    const dice = (draws: Map<string, number[]>, name: string) => draws.get(`${name}:7`)?.slice(0, 1);
    for (const name of ['events', 'world', 'russia']) {
      expect(dice(late.draws, name), name).toBeDefined();
      expect(dice(late.draws, name), name).toEqual(dice(early.draws, name));
    }
  });

  it('refuses a seed no game accepts', () => {
    const { state } = playedTo(1);
    expect(() => reseeded(state, -1)).toThrow(RangeError);
    expect(() => reseeded(state, 1.5)).toThrow(RangeError);
  });
});
