import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createState } from '../../game/engine/create.ts';
import { evolveWorld } from '../../game/engine/phases/world.ts';
import { prepare } from '../../game/engine/prepare.ts';
import { type StreamFactory, TurnStreams } from '../../game/engine/rng.ts';
import type { WorldChange } from '../../game/engine/schema/log.ts';
import type { State } from '../../game/engine/schema/state.ts';
import { afghanZone, miniContent, scenarioFile } from '../helpers/mini.ts';

/**
 * The world phase on one turn of the mini scenario, with chosen draws from the `world` stream: three per
 * Afghan zone in id order (af_north, then af_south), for momentum, ISIS-K growth and stability. QUIET draws
 * move nothing: no Taliban gain, no ISIS-K growth or loss (at stability 50), no settling of stability.
 */
const QUIET = [0, 0.5, 0.99];
// Every zone below starts with isisk 10, opium 20, refugees 5, stability 50, a Taliban share of 30.

const afghan = afghanZone;
const border = (security: number, id = 'border_tajik') => ({
  id,
  name: id,
  kind: 'border',
  control: null,
  isisk: null,
  opium: null,
  refugees: null,
  security,
  stability: null,
  taliban: null,
});

/** The mini scenario with `overrides`, prepared for play. */
function prepareMini(overrides: Parameters<typeof scenarioFile>[0]) {
  const compiled = prepare(miniContent({ scenario: scenarioFile(overrides) }));
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return compiled;
}

/**
 * The state before and after the world phase, with `world` drawing `draws` in turn. `later` edits the starting
 * state first, for a turn that finds the zones where play has taken them rather than where the scenario began.
 */
function worldTurn(
  overrides: Parameters<typeof scenarioFile>[0],
  draws: number[] = [...QUIET, ...QUIET],
  later: (draft: State) => void = () => {},
) {
  const compiled = prepareMini(overrides);
  const before = produce(createState(compiled.prepared, { seed: 1 }), later);
  const queue = [...draws];
  const factory: StreamFactory = (_seed, name) => ({
    name,
    draws: 0,
    next: () => (name === 'world' ? (queue.shift() ?? 0.99) : 0.5),
  });
  let changes: WorldChange[] = [];
  const after: State = produce(before, (draft) => {
    changes = evolveWorld(draft, before, compiled.prepared, new TurnStreams(1, 1, factory)).changes;
  });
  return { before, after, changes };
}

const zones = (north: Record<string, unknown>, south: Record<string, unknown> = {}) => ({
  zones: [afghan('af_north', north), afghan('af_south', south), border(50)],
});

/** The mini scenario (monthly, US presence 40) with its indicators overridden. */
const withIndicators = (indicators: Record<string, number>) => ({
  indicators: { ...scenarioFile().indicators, ...indicators },
});
const noUs = withIndicators({ us_presence_afghanistan: 0 });

