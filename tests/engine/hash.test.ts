import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainHash, hashString, initialHash } from '../../game/engine/hash.ts';
import type { Game, State } from '../../game/engine/index.ts';
import { legalActions, newGame, step, submit } from '../../game/engine/index.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

describe('hashes', () => {
  it('are 64-bit xxHash values written as 16 lowercase hex digits', () => {
    expect(hashString('greatgame')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('h_0 hashes the starting state, and each turn chains h_t = H(h_(t-1) + state + log)', () => {
    const game = playToEnd('withdrawal-2021', 3);
    expect(game.hashes[0]).toBe(initialHash(game.initial));
    expect(game.hashes).toHaveLength(game.log.length + 1);
    // Recompute the last link from the final state and log.
    const last = game.log.length;
    const entry = game.log[last - 1];
    if (!entry) throw new Error('no turns');
    expect(game.hashes[last]).toBe(chainHash(game.hashes[last - 1] ?? '', game.state, entry));
  });
});

/** Plays a game with random legal human decisions chosen by `picks`, collecting every state along the way. */
function statesOf(seed: number, picks: number[]): State[] {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed });
  if (!created.ok) throw new Error(created.error.message);
  let game: Game = created.game;
  const states = [game.state];
  let p = 0;
  while (game.state.meta.phase !== 'over') {
    for (const actor of game.prepared.actorIds) {
      const pick = picks[p++ % picks.length] ?? 0;
      const legal = legalActions(game, actor);
      if (!legal.ok || pick % 3 === 0) continue;
      const choice = legal.actions[pick % legal.actions.length];
      if (!choice) continue;
      const target = choice.targets ? (choice.targets[pick % choice.targets.length] ?? null) : null;
      const submitted = submit(game, actor, { action: choice.action, target });
      if (submitted.ok) {
        game = submitted.game;
        states.push(game.state);
      }
    }
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
    states.push(game.state);
  }
  return states;
}

describe('state JSON is canonical by construction', () => {
  it('JSON.stringify equals RFC 8785 canonicalize on every state of 40 generated games', () => {
    // fast-check with a fixed seed: 40 games of 11 turns, every intermediate state checked (~900 states).
    fc.assert(
      fc.property(
        fc.nat({ max: 2 ** 31 }),
        fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 60 }),
        (seed, picks) => {
          for (const state of statesOf(seed, picks)) expect(JSON.stringify(state)).toBe(canonicalize(state));
        },
      ),
      { seed: 20211015, numRuns: 40 },
    );
  });
});
