import { describe, expect, it } from 'vitest';
import { legalActions, submit } from '../../game/engine/api.ts';
import type { Game } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import {
  certain,
  intBelow,
  openStream,
  Reserved,
  type StreamFactory,
  succeeds,
  TurnStreams,
} from '../../game/engine/rng.ts';
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

  it('know when a chance needs no draw: certain at 1000 or more, impossible at 0 or less, else the draw decides', () => {
    expect(certain(1000)).toBe(true);
    expect(certain(1500)).toBe(true);
    expect(certain(0)).toBe(false);
    expect(certain(-5)).toBe(false);
    expect(certain(1)).toBeNull();
    expect(certain(999)).toBeNull();
    // What certain says is what succeeds gives on the extreme draws.
    for (const u of [0, 0.5, 0.9999999]) {
      expect(succeeds(u, 1000)).toBe(true);
      expect(succeeds(u, 0)).toBe(false);
    }
  });
});

describe('reserved draws', () => {
  it('give each place its own draw, whatever was read before: place 2 read first is the third draw', () => {
    const fresh = openStream(42, 'russia', 3);
    const expected = [fresh.next(), fresh.next(), fresh.next()];
    const reserved = new Reserved(openStream(42, 'russia', 3), 3);
    expect(reserved.at(2)).toBe(expected[2]);
    expect(reserved.at(0)).toBe(expected[0]);
    expect(reserved.at(1)).toBe(expected[1]);
    expect(reserved.at(2)).toBe(expected[2]);
  });

  it('make no draw that is not read, and none beyond the last read', () => {
    const stream = openStream(42, 'russia', 3);
    const reserved = new Reserved(stream, 3);
    expect(stream.draws).toBe(0);
    reserved.at(1);
    expect(stream.draws).toBe(2);
    reserved.at(0);
    expect(stream.draws).toBe(2);
  });

  it('refuse a place outside those reserved', () => {
    const reserved = new Reserved(openStream(1, 'taliban', 1), 3);
    expect(() => reserved.at(3)).toThrow(/draw 3 of 3 reserved from 'taliban'/);
    expect(() => reserved.at(-1)).toThrow(RangeError);
    expect(() => reserved.at(0.5)).toThrow(RangeError);
  });
});

interface Recorded {
  /** Every draw, by `turn:stream`. */
  draws: Map<string, number[]>;
  /** The streams in the order they drew, one entry per draw, by turn. */
  order: Map<number, string[]>;
  /** The streams in the order they were opened, by turn. */
  opened: Map<number, string[]>;
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
  const opened = new Map<number, string[]>();
  const recording: StreamFactory = (seed, name, turn) => {
    const inner = openStream(seed, name, turn);
    opened.set(turn, [...(opened.get(turn) ?? []), name]);
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
  return { draws, order, opened, game, final: JSON.stringify(game.state) };
}

/**
 * docs/engine.md's order of the streams, for one turn: `events`, each actor in id order, then `world`. The
 * events stream draws once, the world three times for each Afghan zone, and each actor has three draws in
 * place, made only when read.
 */
function documentedStreams(game: Game): string[] {
  const actors = game.prepared.content.scenario.actors.map((a) => a.id).sort();
  return ['events', ...actors, 'world'];
}

/** The first `n` draws of a fresh stream: what any stream's draws must be, place by place. */
function firstDraws(seed: number, name: string, turn: number, n: number): number[] {
  const stream = openStream(seed, name, turn);
  return Array.from({ length: n }, () => stream.next());
}

/** Two records of one stream agree place by place: the shorter is the start of the longer. */
function expectSamePlaces(a: number[] | undefined, b: number[] | undefined, label: string): void {
  const n = Math.min(a?.length ?? 0, b?.length ?? 0);
  expect((a ?? []).slice(0, n), label).toEqual((b ?? []).slice(0, n));
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
    // The events and world streams draw the same number of times in both games, and the same numbers.
    for (const key of others.filter((k) => k.endsWith(':events') || k.endsWith(':world')))
      expect(changed.get(key), key).toEqual(baseline.get(key));
    // An actor reads as many of its three draws as its choice needs, but each place holds the same number.
    for (const key of others) expectSamePlaces(changed.get(key), baseline.get(key), key);
    // The games themselves diverged: the change was real.
    expect(changedFinal).not.toBe(baselineFinal);
  });

  it.each([...library.scenarios.keys()].sort())(
    '%s: every turn opens the streams in the documented order and draws each in its places',
    (scenario) => {
      const seed = 11;
      const { opened, draws, game } = recordDraws(undefined, { scenario, seed });
      expect(game.prepared.actorIds.length).toBe(game.prepared.content.scenario.actors.length);
      expect(game.log.length).toBe(game.state.meta.turns);
      const afghan = game.prepared.content.scenario.zones.filter((z) => z.kind === 'afghan').length;
      const counts = new Set<number>();
      for (let turn = 1; turn <= game.log.length; turn++) {
        expect(opened.get(turn), `turn ${turn}`).toEqual(documentedStreams(game));
        expect(draws.get(`${turn}:events`)).toEqual(firstDraws(seed, 'events', turn, 1));
        expect(draws.get(`${turn}:world`)).toEqual(firstDraws(seed, 'world', turn, 3 * afghan));
        for (const actor of game.prepared.actorIds) {
          const made = draws.get(`${turn}:${actor}`) ?? [];
          expect(made.length, `turn ${turn}, ${actor}`).toBeLessThanOrEqual(3);
          expect(made, `turn ${turn}, ${actor}`).toEqual(firstDraws(seed, actor, turn, made.length));
          counts.add(made.length);
        }
      }
      // Some actor needed none of its draws (one eligible row, one best target, a certain outcome) and some
      // needed its third, the outcome: the draws are read as needed, not all or none.
      expect(counts.has(0)).toBe(true);
      expect(counts.has(3)).toBe(true);
    },
  );

  it('a human actor`s stream is drawn as the table`s would be: three places, the same numbers', () => {
    const table = recordDraws();
    // Russia is played by a person who always submits its first legal action whose outcome is uncertain.
    const human = recordDraws(
      (game) => {
        const legal = legalActions(game, 'russia');
        const levers = game.prepared.actors.get('russia')?.levers;
        const uncertain = (action: string) => (levers?.get(action)?.def.chance ?? 1000) < 1000;
        const move = legal.ok ? legal.actions.find((a) => uncertain(a.action)) : undefined;
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
    let outcomes = 0;
    for (let turn = 1; turn <= human.game.log.length; turn++) {
      expect(human.opened.get(turn), `turn ${turn}`).toEqual(documentedStreams(human.game));
      const made = human.draws.get(`${turn}:russia`) ?? [];
      // A human's choice reads no draw; an uncertain action reads the third, in its place.
      expect([0, 3], `turn ${turn}`).toContain(made.length);
      if (made.length === 3) outcomes++;
      expect(made, `turn ${turn}`).toEqual(firstDraws(11, 'russia', turn, made.length));
      expectSamePlaces(made, table.draws.get(`${turn}:russia`), `turn ${turn}`);
    }
    expect(outcomes).toBeGreaterThan(0);
  });
});