describe('ISIS-K', () => {
  // One draw per zone, read per mille: below the recruiting chance it gains a point; at or above 1000 less the
  // losing chance it loses one; between, nothing.
  it("recruits, in a quarter, with ten times the zone's instability per mille where nobody presses it", () => {
    // Stability 30: 700 per mille. A draw of 0.699 recruits, 0.7 does not.
    const { after } = worldTurn(
      { turnLength: 'quarter', end: '2021-10', ...noUs, ...zones({ stability: 30 }, { stability: 30 }) },
      [0, 0.699, 0.99, 0, 0.7, 0.99],
    );
    expect(after.zones.af_north?.isisk).toBe(11);
    expect(after.zones.af_south?.isisk).toBe(10);
  });

  it("recruits, in a month, with a third of a quarter's chance", () => {
    // Stability 30: 700 / 3 = 233 per mille. A draw of 0.232 recruits, 0.233 does not.
    const { after } = worldTurn(
      { ...noUs, ...zones({ stability: 30 }, { stability: 30 }) },
      [0, 0.232, 0.99, 0, 0.233, 0.99],
    );
    expect(after.zones.af_north?.isisk).toBe(11);
    expect(after.zones.af_south?.isisk).toBe(10);
  });

  it('never recruits in a fully stable zone, and never loses ground where nobody presses it', () => {
    const { after, changes } = worldTurn(
      { ...noUs, ...zones({ stability: 100 }) },
      [0, 0, 0.99, 0, 0.999, 0.99],
    );
    expect(after.zones.af_north?.isisk).toBe(10);
    expect(after.zones.af_south?.isisk).toBe(10);
    expect(changes.some((c) => c.cause.startsWith('isisk'))).toBe(false);
  });

  it('where a US army holds the zone, recruits at half the chance', () => {
    // US presence 40, stability 50: half of 500 / 3 = 83 per mille. 0.082 recruits, 0.083 does not.
    const { after } = worldTurn(zones({}, {}), [0, 0.082, 0.99, 0, 0.083, 0.99]);
    expect(after.zones.af_north?.isisk).toBe(11);
    expect(after.zones.af_south?.isisk).toBe(10);
  });

  it('where a US army holds the zone, loses a point with 300 per mille a quarter (100 a month), and logs it', () => {
    // 1000 - 100: a draw of 0.9 loses a point, 0.899 does not.
    const { after, changes } = worldTurn(zones({}, {}), [0, 0.9, 0.99, 0, 0.899, 0.99]);
    expect(after.zones.af_north?.isisk).toBe(9);
    expect(after.zones.af_south?.isisk).toBe(10);
    expect(changes).toContainEqual({ cause: 'isisk-pressed', zones: ['af_north'] });
  });

  it('is pressed where the Taliban rule, with no US army at all', () => {
    const taliban = { control: 'taliban', taliban: 80 };
    const { after } = worldTurn({ ...noUs, ...zones(taliban, taliban) }, [0, 0.9, 0.99, 0, 0.082, 0.99]);
    expect(after.zones.af_north?.isisk).toBe(9);
    expect(after.zones.af_south?.isisk).toBe(11);
  });

  it('never falls below nothing, and logs no loss there', () => {
    const { after, changes } = worldTurn(zones({ isisk: 0 }), [0, 0.99, 0.99, ...QUIET]);
    expect(after.zones.af_north?.isisk).toBe(0);
    expect(changes.some((c) => c.cause === 'isisk-pressed')).toBe(false);
  });
});

describe('a present US army', () => {
  it('stops the Taliban one point short of a takeover in a zone it holds, whatever their momentum', () => {
    // The mini scenario's US presence is 40. A momentum draw of 0.99 gives the whole reach (4 here): 58 -> 62,
    // held at 59 in the north (stability 50); the south (stability 19) is not held and falls.
    const { after } = worldTurn(
      zones({ taliban: 58 }, { taliban: 58, stability: 19 }),
      [0.99, 0.99, 0.99, 0.99, 0.99, 0.99],
    );
    expect(after.zones.af_north).toMatchObject({ control: 'afghan_republic', taliban: 59 });
    expect(after.zones.af_south?.control).toBe('taliban');
  });
});

describe('a capital that falls last (dynamics.capital)', () => {
  const capitalFirst = (south: Record<string, unknown>) => ({
    ...zones({ taliban: 58 }, south),
    ...noUs,
    dynamics: { ...scenarioFile().dynamics, capital: { zone: 'af_north', fallsAfter: 1 } },
  });
  // Momentum draws of 0.5 give two points of the reach: 58 -> 60, exactly the takeover share.
  const draws = [0.5, 0.5, 0.99, 0.5, 0.5, 0.99];

  it('holds out one point short while the Taliban hold fewer other zones than it names, and logs why', () => {
    const { after, changes } = worldTurn(capitalFirst({ taliban: 58 }), draws);
    expect(after.zones.af_north).toMatchObject({ control: 'afghan_republic', taliban: 59 });
    expect(after.zones.af_south?.control).toBe('taliban');
    expect(changes).toContainEqual({ cause: 'capital-holds', zones: ['af_north'] });
  });

  it('falls like any zone once the Taliban held that many others when the turn began', () => {
    const { after, changes } = worldTurn(capitalFirst({ control: 'taliban', taliban: 70 }), draws);
    expect(after.zones.af_north).toMatchObject({ control: 'taliban' });
    expect(changes.some((c) => c.cause === 'capital-holds')).toBe(false);
  });
});

