import { describe, expect, it } from 'vitest';
import type { Game, InjectedEvent } from '../../game/engine/index.ts';
import { injectEvent, injectedEffects, newGame, step } from '../../game/engine/index.ts';
import { CITE, deckCard, eventsFile, miniContent, sourceOf } from '../helpers/mini.ts';

const card = (id: string, effects: unknown[]) => deckCard(id, { effects });

/** The mini scenario with a deck of two cards, so that a card can be injected by id. */
function start(): Game {
  const deck = {
    quiet: 1,
    cards: [
      card('border-raid', [{ kind: 'indicator', indicator: 'peace_process', add: -10, citations: CITE }]),
      card('aid-convoy', []),
    ],
  };
  const created = newGame(sourceOf(miniContent({ events: eventsFile({ deck }) })), {
    scenario: 'mini',
    seed: 3,
  });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

/** A custom event (no schema check here, as a caller passing unchecked data would). */
const custom = (...effects: unknown[]) =>
  ({ id: 'teacher-event', title: 'A teacher event', effects }) as InjectedEvent;

function injected(event: InjectedEvent): Game {
  const result = injectEvent(start(), event);
  if (!result.ok) throw new Error(result.error.message);
  return result.game;
}

function refusal(event: InjectedEvent): unknown {
  const result = injectEvent(start(), event);
  return result.ok ? 'accepted' : result.error;
}

describe('injecting a deck card', () => {
  it('applies the card of that id to the state the turn starts from', () => {
    expect(injected('border-raid').state.indicators.peace_process).toBe(30);
  });

  it('gives the card its own effects, citations included', () => {
    expect(injectedEffects(start(), 'border-raid')).toEqual({
      ok: true,
      effects: [{ kind: 'indicator', indicator: 'peace_process', add: -10, citations: CITE }],
    });
  });

  it('refuses an id that is not in the deck, listing the deck', () => {
    expect(refusal('martian-landing')).toEqual({
      code: 'invalid_option',
      message: "'martian-landing' is not an event of the deck (events: border-raid, aid-convoy)",
    });
  });
});

describe('injecting a custom event', () => {
  it('applies every effect kind, in order, clamping levels to 0..100', () => {
    const game = injected(
      custom(
        { kind: 'indicator', indicator: 'peace_process', add: 70 },
        { kind: 'zone', zone: 'af_north', field: 'stability', add: -60 },
        { kind: 'zone', zone: 'af_south', field: 'opium', set: 75 },
        { kind: 'zone', zone: 'af_south', field: 'control', set: 'taliban' },
        { kind: 'zone', zone: 'border_tajik', field: 'security', set: 0 },
        { kind: 'relation', from: 'russia', to: 'taliban', add: 15 },
        { kind: 'flag', flag: 'talks_held', set: true },
        { kind: 'flag', flag: 'round', set: 2 },
        { kind: 'posture', actor: 'taliban', set: 'ruling' },
      ),
    );
    const { state } = game;
    expect(state.indicators.peace_process).toBe(100);
    expect(state.zones.af_north).toMatchObject({ stability: 0, control: 'afghan_republic' });
    expect(state.zones.af_south).toMatchObject({ opium: 75, control: 'taliban' });
    expect(state.zones.border_tajik?.security).toBe(0);
    expect(state.relations).toEqual({ russia: { taliban: 55 }, taliban: { russia: 40 } });
    expect(state.flags).toEqual({ talks_held: true, round: 2 });
    expect(state.actors.taliban?.posture).toBe('ruling');
  });

  it('gives each effect empty citations: the teacher is the source, not a report', () => {
    const effect = { kind: 'relation', from: 'taliban', to: 'russia', add: -5 };
    expect(injectedEffects(start(), custom(effect))).toEqual({
      ok: true,
      effects: [{ ...effect, citations: [] }],
    });
  });

  it('changes the state only: the log, the hashes and the game it started from stay as they were', () => {
    const before = start();
    const result = injectEvent(before, custom({ kind: 'indicator', indicator: 'peace_process', add: 5 }));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.game.state.indicators.peace_process).toBe(45);
    expect(before.state.indicators.peace_process).toBe(40);
    expect(result.game.hashes).toEqual(before.hashes);
    expect(result.game.log).toBe(before.log);
    expect(result.game.initial).toBe(before.initial);
    expect(result.game.prepared).toBe(before.prepared);
    expect(result.game.humans).toEqual(before.humans);
  });

  it.each([
    [{ kind: 'indicator', indicator: 'morale', add: 1 }, "unknown indicator 'morale'"],
    [
      { kind: 'indicator', indicator: 'taliban_territory', add: 5 },
      "'taliban_territory' is derived from the zones each turn: change a zone instead",
    ],
    [
      { kind: 'indicator', indicator: 'refugee_outflow', add: 5 },
      "'refugee_outflow' is derived from the zones each turn: change a zone instead",
    ],
    [{ kind: 'zone', zone: 'af_mars', field: 'stability', add: 1 }, "unknown zone 'af_mars'"],
    [{ kind: 'zone', zone: 'af_north', field: 'stability' }, 'a zone effect has add or set, not both'],
    [
      { kind: 'zone', zone: 'af_north', field: 'stability', add: 1, set: 3 },
      'a zone effect has add or set, not both',
    ],
    [
      { kind: 'zone', zone: 'af_north', field: 'control', set: 'gondor' },
      'control is set to an actor of this scenario',
    ],
    [
      { kind: 'zone', zone: 'af_north', field: 'control', set: 3 },
      'control is set to an actor of this scenario',
    ],
    [
      { kind: 'zone', zone: 'af_north', field: 'control', add: 1 },
      'control is set to an actor of this scenario',
    ],
    [
      { kind: 'zone', zone: 'border_tajik', field: 'stability', add: 1 },
      "zone 'border_tajik' has no stability",
    ],
    [{ kind: 'zone', zone: 'af_north', field: 'security', set: 10 }, "zone 'af_north' has no security"],
    [{ kind: 'zone', zone: 'af_north', field: 'opium', set: 'taliban' }, 'opium is set to a number'],
    [{ kind: 'relation', from: 'iran', to: 'taliban', add: 1 }, "no relation from 'iran' to 'taliban'"],
    [{ kind: 'relation', from: 'russia', to: 'iran', add: 1 }, "no relation from 'russia' to 'iran'"],
    [{ kind: 'relation', from: 'russia', to: 'russia', add: 1 }, "no relation from 'russia' to 'russia'"],
    [{ kind: 'flag', flag: 'kabul_fallen', set: true }, "unknown flag 'kabul_fallen'"],
    [{ kind: 'flag', flag: 'round', set: true }, "flag 'round' takes a number"],
    [{ kind: 'flag', flag: 'talks_held', set: 1 }, "flag 'talks_held' takes a boolean"],
    [{ kind: 'posture', actor: 'iran', set: 'engaged' }, "unknown actor 'iran'"],
  ])('refuses %j: %s', (effect, problem) => {
    expect(refusal(custom(effect))).toEqual({
      code: 'invalid_option',
      message: `event teacher-event: effects[0]: ${problem}`,
    });
  });

  it('names the first effect that cannot apply, by its index, and applies none of them', () => {
    const start0 = start();
    const event = custom(
      { kind: 'indicator', indicator: 'peace_process', add: 5 },
      { kind: 'flag', flag: 'talks_held', set: true },
      { kind: 'zone', zone: 'af_mars', field: 'stability', add: 1 },
      { kind: 'indicator', indicator: 'morale', add: 1 },
    );
    expect(injectEvent(start0, event)).toEqual({
      ok: false,
      error: { code: 'invalid_option', message: "event teacher-event: effects[2]: unknown zone 'af_mars'" },
    });
    expect(start0.state.indicators.peace_process).toBe(40);
  });
});

describe('injecting into a finished game', () => {
  it('is refused: there is no turn left for the event to change', () => {
    let game = start();
    while (game.state.meta.phase !== 'over') {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
    expect(injectEvent(game, 'border-raid')).toEqual({
      ok: false,
      error: { code: 'game_over', message: 'the game is over' },
    });
  });

  it('is accepted on the last turn, before it is played', () => {
    let game = start();
    for (let i = 1; i < game.prepared.turns; i++) {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
    expect(game.state.meta.phase).toBe('play');
    expect(injectEvent(game, 'aid-convoy').ok).toBe(true);
  });
});
