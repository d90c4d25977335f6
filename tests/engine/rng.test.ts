import { describe, expect, it } from 'vitest';
import { submit } from '../../game/engine/api.ts';
import type { Game } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import { intBelow, openStream, type StreamFactory, succeeds } from '../../game/engine/rng.ts';
import { playTurn } from '../../game/engine/turn.ts';
import { shipped } from '../helpers/shipped.ts';

describe('random streams', () => {
  it('are seeded seed:stream:turn: the same triple gives the same draws', () => {
    const a = openStream(42, 'russia', 3);
    const b = openStream(42, 'russia', 3);
    expect([a.next(), a.next(), a.next()]).toEqual([b.next(), b.next(), b.next()]);
  });

  it('differ by seed, by stream and by turn', () => {
    const first = (seed: number, name: string, turn: number) => openStream(seed, name, turn).next();
    const base = first(42, 'russia', 3);
    expect(first(43, 'russia', 3)).not.toBe(base);
    expect(first(42, 'taliban', 3)).not.toBe(base);
    expect(first(42, 'russia', 4)).not.toBe(base);
  });

  it('count their draws', () => {
    const s = openStream(1, 'world', 1);
    s.next();
    s.next();
    expect(s.draws).toBe(2);
  });

  it('turn a uniform draw into integers and per-mille chances', () => {
    expect(intBelow(0, 10)).toBe(0);
    expect(intBelow(0.999, 10)).toBe(9);
    expect(succeeds(0.4999, 500)).toBe(true);
    expect(succeeds(0.5, 500)).toBe(false);
    expect(succeeds(0, 0)).toBe(false);
    expect(succeeds(0.9999, 1000)).toBe(true);
  });
});

/** Plays withdrawal-2021 to the end, recording every draw of every stream by turn. */
function recordDraws(decide?: (game: Game) => Game): { draws: Map<string, number[]>; final: string } {
  const draws = new Map<string, number[]>();
  const recording: StreamFactory = (seed, name, turn) => {
    const inner = openStream(seed, name, turn);
    const key = `${turn}:${name}`;
    return {
      name,
      get draws() {
        return inner.draws;
      },
      next() {
        const u = inner.next();
        draws.set(key, [...(draws.get(key) ?? []), u]);
        return u;
      },
    };
  };
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed: 11 });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  while (game.state.meta.phase !== 'over') {
    if (decide) game = decide(game);
    const { state, log } = playTurn(game.prepared, game.state, recording);
    game = { ...game, state, log: [...game.log, log] };
  }
  return { draws, final: JSON.stringify(game.state) };
}

describe('paired counterfactuals compare like with like', () => {
  it('changing one actor decision leaves every other stream`s draws unchanged', () => {
    const { draws: baseline, final: baselineFinal } = recordDraws();
    // Russia, played by a person, holds talks every turn instead of following its table.
    const { draws: changed, final: changedFinal } = recordDraws((game) => {
      const submitted = submit(game, 'russia', { action: 'convene_talks', target: null });
      return submitted.ok ? submitted.game : game;
    });
    const others = [...baseline.keys()].filter((key) => !key.endsWith(':russia'));
    expect(others.length).toBeGreaterThan(30);
    for (const key of others) expect(changed.get(key), key).toEqual(baseline.get(key));
    // The games themselves diverged: the change was real.
    expect(changedFinal).not.toBe(baselineFinal);
  });

  it('every actor draws exactly three times a turn, used or not', () => {
    const { draws } = recordDraws();
    for (const [key, values] of draws) {
      if (/:(russia|taliban|tajikistan|us)$/.test(key)) expect(values, key).toHaveLength(3);
    }
  });
});
