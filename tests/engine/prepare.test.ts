import { describe, expect, it } from 'vitest';
import { prepare } from '../../game/engine/prepare.ts';
import type { ActorFile } from '../../game/engine/schema/actor.ts';
import { ACTOR_IDS } from '../../game/engine/vocabulary.ts';
import {
  actorFile,
  CITE,
  DEFAULT_ROW,
  eventsFile,
  lever,
  miniContent,
  row,
  scenarioFile,
} from '../helpers/mini.ts';

function problemsOf(parts: Parameters<typeof miniContent>[0]) {
  const result = prepare(miniContent(parts));
  return result.ok ? [] : result.problems;
}

const russia = (extra: Partial<Record<keyof ActorFile, unknown>>) => actorFile('russia', extra);

describe('a table that fails to load names the file, the row and the problem', () => {
  it.each([
    [
      'an unknown input',
      {
        russia: russia({
          levers: [lever('talk')],
          rules: [
            row('russia.talk', 5, { input: 'indicators.morale', op: '>', value: 1 }, 'talk'),
            DEFAULT_ROW('russia'),
          ],
        }),
      },
      { file: 'actors/russia.json', path: 'rules[0].when.input', message: "unknown indicator 'morale'" },
    ],
    [
      'an unknown action',
      { russia: russia({ rules: [row('russia.x', 5, { all: [] }, 'invade'), DEFAULT_ROW('russia')] }) },
      {
        file: 'actors/russia.json',
        path: 'rules[0].do.action',
        message: "unknown action 'invade' for russia",
      },
    ],
    [
      'a condition naming an actor outside the vocabulary',
      {
        russia: russia({
          levers: [lever('talk')],
          rules: [
            row('russia.x', 5, { input: 'last.martians', op: '==', value: 'pass' }, 'talk'),
            DEFAULT_ROW('russia'),
          ],
        }),
      },
      { file: 'actors/russia.json', path: 'rules[0].when.input', message: "unknown actor 'martians'" },
    ],
    [
      // This one threw a TypeError once: the actor ids were a membership test, which a message cannot list.
      'a zone control compared with an id that is no actor',
      {
        russia: russia({
          levers: [lever('talk')],
          rules: [
            row('russia.x', 5, { input: 'zones.af_north.control', op: '==', value: 'martians' }, 'talk'),
            DEFAULT_ROW('russia'),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'rules[0].when.value',
        message: `expected one of the actor ids (${[...ACTOR_IDS].sort().join(', ')}), found 'martians'`,
      },
    ],
    [
      'a missing default row',
      {
        russia: russia({
          levers: [lever('talk')],
          rules: [row('russia.talk', 5, { input: 'turn', op: '>', value: 1 }, 'talk')],
        }),
      },
      { file: 'actors/russia.json', path: 'rules[0].when', message: 'the last row is the default' },
    ],
    [
      'a default row whose action may be illegal',
      {
        russia: russia({
          levers: [lever('talk', { cost: 3 })],
          rules: [row('russia.talk', 0, { all: [] }, 'talk')],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'rules[0].do.action',
        message: "the default row's action must always be legal",
      },
    ],
    [
      'rows out of priority order',
      {
        russia: russia({
          levers: [lever('talk')],
          rules: [
            row('russia.a', 5, { all: [] }, 'talk'),
            row('russia.b', 9, { all: [] }, 'talk'),
            DEFAULT_ROW('russia'),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'rules[1].priority',
        message: 'rows are listed by falling priority: 9 follows 5',
      },
    ],
    [
      'a rule id without its actor prefix',
      { russia: russia({ rules: [row('taliban.default', 0, { all: [] }, 'pass')] }) },
      { file: 'actors/russia.json', path: 'rules[0].id', message: "a rule id starts with 'russia.'" },
    ],
    [
      'an effect on a derived indicator',
      {
        russia: russia({
          levers: [
            lever('grab', {
              onSuccess: [{ kind: 'indicator', indicator: 'taliban_territory', add: 5, citations: CITE }],
            }),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'levers[0].onSuccess[0].indicator',
        message: 'is derived from the zones',
      },
    ],
    [
      'an effect on an undeclared flag',
      {
        russia: russia({
          levers: [
            lever('grab', {
              onSuccess: [{ kind: 'flag', flag: 'moon_landing', set: true, citations: CITE }],
            }),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'levers[0].onSuccess[0].flag',
        message: "unknown flag 'moon_landing'",
      },
    ],
    [
      '$target in an effect of an action without a target',
      {
        russia: russia({
          levers: [
            lever('grab', {
              onSuccess: [{ kind: 'zone', zone: '$target', field: 'isisk', add: 1, citations: CITE }],
            }),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'levers[0].onSuccess[0].zone',
        message: "'$target' here needs an action that targets a zone",
      },
    ],
    [
      'a row target outside the lever targets',
      {
        russia: russia({
          levers: [lever('drill', { target: { kind: 'zone', among: ['border_tajik'] } })],
          rules: [
            row('russia.drill', 5, { all: [] }, 'drill', { target: 'af_north' }),
            DEFAULT_ROW('russia'),
          ],
        }),
      },
      {
        file: 'actors/russia.json',
        path: 'rules[0].do.target',
        message: "expected one of border_tajik, found 'af_north'",
      },
    ],
    [
      'a missing indicator in the scenario',
      { scenario: scenarioFile({ indicators: { peace_process: 10 } }) },
      { file: 'mini/scenario.json', path: 'indicators', message: "missing indicator 'taliban_territory'" },
    ],
    [
      'a relation with an actor not in the scenario',
      { scenario: scenarioFile({ relations: [{ from: 'russia', to: 'us', value: 10 }] }) },
      {
        file: 'mini/scenario.json',
        path: 'relations[0].to',
        message: "'us' is not an actor of this scenario",
      },
    ],
    [
      'a starting posture the actor does not have',
      {
        scenario: scenarioFile({
          actors: [
            { id: 'russia', posture: 'asleep', resources: 1, income: 0 },
            { id: 'taliban', posture: 'insurgent', resources: 1, income: 0 },
          ],
        }),
      },
      { file: 'mini/scenario.json', path: 'actors[0].posture', message: "found 'asleep'" },
    ],
    [
      'a scheduled event with neither date nor condition',
      {
        events: eventsFile({
          scheduled: [{ id: 'whenever', title: 'Whenever', effects: [], citations: CITE }],
        }),
      },
      { file: 'mini/events.json', path: 'scheduled[0]', message: 'needs on (a date) or when (a condition)' },
    ],
  ])('%s', (_what, parts, expected) => {
    expect(problemsOf(parts)).toContainEqual(
      expect.objectContaining({ ...expected, message: expect.stringContaining(expected.message) }),
    );
  });

  it('names the row, lever or event a problem concerns by its id', () => {
    const problems = problemsOf({
      russia: russia({
        levers: [
          lever('talk', { onSuccess: [{ kind: 'flag', flag: 'moon_landing', set: true, citations: CITE }] }),
        ],
        rules: [
          row('russia.talk', 5, { input: 'indicators.morale', op: '>', value: 1 }, 'talk'),
          DEFAULT_ROW('russia'),
        ],
      }),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'rules[0].when.input', id: 'russia.talk' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'levers[0].onSuccess[0].flag', id: 'talk' }),
    );
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsOf({
      russia: russia({
        rules: [
          row('russia.a', 5, { input: 'bogus', op: '==', value: 1 }, 'invade'),
          row('russia.b', 7, { all: [] }, 'pass'),
        ],
      }),
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });

  it('accepts the fixture as it is', () => {
    expect(problemsOf({})).toEqual([]);
  });
});
