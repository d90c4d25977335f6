import { describe, expect, it } from 'vitest';
import { compare, compileCondition, type ValueDomains } from '../../game/engine/conditions.ts';
import { createState } from '../../game/engine/create.ts';
import { type InputScope, parseInput, type ValueType } from '../../game/engine/inputs.ts';
import { prepare } from '../../game/engine/prepare.ts';
import type { Condition } from '../../game/engine/schema/condition.ts';
import { miniContent } from '../helpers/mini.ts';

const compiled = prepare(miniContent());
if (!compiled.ok) throw new Error('mini content must be valid');
const state = createState(compiled.prepared, { seed: 7 });

const scope: InputScope = {
  indicators: new Set(['taliban_territory', 'peace_process']),
  zones: new Set(['af_north', 'af_south', 'border_tajik']),
  actors: new Set(['russia', 'taliban']),
  flags: new Map<string, boolean | number | string>([
    ['talks_held', false],
    ['round', 0],
  ]),
  relations: new Set(['russia.taliban', 'taliban.russia']),
  zoneFields: new Map<string, ValueType>([
    ['control', 'string'],
    ['isisk', 'number'],
    ['security', 'number'],
    ['taliban', 'number'],
  ]),
};
const domains: ValueDomains = {
  actions: new Map([['russia', new Set(['pass', 'convene_talks'])]]),
  postures: new Map([['russia', new Set(['engaged', 'cautious'])]]),
  actorIds: new Set(['russia', 'taliban', 'afghan_republic']),
  zoneControllers: ['afghan_republic', 'taliban'],
};

function compile(condition: Condition, allowTarget = false) {
  const result = compileCondition(condition, scope, domains, allowTarget, 'when');
  if (Array.isArray(result)) throw new Error(result.map((p) => `${p.path}: ${p.message}`).join('; '));
  return result;
}

function problems(condition: Condition, allowTarget = false) {
  const result = compileCondition(condition, scope, domains, allowTarget, 'rules[4].when');
  return Array.isArray(result) ? result : [];
}

const holds = (condition: Condition, target: string | null = null) =>
  compile(condition, target !== null).test(state, target);

describe('comparison operators', () => {
  it('compare numbers with < <= == != >= >', () => {
    expect(compare('<', 3, 4)).toBe(true);
    expect(compare('<', 4, 4)).toBe(false);
    expect(compare('<=', 4, 4)).toBe(true);
    expect(compare('==', 4, 4)).toBe(true);
    expect(compare('!=', 4, 4)).toBe(false);
    expect(compare('>=', 4, 5)).toBe(false);
    expect(compare('>', 5, 4)).toBe(true);
  });

  it('order dates YYYY-MM as calendar months', () => {
    expect(compare('<', '2021-07', '2021-08')).toBe(true);
    expect(compare('>=', '2022-01', '2021-12')).toBe(true);
  });

  it('test membership with in', () => {
    expect(compare('in', 'b', ['a', 'b'])).toBe(true);
    expect(compare('in', 'c', ['a', 'b'])).toBe(false);
    expect(compare('in', 2, [1, 2])).toBe(true);
  });

  it('treat a missing value as unequal to everything and never ordered', () => {
    expect(compare('!=', null, 'pass')).toBe(true);
    expect(compare('==', null, 'pass')).toBe(false);
    expect(compare('<', null, 5)).toBe(false);
    expect(compare('in', null, ['pass'])).toBe(false);
  });

  it('never order values of different types or booleans', () => {
    expect(compare('<', 3, '4')).toBe(false);
    expect(compare('>', true, false)).toBe(false);
  });
});

describe('condition kinds', () => {
  it('an empty all always holds (the default row)', () => {
    expect(holds({ all: [] })).toBe(true);
  });

  it('all needs every part, any needs one, not inverts', () => {
    const yes = { input: 'turn', op: '==', value: 1 } as const;
    const no = { input: 'turn', op: '==', value: 2 } as const;
    expect(holds({ all: [yes, yes] })).toBe(true);
    expect(holds({ all: [yes, no] })).toBe(false);
    expect(holds({ any: [no, yes] })).toBe(true);
    expect(holds({ any: [no, no] })).toBe(false);
    expect(holds({ not: no })).toBe(true);
    expect(holds({ not: { any: [no, { not: yes }] } })).toBe(true);
  });

  it('record every input it reads, once, for explanations', () => {
    const c = compile({
      all: [
        { input: 'turn', op: '>=', value: 1 },
        {
          any: [
            { input: 'turn', op: '==', value: 3 },
            { input: 'flags.talks_held', op: '==', value: false },
          ],
        },
      ],
    });
    expect(c.inputs.map((i) => i.path)).toEqual(['turn', 'flags.talks_held']);
  });
});

