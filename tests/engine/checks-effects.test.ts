import { describe, expect, it } from 'vitest';
import { checkContent } from '../../game/engine/checks/index.ts';
import { actorFile, CITE, eventsFile, lever, miniContent } from '../helpers/mini.ts';

/**
 * The effect check (checks/effects.ts): every id an effect names exists, every value fits its field, and
 * `$target` stands only where the action targets that kind. Each defect gives exactly one problem (or the
 * problems listed) at the effect's own path; the same effect without the defect gives none.
 */
type Target = null | { kind: 'zone' | 'actor'; among: string[] };
const ZONES: Target = { kind: 'zone', among: ['af_north', 'af_south'] };
const ACTORS: Target = { kind: 'actor', among: ['taliban'] };

/** The problems of one effect on the success of a russian lever with the given target. */
function problems(effect: Record<string, unknown>, target: Target = null) {
  const russia = actorFile('russia', {
    levers: [lever('act', { target, onSuccess: [{ ...effect, citations: CITE }] })],
  });
  return checkContent(miniContent({ russia })).map(({ file, path, message }) => ({ file, path, message }));
}

const at = (field: string | null, message: string) => ({
  file: 'actors/russia.json',
  path: `levers[0].onSuccess[0]${field === null ? '' : `.${field}`}`,
  message,
});

describe('indicator effects', () => {
  it('name a known indicator', () => {
    expect(problems({ kind: 'indicator', indicator: 'morale', add: 1 })).toEqual([
      at('indicator', "unknown indicator 'morale'"),
    ]);
    expect(problems({ kind: 'indicator', indicator: 'peace_process', add: 1 })).toEqual([]);
  });

  it('never write a derived indicator', () => {
    expect(problems({ kind: 'indicator', indicator: 'isisk_strength', add: 1 })).toEqual([
      at(
        'indicator',
        "'isisk_strength' is derived from the zones or relations each turn; change those instead",
      ),
    ]);
  });
});

describe('zone effects', () => {
  it('name a zone of the vocabulary', () => {
    expect(problems({ kind: 'zone', zone: 'atlantis', field: 'stability', add: 1 })).toEqual([
      at('zone', "unknown zone 'atlantis'"),
    ]);
    // A zone this scenario lacks is still a zone of the vocabulary.
    expect(problems({ kind: 'zone', zone: 'af_west', field: 'stability', add: 1 })).toEqual([]);
  });

  it('may write the target zone only in an action that targets a zone', () => {
    const effect = { kind: 'zone', zone: '$target', field: 'stability', add: 1 };
    expect(problems(effect, ZONES)).toEqual([]);
    const message = "'$target' here needs an action that targets a zone";
    expect(problems(effect)).toEqual([at('zone', message)]);
    expect(problems(effect, ACTORS)).toEqual([at('zone', message)]);
  });

  it('either add or set, exactly one of them', () => {
    const message = 'expected exactly one of add or set';
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'stability', add: 1, set: 2 })).toEqual([
      at(null, message),
    ]);
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'stability' })).toEqual([at(null, message)]);
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'control' })).toEqual([at(null, message)]);
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'stability', add: -3 })).toEqual([]);
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'stability', set: 70 })).toEqual([]);
  });

  it('set control to an actor id, never add to it', () => {
    const control = (change: Record<string, unknown>) =>
      problems({ kind: 'zone', zone: 'af_north', field: 'control', ...change });
    expect(control({ set: 'taliban' })).toEqual([]);
    expect(control({ set: 'martians' })).toEqual([at('set', 'expected an actor id, found "martians"')]);
    expect(control({ set: 3 })).toEqual([at('set', 'expected an actor id, found 3')]);
    expect(control({ add: 1 })).toEqual([
      at('add', 'control is an actor id: use set'),
      at('set', 'expected an actor id, found undefined'),
    ]);
  });

  it('set a level to a number', () => {
    expect(problems({ kind: 'zone', zone: 'af_north', field: 'opium', set: 'taliban' })).toEqual([
      at('set', 'expected a number for opium, found "taliban"'),
    ]);
  });
});

