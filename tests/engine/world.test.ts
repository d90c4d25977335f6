import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { INDICATORS, newGame, step, TAKEOVER_SHARE } from '../../game/engine/index.ts';
import { afghanZone, miniContent, scenarioFile, sourceOf } from '../helpers/mini.ts';

/** An Afghan zone of the mini scenario with the given Taliban share. */
const zoneWith = (id: string, taliban: number, extra: Record<string, unknown> = {}) =>
  afghanZone(id, { taliban, ...extra });

const BORDER = {
  id: 'border_tajik',
  name: 'Tajik border',
  kind: 'border',
  control: null,
  isisk: null,
  opium: null,
  refugees: null,
  security: 50,
  stability: null,
  taliban: null,
};

function start(overrides: Parameters<typeof scenarioFile>[0]): Game {
  const created = newGame(sourceOf(miniContent({ scenario: scenarioFile(overrides) })), {
    scenario: 'mini',
    seed: 1,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

function advance(game: Game): Game {
  const stepped = step(game);
  if (!stepped.ok) throw new Error(stepped.error.message);
  return stepped.game;
}

/** The mini scenario's indicators (all 40) with the US army at `us`: 25 or more holds the zones with order. */
const usAt = (us: number) => ({
  indicators: { ...Object.fromEntries(INDICATORS.map((name) => [name, 40])), us_presence_afghanistan: us },
});

describe('the world phase: zones change hands', () => {
  // With momentum at 0 % the Taliban's share of a zone does not move, so the share we set is the share the
  // takeover rule reads. No US army is there to hold a zone.
  const still = { dynamics: { talibanMomentum: 0 }, ...usAt(0) };

  it(`hands a zone to the Taliban once their share reaches ${TAKEOVER_SHARE}, and not a point before`, () => {
    expect(TAKEOVER_SHARE).toBe(60);
    const game = advance(
      start({ ...still, zones: [zoneWith('af_north', 59), zoneWith('af_south', 60), BORDER] }),
    );
    expect(game.state.zones.af_north).toMatchObject({
      control: 'afghan_republic',
      taliban: 59,
      stability: 50,
    });
    // The takeover costs the zone 15 of stability and sends 15 more refugees out (then the turn's drifts:
    // stability 35 -> 36 or stays, refugees +1 in an unstable zone).
    expect(game.state.zones.af_south?.control).toBe('taliban');
    expect(game.state.zones.af_south?.taliban).toBe(60);
    expect(game.state.zones.af_south?.stability).toBeGreaterThanOrEqual(35);
    expect(game.state.zones.af_south?.stability).toBeLessThanOrEqual(36);
    expect(game.state.zones.af_south?.refugees).toBe(5 + 15 + 1);
  });

  it('keeps a zone the Taliban hold in their hands', () => {
    const game = advance(
      start({
        ...still,
        zones: [zoneWith('af_north', 30), zoneWith('af_south', 20, { control: 'taliban' }), BORDER],
      }),
    );
    expect(game.state.zones.af_south?.control).toBe('taliban');
    expect(game.state.zones.af_north?.control).toBe('afghan_republic');
  });
});

describe('the world phase: income', () => {
  const actorsAt = (resources: number, income: number) => ({
    actors: [
      { id: 'russia', posture: 'engaged', resources, income },
      { id: 'taliban', posture: 'insurgent', resources: 5, income: 0 },
    ],
  });

  it('adds each actor its income every turn', () => {
    const game = advance(advance(start(actorsAt(10, 7))));
    expect(game.state.actors.russia?.resources).toBe(24);
    expect(game.state.actors.taliban?.resources).toBe(5);
  });

  it('caps resources at 100', () => {
    let game = start(actorsAt(96, 3));
    const seen: number[] = [];
    for (let turn = 0; turn < 3; turn++) {
      game = advance(game);
      seen.push(game.state.actors.russia?.resources ?? -1);
    }
    expect(seen).toEqual([99, 100, 100]);
  });
});

describe('the world phase: a present US army holds the zones that keep some order', () => {
  const still = { dynamics: { talibanMomentum: 0 } };

  it('keeps a zone of stability 20 or more from falling while US presence is 25 or more', () => {
    const game = advance(
      start({
        ...still,
        ...usAt(25),
        zones: [
          zoneWith('af_north', 60, { stability: 20 }),
          zoneWith('af_south', 75, { stability: 80 }),
          BORDER,
        ],
      }),
    );
    // The shares stay where they were (the army holds, it does not push back), and the zones stay in hand.
    expect(game.state.zones.af_north).toMatchObject({ control: 'afghan_republic', taliban: 60 });
    expect(game.state.zones.af_south).toMatchObject({ control: 'afghan_republic', taliban: 75 });
  });

  it('holds nothing below 25, and no zone whose stability is under 20', () => {
    const thin = advance(start({ ...still, ...usAt(24), zones: [zoneWith('af_north', 60), BORDER] }));
    expect(thin.state.zones.af_north?.control).toBe('taliban');
    const disorder = advance(
      start({ ...still, ...usAt(90), zones: [zoneWith('af_north', 60, { stability: 19 }), BORDER] }),
    );
    expect(disorder.state.zones.af_north?.control).toBe('taliban');
  });
});
