import { describe, expect, it } from 'vitest';
import { legalActions, newGame, step, submit } from '../../game/engine/api.ts';
import type { Game } from '../../game/engine/index.ts';
import { playTurn, playTurnOnClone } from '../../game/engine/turn.ts';
import {
  actorFile,
  CITE,
  DEFAULT_ROW,
  deckCard,
  eventsFile,
  lever,
  miniContent,
  row,
  scenarioFile,
  sourceOf,
} from '../helpers/mini.ts';
import { playToEnd } from '../helpers/shipped.ts';

function start(parts: Parameters<typeof miniContent>[0], seed = 1): Game {
  const created = newGame(sourceOf(miniContent(parts)), { scenario: 'mini', seed });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

function advance(game: Game): Game {
  const stepped = step(game);
  if (!stepped.ok) throw new Error(stepped.error.message);
  return stepped.game;
}

const flagEffect = (flag: string, set: unknown) => ({ kind: 'flag', flag, set, citations: CITE });
const addIndicator = (indicator: string, add: number) => ({
  kind: 'indicator',
  indicator,
  add,
  citations: CITE,
});

describe('the turn pipeline runs in a fixed order', () => {
  it('events come before decisions: a row reads a flag an event set this very turn', () => {
    const game = start({
      events: eventsFile({
        scheduled: [
          {
            id: 'talks',
            title: 'Talks are held',
            on: '2021-01',
            effects: [flagEffect('talks_held', true)],
            citations: CITE,
          },
        ],
      }),
      russia: actorFile('russia', {
        levers: [lever('follow_up')],
        rules: [
          row('russia.follow-up', 10, { input: 'flags.talks_held', op: '==', value: true }, 'follow_up'),
          DEFAULT_ROW('russia'),
        ],
      }),
    });
    const after = advance(game);
    expect(after.log[0]?.events).toEqual([{ id: 'talks', source: 'scheduled' }]);
    expect(after.log[0]?.actions.find((a) => a.actor === 'russia')?.ruleId).toBe('russia.follow-up');
  });

  it('decisions are simultaneous: each actor decides on the state before anyone acts', () => {
    const game = start({
      russia: actorFile('russia', {
        levers: [lever('raise', { onSuccess: [flagEffect('talks_held', true)] })],
        rules: [row('russia.raise', 10, { all: [] }, 'raise'), DEFAULT_ROW('russia')],
      }),
      taliban: actorFile('taliban', {
        levers: [lever('react')],
        rules: [
          row('taliban.react', 10, { input: 'flags.talks_held', op: '==', value: true }, 'react'),
          DEFAULT_ROW('taliban'),
        ],
      }),
    });
    const after = advance(game);
    expect(after.log[0]?.actions.map((a) => a.action)).toEqual(['raise', 'pass']);
    expect(advance(after).log[1]?.actions.map((a) => a.action)).toEqual(['raise', 'react']);
  });

  it('resolves actions in actor-id order: an action an earlier one made illegal is blocked', () => {
    const onlyOnce = { input: 'flags.talks_held', op: '==', value: false };
    const game = start({
      russia: actorFile('russia', {
        levers: [lever('host', { requires: onlyOnce, onSuccess: [flagEffect('talks_held', true)] })],
        rules: [row('russia.host', 10, { all: [] }, 'host'), DEFAULT_ROW('russia')],
      }),
      taliban: actorFile('taliban', {
        levers: [lever('host', { requires: onlyOnce, onSuccess: [flagEffect('talks_held', true)] })],
        rules: [row('taliban.host', 10, { all: [] }, 'host'), DEFAULT_ROW('taliban')],
      }),
    });
    const actions = advance(game).log[0]?.actions ?? [];
    expect(actions.map((a) => [a.actor, a.outcome])).toEqual([
      ['russia', 'success'],
      ['taliban', 'blocked'],
    ]);
  });

  it('an uncertain action applies onSuccess or onFailure by its chance', () => {
    const make = (chance: number) =>
      start({
        russia: actorFile('russia', {
          levers: [
            lever('gamble', {
              chance,
              onSuccess: [addIndicator('peace_process', 10)],
              onFailure: [addIndicator('peace_process', -10)],
            }),
          ],
          rules: [row('russia.gamble', 10, { all: [] }, 'gamble'), DEFAULT_ROW('russia')],
        }),
      });
    expect(advance(make(1000)).log[0]?.indicators.peace_process).toBe(50);
    expect(advance(make(0)).log[0]?.indicators.peace_process).toBe(30);
    expect(advance(make(0)).log[0]?.actions[0]?.outcome).toBe('failure');
  });

  it('pays costs and adds income every turn', () => {
    const game = start({
      russia: actorFile('russia', {
        levers: [lever('spend', { cost: 3 })],
        rules: [row('russia.spend', 10, { all: [] }, 'spend'), DEFAULT_ROW('russia')],
      }),
    });
    expect(advance(game).state.actors.russia?.resources).toBe(5 - 3 + 1);
  });

  it('scores each actor as the weighted mean of how well its indicators sit', () => {
    const game = start({
      russia: actorFile('russia', {
        interests: [
          { id: 'up', title: 'Peace', indicator: 'peace_process', want: 'up', weight: 3, citations: CITE },
          {
            id: 'down',
            title: 'Calm',
            indicator: 'tajik_taliban_tension',
            want: 'down',
            weight: 1,
            citations: CITE,
          },
        ],
      }),
    });
    // peace_process 40 (weight 3), tension 40 wanted down -> 60 (weight 1): (120 + 60) / 4 = 45.
    expect(advance(game).log[0]?.scores.russia).toBe(45);
  });

  it('keeps the log beside the state, holding ids rather than quote text', () => {
    const after = advance(start({}));
    expect(JSON.stringify(after.state)).not.toContain('quotation');
    expect(JSON.stringify(after.log)).not.toContain('quotation');
    expect(Object.keys(after.state)).not.toContain('log');
  });
});

describe('scheduled events and the deck', () => {
  it('a dated event fires once, on the turn whose period holds its date', () => {
    let game = start({
      events: eventsFile({
        scheduled: [
          {
            id: 'march-event',
            title: 'In March',
            on: '2021-03',
            effects: [addIndicator('peace_process', 1)],
            citations: CITE,
          },
        ],
      }),
    });
    const fired: string[][] = [];
    while (game.state.meta.phase !== 'over') {
      game = advance(game);
      fired.push(game.log[game.log.length - 1]?.events.map((e) => e.id) ?? []);
    }
    expect(fired).toEqual([[], [], ['march-event'], []]);
  });

  it('a conditional event fires on the first turn its condition holds, and only once', () => {
    let game = start({
      events: eventsFile({
        scheduled: [
          {
            id: 'second-round',
            title: 'Round two',
            when: { input: 'flags.round', op: '>=', value: 2 },
            effects: [],
            citations: CITE,
          },
        ],
      }),
      russia: actorFile('russia', {
        levers: [
          lever('next_round', { onSuccess: [{ kind: 'flag', flag: 'round', set: 2, citations: CITE }] }),
        ],
        rules: [
          row('russia.next', 10, { input: 'turn', op: '==', value: 2 }, 'next_round'),
          DEFAULT_ROW('russia'),
        ],
      }),
    });
    const fired: string[][] = [];
    while (game.state.meta.phase !== 'over') {
      game = advance(game);
      fired.push(game.log[game.log.length - 1]?.events.map((e) => e.id) ?? []);
    }
    expect(fired).toEqual([[], [], ['second-round'], []]);
  });

  it('draws a deck card each turn by weight, state-dependent bonuses included, or nothing', () => {
    const card = (id: string, weight: number, bonuses: unknown[] = []) => deckCard(id, { weight, bonuses });
    const always = start({ events: eventsFile({ deck: { quiet: 0, cards: [card('only-card', 1)] } }) });
    expect(advance(always).log[0]?.events).toEqual([{ id: 'only-card', source: 'deck' }]);
    const never = start({ events: eventsFile({ deck: { quiet: 5, cards: [card('dead-card', 0)] } }) });
    expect(advance(never).log[0]?.events).toEqual([]);
    const bonus = start({
      events: eventsFile({
        deck: {
          quiet: 0,
          cards: [card('bonus-card', 0, [{ when: { input: 'turn', op: '==', value: 1 }, add: 5 }])],
        },
      }),
    });
    expect(advance(bonus).log[0]?.events).toEqual([{ id: 'bonus-card', source: 'deck' }]);
  });
});

describe('the clock', () => {
  it('advances by month or quarter and ends after the last turn', () => {
    let game = start({ scenario: scenarioFile({ turnLength: 'quarter', start: '2016-10', end: '2017-07' }) });
    const dates: string[] = [];
    while (game.state.meta.phase !== 'over') {
      dates.push(game.state.meta.date);
      game = advance(game);
    }
    expect(dates).toEqual(['2016-10', '2017-01', '2017-04', '2017-07']);
    const over = step(game);
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.code).toBe('game_over');
  });

  it('clears submitted decisions once the turn is played', () => {
    const game = start({ russia: actorFile('russia', { levers: [lever('talk')] }) });
    const submitted = submit(game, 'russia', { action: 'talk', target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    expect(submitted.game.state.pending.russia).toEqual({ action: 'talk', target: null });
    const after = advance(submitted.game);
    expect(after.state.pending.russia).toBeNull();
    expect(after.log[0]?.actions[0]).toMatchObject({ action: 'talk', ruleId: null, why: null });
  });

  it('lists pass among the legal actions of every actor', () => {
    const listed = legalActions(start({}), 'taliban');
    expect(listed.ok && listed.actions.map((a) => a.action)).toEqual(['pass']);
  });
});

describe('immer is an implementation detail', () => {
  it('the phases on immer drafts and on a structuredClone give the same turns', () => {
    const game = playToEnd('withdrawal-2021', 8);
    let state = game.initial;
    for (let turn = 1; turn <= game.log.length; turn++) {
      const drafted = playTurn(game.prepared, state);
      const cloned = playTurnOnClone(game.prepared, state);
      expect(JSON.stringify(cloned)).toBe(JSON.stringify(drafted));
      state = drafted.state;
    }
  });
});
