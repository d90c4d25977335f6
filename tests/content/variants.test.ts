import { describe, expect, it } from 'vitest';
import { applyVariants, type Parts, parseVariantIds } from '../../game/content/variants.ts';
import type { VariantFile } from '../../game/engine/index.ts';
import { VariantFile as VariantSchema } from '../../game/engine/index.ts';
import { actorFile, CITE, DEFAULT_ROW, eventsFile, lever, row, scenarioFile } from '../helpers/mini.ts';

const FILES = { scenario: 'mini/scenario.json', events: 'mini/events.json' };

function base(): Parts {
  return {
    scenario: scenarioFile(),
    events: eventsFile({
      scheduled: [{ id: 'talks', title: 'Talks', on: '2021-02', effects: [], citations: CITE }],
    }),
    actors: [
      actorFile('russia', {
        levers: [lever('talk')],
        rules: [row('russia.talk', 5, { input: 'turn', op: '>', value: 1 }, 'talk'), DEFAULT_ROW('russia')],
      }),
      actorFile('taliban'),
    ],
  };
}

function variant(id: string, ops: unknown[], appliesTo = ['mini']): VariantFile {
  return VariantSchema.parse({
    id,
    title: `Variant ${id}`,
    question: CITE[0],
    appliesTo,
    expect: { peace_process: 'up' },
    ops,
  });
}

const known = (...vs: VariantFile[]) => new Map(vs.map((v) => [v.id, v]));

describe('variant ops', () => {
  it('set changes a value, addressing array items by id', () => {
    const applied = applyVariants(
      base(),
      [
        variant('a', [
          { op: 'set', path: 'scenario.zones[af_north].isisk', value: 40 },
          { op: 'set', path: 'scenario.indicators.peace_process', value: 70 },
          { op: 'set', path: 'actors.russia.rules[russia.talk].weight', value: 5 },
          { op: 'set', path: 'events.scheduled[talks].on', value: '2021-03' },
        ]),
      ],
      FILES,
    );
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    expect(applied.parts.scenario.zones.find((z) => z.id === 'af_north')?.isisk).toBe(40);
    expect(applied.parts.scenario.indicators.peace_process).toBe(70);
    expect(applied.parts.actors[0]?.rules[0]?.weight).toBe(5);
    expect(applied.parts.events.scheduled[0]?.on).toBe('2021-03');
  });

  it('addRows inserts after a row (or first), removeRows and removeEvents take rows and events out', () => {
    const added = {
      id: 'russia.new',
      priority: 5,
      weight: 1,
      when: { all: [] },
      do: { action: 'talk', target: null },
      citations: CITE,
    };
    const applied = applyVariants(
      base(),
      [
        variant('b', [
          { op: 'addRows', actor: 'russia', after: 'russia.talk', rows: [added] },
          { op: 'removeEvents', ids: ['talks'] },
          {
            op: 'addEvents',
            scheduled: [{ id: 'later', title: 'Later talks', on: '2021-04', effects: [], citations: CITE }],
          },
        ]),
        variant('c', [{ op: 'removeRows', ids: ['russia.talk'] }]),
      ],
      FILES,
    );
    if (!applied.ok) throw new Error(JSON.stringify(applied.errors));
    expect(applied.parts.actors[0]?.rules.map((r) => r.id)).toEqual(['russia.new', 'russia.default']);
    expect(applied.parts.events.scheduled.map((e) => e.id)).toEqual(['later']);
  });

  it('never changes the base parts', () => {
    const parts = base();
    applyVariants(
      parts,
      [variant('d', [{ op: 'set', path: 'scenario.indicators.peace_process', value: 99 }])],
      FILES,
    );
    expect(parts.scenario.indicators.peace_process).toBe(40);
  });

  it.each([
    [
      'a path to nothing',
      [{ op: 'set', path: 'scenario.zones[af_mars].isisk', value: 1 }],
      'nothing at zones[af_mars]',
    ],
    [
      'a field that does not exist',
      [{ op: 'set', path: 'scenario.zones[af_north].colour', value: 1 }],
      "no field 'colour'",
    ],
    [
      'an actor not in the scenario',
      [
        {
          op: 'addRows',
          actor: 'us',
          after: null,
          rows: [{ id: 'us.new', priority: 1, when: { all: [] }, do: { action: 'pass' }, citations: CITE }],
        },
      ],
      "actor 'us' is not in this scenario",
    ],
    [
      'a row that is not there',
      [{ op: 'removeRows', ids: ['russia.nothing'] }],
      "no row 'russia.nothing' to remove",
    ],
    [
      'a value the schema refuses',
      [{ op: 'set', path: 'scenario.zones[af_north].isisk', value: 'lots' }],
      'after applying, mini/scenario.json: zones[0].isisk',
    ],
  ])('reports %s against the variant file', (_what, ops, message) => {
    const applied = applyVariants(base(), [variant('e', ops)], FILES);
    expect(applied.ok).toBe(false);
    if (!applied.ok) {
      expect(applied.errors[0]?.file).toBe('variants/e.json');
      expect(applied.errors.map((e) => e.message).join('\n')).toContain(message);
    }
  });

  it('refuses two ops on one path, naming the variant that changed it first', () => {
    const set = { op: 'set', path: 'scenario.indicators.peace_process', value: 60 };
    const applied = applyVariants(base(), [variant('f', [set]), variant('g', [set])], FILES);
    expect(!applied.ok && applied.errors[0]?.message).toBe(
      'path scenario.indicators.peace_process is already changed by f ops[0]',
    );
  });
});

describe('variant ids', () => {
  const vs = known(
    variant('us-stays', [{ op: 'set', path: 'scenario.indicators.peace_process', value: 1 }]),
    variant('other-era', [{ op: 'set', path: 'scenario.indicators.peace_process', value: 1 }], ['elsewhere']),
  );

  it('baseline is the history as recorded; a+b combines, in the order given', () => {
    expect(parseVariantIds('baseline', vs, 'mini')).toEqual({ ok: true, ids: [] });
    expect(parseVariantIds('us-stays', vs, 'mini')).toEqual({ ok: true, ids: ['us-stays'] });
  });

  it.each([
    ['us-stays+us-stays', "variant 'us-stays' is listed twice"],
    ['baseline+us-stays', "'baseline' cannot be combined"],
    ['nope', "unknown variant 'nope' for mini (variants: baseline, us-stays)"],
    ['other-era', "variant 'other-era' does not apply to mini; it applies to elsewhere"],
  ])('%s is refused', (ids, message) => {
    const parsed = parseVariantIds(ids, vs, 'mini');
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