describe('relation effects', () => {
  it('name known actors on both sides', () => {
    expect(problems({ kind: 'relation', from: 'martians', to: 'taliban', add: 1 })).toEqual([
      at('from', "unknown actor 'martians'"),
    ]);
    expect(problems({ kind: 'relation', from: 'russia', to: 'martians', add: 1 })).toEqual([
      at('to', "unknown actor 'martians'"),
    ]);
    // An actor of the vocabulary that this scenario lacks is fine: the effect does nothing here.
    expect(problems({ kind: 'relation', from: 'us', to: 'china', add: 1 })).toEqual([]);
  });

  it('may name the target on either side only in an action that targets an actor', () => {
    const message = "'$target' here needs an action that targets a actor";
    for (const side of ['from', 'to'] as const) {
      const effect = { kind: 'relation', from: 'russia', to: 'taliban', add: 1, [side]: '$target' };
      expect(problems(effect, ACTORS)).toEqual([]);
      expect(problems(effect, ZONES)).toEqual([at(side, message)]);
      expect(problems(effect)).toEqual([at(side, message)]);
    }
  });
});

describe('flag effects', () => {
  it('name a declared flag', () => {
    expect(problems({ kind: 'flag', flag: 'moon_landing', set: true })).toEqual([
      at('flag', "unknown flag 'moon_landing' (declare it in the scenario's flags)"),
    ]);
  });

  it("set a value of the flag's declared type", () => {
    expect(problems({ kind: 'flag', flag: 'talks_held', set: true })).toEqual([]);
    expect(problems({ kind: 'flag', flag: 'round', set: 2 })).toEqual([]);
    expect(problems({ kind: 'flag', flag: 'talks_held', set: 1 })).toEqual([
      at('set', 'expected a boolean for flag talks_held, found 1'),
    ]);
    expect(problems({ kind: 'flag', flag: 'round', set: 'two' })).toEqual([
      at('set', 'expected a number for flag round, found "two"'),
    ]);
  });
});

describe('posture effects', () => {
  it("set one of the actor's own postures", () => {
    expect(problems({ kind: 'posture', actor: 'russia', set: 'cautious' })).toEqual([]);
    expect(problems({ kind: 'posture', actor: 'russia', set: 'ruling' })).toEqual([
      at('set', "expected one of the postures of russia (engaged, cautious), found 'ruling'"),
    ]);
  });

  it('name a known actor; one without a file here has no postures to check', () => {
    expect(problems({ kind: 'posture', actor: 'martians', set: 'calm' })).toEqual([
      at('actor', "unknown actor 'martians'"),
    ]);
    expect(problems({ kind: 'posture', actor: 'china', set: 'calm' })).toEqual([]);
  });

  it('may set the posture of the target only in an action that targets an actor', () => {
    const effect = { kind: 'posture', actor: '$target', set: 'anything' };
    // The target's postures are not known before the draw: any posture passes the check.
    expect(problems(effect, ACTORS)).toEqual([]);
    expect(problems(effect, ZONES)).toEqual([
      at('actor', "'$target' here needs an action that targets a actor"),
    ]);
  });
});

describe('where effects stand', () => {
  it('checks the failure effects of a lever too, at their own path', () => {
    const russia = actorFile('russia', {
      levers: [
        lever('act', {
          onSuccess: [],
          onFailure: [{ kind: 'indicator', indicator: 'morale', add: 1, citations: CITE }],
        }),
      ],
    });
    expect(checkContent(miniContent({ russia }))).toEqual([
      {
        file: 'actors/russia.json',
        path: 'levers[0].onFailure[0].indicator',
        message: "unknown indicator 'morale'",
        id: 'act',
      },
    ]);
  });

  it('numbers each effect of a list, and an event has no target', () => {
    const effects = [
      { kind: 'indicator', indicator: 'peace_process', add: 1, citations: CITE },
      { kind: 'zone', zone: '$target', field: 'isisk', add: 1, citations: CITE },
    ];
    const events = eventsFile({
      scheduled: [{ id: 'talks', title: 'Talks open', on: '2021-02', effects, citations: CITE }],
      deck: { quiet: 1, cards: [{ id: 'raid', title: 'A raid', weight: 1, effects, citations: CITE }] },
    });
    const message = "'$target' here needs an action that targets a zone";
    expect(checkContent(miniContent({ events })).map((p) => [p.file, p.path, p.message])).toEqual([
      ['mini/events.json', 'scheduled[0].effects[1].zone', message],
      ['mini/events.json', 'deck.cards[0].effects[1].zone', message],
    ]);
  });
});