describe('the causes the world phase logs', () => {
  it('names each takeover, each zone a garrison held, and where ISIS-K recruited and people fled or returned', () => {
    // As above: the north (stability 50) is held at 59, the south (19) falls, losing stability and sending
    // refugees; ISIS-K recruits in both (growth draws 0); the north's people return, the south's flee.
    const { changes } = worldTurn(
      zones({ taliban: 58 }, { taliban: 58, stability: 19 }),
      [0.99, 0, 0.99, 0.99, 0, 0.99],
    );
    expect(changes).toEqual([
      { cause: 'taliban-takeover', zones: ['af_south'] },
      { cause: 'garrison-holds', zones: ['af_north'] },
      { cause: 'isisk-recruits', zones: ['af_north', 'af_south'] },
      { cause: 'refugees-flee', zones: ['af_south'] },
      { cause: 'refugees-return', zones: ['af_north'] },
    ]);
  });

  it('logs nothing for a value that did not move: no refugees left to return, ISIS-K already at 100', () => {
    const { changes } = worldTurn(zones({ refugees: 0, isisk: 100 }, { refugees: 0 }), [
      0,
      0,
      0.99,
      ...QUIET,
    ]);
    expect(changes).toEqual([]);
  });
});

describe('a flag that follows the map (mapFlags)', () => {
  const following = { flags: { talks_held: false, round: 0, poppy_ban: false } };
  const mapFlags = [
    { flag: 'talks_held', when: { input: 'zones.af_south.control', op: '==', value: 'taliban' } },
  ];

  it('turns true in the very world phase that makes its condition hold', () => {
    const { before, after } = worldTurn(
      { ...following, mapFlags, ...zones({}, { taliban: 58, stability: 19 }) },
      [...QUIET, 0.99, 0.99, 0.99],
    );
    expect(before.flags.talks_held).toBe(false);
    expect(after.zones.af_south?.control).toBe('taliban');
    expect(after.flags.talks_held).toBe(true);
  });

  it('stays as it is while the condition does not hold', () => {
    const { after } = worldTurn({ ...following, mapFlags, ...zones({}, {}) });
    expect(after.flags.talks_held).toBe(false);
  });

  it('must name a true-or-false flag, once', () => {
    const compiled = prepare(
      miniContent({
        scenario: scenarioFile({
          mapFlags: [
            { flag: 'round', when: mapFlags[0]?.when },
            { flag: 'no_such_flag', when: mapFlags[0]?.when },
            ...mapFlags,
            ...mapFlags,
          ],
        }),
      }),
    );
    expect(compiled.ok ? [] : compiled.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      "mapFlags[0].flag: flag 'round' holds a number: only a true-or-false flag can follow the map",
      "mapFlags[1].flag: unknown flag 'no_such_flag'",
      "mapFlags[3].flag: flag 'talks_held' follows the map twice",
    ]);
  });
});

describe('poppy', () => {
  const ban = { flags: { talks_held: false, round: 0, poppy_ban: true } };

  it('spreads by one where stability is below 40, and nowhere else', () => {
    const { after } = worldTurn(zones({ stability: 39 }, { stability: 40 }));
    expect(after.zones.af_north?.opium).toBe(21);
    expect(after.zones.af_south?.opium).toBe(20);
  });

  it('falls by 5 a turn under a poppy ban in the zones the Taliban hold, and only there', () => {
    const { after } = worldTurn({
      ...ban,
      ...zones({ stability: 30 }, { control: 'taliban', stability: 30 }),
    });
    // The republic's unstable zone still grows poppy; the Taliban's cuts it, unstable or not.
    expect(after.zones.af_north?.opium).toBe(21);
    expect(after.zones.af_south?.opium).toBe(15);
  });

  it("under a ban falls no lower than a tenth of the zone's opium at the start, rounded up (004: 'approximately 90 percent')", () => {
    // af_south starts at 12, so its floor is 2 (1.2 rounded up); af_north starts at 20, floor 2.
    const banned = { ...ban, ...zones({ control: 'taliban' }, { control: 'taliban', opium: 12 }) };
    const { prepared } = prepareMini(banned);
    expect([...prepared.opiumFloors]).toEqual([
      ['af_north', 2],
      ['af_south', 2],
    ]);
    expect(worldTurn(banned).after.zones.af_south?.opium).toBe(7);
    const at = (north: number, south: number) =>
      worldTurn(banned, undefined, (s) => {
        if (s.zones.af_north) s.zones.af_north.opium = north;
        if (s.zones.af_south) s.zones.af_south.opium = south;
      }).after.zones;
    // A cut of 5 from 6 stops at the floor; a zone at or under its floor keeps what it has.
    expect(at(6, 2)).toMatchObject({ af_north: { opium: 2 }, af_south: { opium: 2 } });
    expect(at(7, 1)).toMatchObject({ af_north: { opium: 2 }, af_south: { opium: 1 } });
    expect(at(8, 0)).toMatchObject({ af_north: { opium: 3 }, af_south: { opium: 0 } });
  });

  it('is not banned by a poppy_ban flag that is not true', () => {
    const { after } = worldTurn({
      flags: { talks_held: false, round: 0, poppy_ban: false },
      ...zones({}, { control: 'taliban' }),
    });
    expect(after.zones.af_south?.opium).toBe(20);
  });
});