describe('inputs', () => {
  it.each([
    ['indicators.peace_process', 40],
    ['zones.af_south.taliban', 50],
    ['zones.af_north.control', 'afghan_republic'],
    ['zones.border_tajik.security', 50],
    ['relations.russia.taliban', 40],
    ['actors.russia.posture', 'engaged'],
    ['actors.russia.resources', 5],
    ['date', '2021-01'],
    ['turn', 1],
    ['last.russia', null],
    ['last.russia.outcome', null],
    ['flags.talks_held', false],
    ['flags.round', 0],
  ])('%s reads %j from the state', (input, value) => {
    const parsed = parseInput(input, scope);
    if (typeof parsed === 'string') throw new Error(parsed);
    expect(parsed.read(state, null)).toBe(value);
  });

  it('$target reads the candidate target in a lever precondition', () => {
    expect(holds({ input: 'zones.$target.taliban', op: '>=', value: 50 }, 'af_south')).toBe(true);
    expect(holds({ input: 'zones.$target.taliban', op: '>=', value: 50 }, 'af_north')).toBe(false);
  });
});

describe('errors name the path and say what was expected', () => {
  it.each([
    [{ input: 'indicators.nope', op: '>', value: 1 }, 'rules[4].when.input', "unknown indicator 'nope'"],
    [{ input: 'zones.af_mars.taliban', op: '>', value: 1 }, 'rules[4].when.input', "unknown zone 'af_mars'"],
    [
      { input: 'zones.af_north.colour', op: '>', value: 1 },
      'rules[4].when.input',
      "unknown zone field 'colour'",
    ],
    [{ input: 'flags.unknown', op: '==', value: true }, 'rules[4].when.input', "unknown flag 'unknown'"],
    [{ input: 'weather', op: '==', value: 1 }, 'rules[4].when.input', 'is not an input'],
    [
      { input: 'relations.russia.us', op: '>', value: 1 },
      'rules[4].when.input',
      "no relation from 'russia' to 'us'",
    ],
    [{ input: 'turn', op: '>', value: 'soon' }, 'rules[4].when.value', 'expected a number'],
    [
      { input: 'flags.talks_held', op: '<', value: true },
      'rules[4].when.op',
      "'<' compares numbers or dates",
    ],
    [{ input: 'date', op: '<', value: '2021-13' }, 'rules[4].when.value', 'expected a date YYYY-MM'],
    [{ input: 'last.russia', op: '==', value: 'invade' }, 'rules[4].when.value', 'actions of russia'],
    [{ input: 'last.russia.outcome', op: '==', value: 'won' }, 'rules[4].when.value', 'outcomes'],
    [{ input: 'last.russia.action', op: '==', value: 'talk' }, 'rules[4].when.input', 'is not an input'],
    [
      { input: 'actors.russia.posture', op: '==', value: 'angry' },
      'rules[4].when.value',
      'postures of russia',
    ],
    [{ input: 'turn', op: 'in', value: 3 }, 'rules[4].when.value', "a list of values for 'in'"],
    [{ input: 'turn', op: '==', value: [3] }, 'rules[4].when.value', "found a list (use 'in')"],
    [
      { input: 'zones.$target.isisk', op: '>', value: 1 },
      'rules[4].when.input',
      "'$target' can only be read",
    ],
  ])('%j', (condition, path, message) => {
    const found = problems(condition as Condition);
    expect(found).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('locates a problem deep inside nested conditions', () => {
    const found = problems({
      all: [{ input: 'turn', op: '>', value: 0 }, { any: [{ input: 'bogus', op: '==', value: 1 }] }],
    });
    expect(found[0]?.path).toBe('rules[4].when.all[1].any[0].input');
  });
});

describe('couldHold: whether some value of one input could make a condition hold', () => {
  const peace = state.indicators.peace_process ?? 0;
  const falseElsewhere: Condition = {
    all: [
      { input: 'indicators.taliban_territory', op: '>=', value: 0 },
      { input: 'indicators.peace_process', op: '>', value: peace },
    ],
  };

  it('is false when an atom on another input already fails an all', () => {
    expect(compile(falseElsewhere).couldHold(state, null, 'indicators.taliban_territory')).toBe(false);
  });

  it('is true when the free input decides, and the override search then finds the value', () => {
    const c = compile(falseElsewhere);
    expect(c.couldHold(state, null, 'indicators.peace_process')).toBe(true);
    expect(c.test(state, null, { path: 'indicators.peace_process', value: peace + 1 })).toBe(true);
  });

  it('keeps an unknown unknown under not, and any holds on one known true part', () => {
    const negated = compile({ not: falseElsewhere });
    expect(negated.couldHold(state, null, 'indicators.peace_process')).toBe(true);
    const either = compile({
      any: [falseElsewhere, { input: 'indicators.peace_process', op: '==', value: peace }],
    });
    expect(either.couldHold(state, null, 'indicators.taliban_territory')).toBe(true);
    const neither = compile({
      any: [falseElsewhere, { input: 'indicators.peace_process', op: '<', value: 0 }],
    });
    expect(neither.couldHold(state, null, 'indicators.taliban_territory')).toBe(false);
  });
});
