import { describe, expect, it } from 'vitest';
import { legalActions, submit } from '../../game/engine/api.ts';
import type { Game } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import { intBelow, openStream, type StreamFactory, succeeds, TurnStreams } from '../../game/engine/rng.ts';
import { playTurn } from '../../game/engine/turn.ts';
import { library, shipped } from '../helpers/shipped.ts';

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

  it('are opened once per turn and purpose: asking for a stream again continues its draws', () => {
    const streams = new TurnStreams(42, 3);
    const first = streams.get('world').next();
    const second = streams.get('world').next();
    const fresh = openStream(42, 'world', 3);
    expect([first, second]).toEqual([fresh.next(), fresh.next()]);
    expect(streams.get('world').draws).toBe(2);
    expect(streams.get('events').draws).toBe(0);
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

interface Recorded {
  /** Every draw, by `turn:stream`. */
  draws: Map<string, number[]>;
  /** The streams in the order they drew, one entry per draw, by turn. */
  order: Map<number, string[]>;
  game: Game;
  final: string;
}

/** Plays a scenario to the end, recording every draw of every stream by turn; `decide` may submit decisions. */
function recordDraws(
  decide?: (game: Game) => Game,
  { scenario = 'withdrawal-2021', seed = 11, humans = [] as string[] } = {},
): Recorded {
  const draws = new Map<string, number[]>();
  const order = new Map<number, string[]>();
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
        order.set(turn, [...(order.get(turn) ?? []), name]);
        return u;
      },
    };
  };
  const created = newGame(shipped, { scenario, seed, humans });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  while (game.state.meta.phase !== 'over') {
    if (decide) game = decide(game);
    const { state, log } = playTurn(game.prepared, game.state, recording);
    game = { ...game, state, log: [...game.log, log] };
  }
  return { draws, order, game, final: JSON.stringify(game.state) };
}

/**
 * docs/engine.md's draw order, for one turn: `events` once; each actor in id order, exactly three times;
 * `world` three times for each Afghan zone.
 */
function documentedOrder(game: Game): string[] {
  const actors = game.prepared.content.scenario.actors.map((a) => a.id).sort();
  const afghanZones = game.prepared.content.scenario.zones.filter((z) => z.kind === 'afghan');
  return [
    'events',
    ...actors.flatMap((id) => [id, id, id]),
    ...afghanZones.flatMap(() => ['world', 'world', 'world']),
  ];
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

  it.each([...library.scenarios.keys()].sort())(
    '%s: every turn draws in the documented order, every actor exactly three times',
    (scenario) => {
      const { order, game } = recordDraws(undefined, { scenario });
      const expected = documentedOrder(game);
      expect(game.prepared.actorIds.length).toBe(game.prepared.content.scenario.actors.length);
      expect(game.log.length).toBe(game.state.meta.turns);
      for (let turn = 1; turn <= game.log.length; turn++)
        expect(order.get(turn), `turn ${turn}`).toEqual(expected);
    },
  );

  it('a human actor`s stream is drawn as the table`s would be: three times in its place, the same numbers', () => {
    const table = recordDraws();
    // Russia is played by a person who always submits its first legal action other than pass.
    const human = recordDraws(
      (game) => {
        const legal = legalActions(game, 'russia');
        const move = legal.ok ? legal.actions.find((a) => a.action !== 'pass') : undefined;
        if (!move) return game;
        const submitted = submit(game, 'russia', { action: move.action, target: move.targets?.[0] ?? null });
        if (!submitted.ok) throw new Error(submitted.error.message);
        return submitted.game;
      },
      { humans: ['russia'] },
    );
    expect(human.game.humans).toEqual(['russia']);
    // Decisions were submitted, and they were not the table's: the games differ.
    expect(
      human.game.log.every((log) => log.actions.some((a) => a.actor === 'russia' && a.ruleId === null)),
    ).toBe(true);
    expect(human.final).not.toBe(table.final);
    const expected = documentedOrder(human.game);
    for (let turn = 1; turn <= human.game.log.length; turn++) {
      expect(human.order.get(turn), `turn ${turn}`).toEqual(expected);
      expect(human.draws.get(`${turn}:russia`), `turn ${turn}`).toEqual(table.draws.get(`${turn}:russia`));
    }
  });
});