describe('the northern route and opium output', () => {
  // The mini scenario: af_north grows opium 20, af_south 60 (both quiet this turn), one border post.
  const route = (northernRoute: string[] | undefined, security: number) =>
    worldTurn({
      dynamics: { talibanMomentum: 100, northernRoute },
      zones: [afghan('af_north'), afghan('af_south', { opium: 60 }), border(security)],
    }).after.indicators;

  it("carry the route zones' opium to the northern route, whatever the border posts do (002)", () => {
    expect(route(['af_north'], 10).northern_route_narcotics).toBe(20);
    expect(route(['af_north'], 90).northern_route_narcotics).toBe(20);
  });

  it('take the mean of the route zones, and of every Afghan zone when the scenario names none', () => {
    expect(route(['af_north', 'af_south'], 50).northern_route_narcotics).toBe(40);
    expect(route(undefined, 50).northern_route_narcotics).toBe(40);
  });

  it("measure the country's opium output over every Afghan zone, route or not", () => {
    expect(route(['af_north'], 50).opium_output).toBe(40);
  });

  it('refuse a route zone that is not an Afghan zone of the scenario', () => {
    const compiled = prepare(
      miniContent({
        scenario: scenarioFile({
          dynamics: { talibanMomentum: 100, northernRoute: ['af_north', 'border_tajik'] },
        }),
      }),
    );
    expect(compiled.ok).toBe(false);
    if (!compiled.ok)
      expect(compiled.problems.map((p) => `${p.path}: ${p.message}`)).toContain(
        "dynamics.northernRoute[1]: expected an Afghan zone of this scenario, found 'border_tajik'",
      );
  });
});

describe('refugees', () => {
  it('leave an unstable zone, one more a turn, and trickle back to a stable one', () => {
    const { after } = worldTurn(zones({ stability: 39 }, { stability: 40 }));
    expect(after.zones.af_north?.refugees).toBe(6);
    expect(after.zones.af_south?.refugees).toBe(4);
  });
});

describe('border posts', () => {
  it('lose one point of security a turn above 50, and keep it at 50 or below', () => {
    const { after } = worldTurn({
      zones: [
        afghan('af_north'),
        afghan('af_south'),
        border(51),
        border(50, 'border_turkmen'),
        border(30, 'border_uzbek'),
      ],
    });
    expect(after.zones.border_tajik?.security).toBe(50);
    expect(after.zones.border_turkmen?.security).toBe(50);
    expect(after.zones.border_uzbek?.security).toBe(30);
    // An Afghan zone has no border security to lose.
    expect(after.zones.af_north?.security).toBeNull();
  });
});

describe("Russia's relations as indicators", () => {
  it("follow Russia's relations with the Taliban, and keep their value where Russia has none", () => {
    const { before, after } = worldTurn({ relations: [{ from: 'russia', to: 'taliban', value: 70 }] });
    expect(before.indicators.russia_taliban_relations).toBe(70);
    expect(after.indicators.russia_taliban_relations).toBe(70);
    // No relation of Russia with the US in this scenario: the indicator stays as the scenario set it.
    expect(after.indicators.russia_us_relations).toBe(40);
  });

  it('keep the values the scenario set when Russia has no relations at all', () => {
    const { after } = worldTurn({ relations: [{ from: 'taliban', to: 'russia', value: 10 }] });
    expect(after.indicators.russia_taliban_relations).toBe(40);
    expect(after.indicators.russia_us_relations).toBe(40);
  });
});
