import { describe, expect, it } from 'vitest';
import { compare, compileCondition, type ValueDomains } from '../../game/engine/conditions.ts';
import type { Condition, State } from '../../game/engine/index.ts';
import { newGame } from '../../game/engine/index.ts';
import { type InputScope, parseInput, type ValueType } from '../../game/engine/inputs.ts';
import { miniContent, sourceOf } from '../helpers/mini.ts';

/**
 * What a condition may read and compare, beyond the cases of conditions.test.ts: malformed input paths,
 * `$target` on either side of a relation, the type of each input, and the exact wording and place of a problem.
 */
const created = newGame(sourceOf(miniContent()), { scenario: 'mini', seed: 1 });
if (!created.ok) throw new Error(created.error.message);
const state: State = created.game.state;

const scope: InputScope = {
  indicators: new Set(['taliban_territory', 'peace_process']),
  zones: new Set(['af_north', 'af_south', 'border_tajik']),
  // `us` is in the vocabulary but not in the mini scenario: it reads null.
  actors: new Set(['russia', 'taliban', 'us']),
  flags: new Map<string, boolean | number | string>([
    ['talks_held', false],
    ['round', 0],
  ]),
  relations: new Set(['russia.taliban', 'taliban.russia', 'us.russia']),
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

/** The problems of a condition in a rule row (no `$target`) or, with `inLever`, in a lever's precondition. */
function problems(condition: Condition, inLever = false) {
  const result = compileCondition(condition, scope, domains, inLever, 'rules[4].when');
  return Array.isArray(result) ? result : [];
}

function read(path: string, target: string | null = null) {
  const parsed = parseInput(path, scope);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed.read(state, target);
}

describe('compare', () => {
  it("'in' needs a list: against a single value it never holds, even an equal one", () => {
    expect(compare('in', 'a', 'a')).toBe(false);
    expect(compare('in', 3, 3)).toBe(false);
    expect(compare('in', 'a', ['b', 'a'])).toBe(true);
  });

  it('a list compares with nothing but in: == and != against a list are both false', () => {
    expect(compare('==', 'a', ['a'])).toBe(false);
    expect(compare('!=', 'a', ['a'])).toBe(false);
    expect(compare('>=', 3, [1])).toBe(false);
  });
});

describe('input paths', () => {
  it.each([
    'date.month',
    'turn.next',
    'indicators',
    'indicators.peace_process.level',
    'zones.af_north',
    'zones.af_north.taliban.share',
    'relations.russia',
    'relations.russia.taliban.trust',
    'actors.russia',
    'actors.russia.posture.now',
    'actors.russia.score',
    'last',
    'last.russia.target',
    'flags',
    'flags.talks_held.value',
  ])('%s has too many or too few parts (or an unknown field), and is not an input', (path) => {
    expect(parseInput(path, scope)).toBe(
      `'${path}' is not an input; inputs are indicators.NAME, zones.ZONE.FIELD, relations.FROM.TO, ` +
        'actors.ACTOR.posture, actors.ACTOR.resources, last.ACTOR, last.ACTOR.outcome, flags.FLAG, date, turn',
    );
  });

  it('names the zone fields when a field is unknown', () => {
    expect(parseInput('zones.af_north.colour', scope)).toBe(
      "unknown zone field 'colour' (fields: control, isisk, security, taliban)",
    );
  });

  it('refuses an actor outside the scope in actors.A.F and last.A', () => {
    expect(parseInput('actors.napoleon.posture', scope)).toBe("unknown actor 'napoleon'");
    expect(parseInput('last.napoleon', scope)).toBe("unknown actor 'napoleon'");
  });

  it('types each input: relations and resources are numbers, postures strings', () => {
    expect(problems({ input: 'relations.russia.taliban', op: '>=', value: 50 })).toEqual([]);
    expect(problems({ input: 'actors.russia.resources', op: '<', value: 3 })).toEqual([]);
    expect(problems({ input: 'actors.russia.posture', op: '==', value: 'engaged' })).toEqual([]);
    expect(problems({ input: 'relations.russia.taliban', op: '==', value: 'warm' })).toEqual([
      {
        path: 'rules[4].when.value',
        message: 'expected a number for relations.russia.taliban, found "warm"',
      },
    ]);
    expect(problems({ input: 'actors.russia.resources', op: '==', value: 'many' })).toEqual([
      { path: 'rules[4].when.value', message: 'expected a number for actors.russia.resources, found "many"' },
    ]);
    expect(problems({ input: 'actors.russia.posture', op: '==', value: 1 })).toEqual([
      { path: 'rules[4].when.value', message: 'expected a string for actors.russia.posture, found 1' },
    ]);
  });

  it('an actor or relation the scenario lacks reads null', () => {
    expect(read('actors.us.posture')).toBeNull();
    expect(read('actors.us.resources')).toBeNull();
    expect(read('relations.us.russia')).toBeNull();
    expect(read('relations.russia.taliban')).toBe(40);
  });
});

describe('$target', () => {
  it.each([
    ['relations.$target.russia', 'taliban', 40],
    ['relations.russia.$target', 'taliban', 40],
    ['actors.$target.posture', 'taliban', 'insurgent'],
    ['actors.$target.resources', 'russia', 5],
    ['last.$target', 'taliban', null],
    // A target the scenario lacks reads null.
    ['relations.$target.russia', 'us', null],
    ['actors.$target.posture', 'us', null],
  ])('%s reads the candidate target in a lever precondition (%s: %j)', (path, target, value) => {
    expect(
      problems({ input: path, op: '!=', value: 'x' } as Condition, true).map((p) => p.path),
    ).not.toContain('rules[4].when.input');
    expect(read(path, target)).toBe(value);
  });

  it.each(['relations.$target.russia', 'relations.russia.$target', 'actors.$target.posture', 'last.$target'])(
    '%s is refused in a rule row, which has no target',
    (path) => {
      expect(problems({ input: path, op: '!=', value: 0 } as Condition)).toContainEqual({
        path: 'rules[4].when.input',
        message: "'$target' can only be read in a lever's requires",
      });
    },
  );

  it('a rule row may read relations and actors by name', () => {
    for (const input of ['relations.russia.taliban', 'actors.russia.resources'])
      expect(problems({ input, op: '>=', value: 1 })).toEqual([]);
  });
});

describe('what an atom may compare', () => {
  it.each(['<', '<=', '>=', '>'] as const)("'%s' is refused on a boolean or a string", (op) => {
    expect(problems({ input: 'flags.talks_held', op, value: true })).toContainEqual({
      path: 'rules[4].when.op',
      message: `'${op}' compares numbers or dates, but flags.talks_held is a boolean`,
    });
    expect(problems({ input: 'last.russia', op, value: 'pass' })).toContainEqual({
      path: 'rules[4].when.op',
      message: `'${op}' compares numbers or dates, but last.russia is a string`,
    });
  });

  it.each(['x2021-01', '2021-011', '2021-1', ' 2021-01'])(
    'a date must be YYYY-MM exactly, not %j',
    (value) => {
      expect(problems({ input: 'date', op: '>=', value })).toEqual([
        { path: 'rules[4].when.value', message: `expected a date YYYY-MM, found ${JSON.stringify(value)}` },
      ]);
    },
  );

  it('lists the allowed values, in id order, when a value is not one of them', () => {
    expect(problems({ input: 'last.russia', op: '==', value: 'invade' })).toEqual([
      {
        path: 'rules[4].when.value',
        message: "expected one of the actions of russia (convene_talks, pass), found 'invade'",
      },
    ]);
  });

  it('places a problem in a list by its index, and inside not', () => {
    expect(problems({ input: 'last.russia', op: 'in', value: ['pass', 'invade'] })).toEqual([
      {
        path: 'rules[4].when.value[1]',
        message: "expected one of the actions of russia (convene_talks, pass), found 'invade'",
      },
    ]);
    expect(problems({ not: { input: 'weather', op: '==', value: 1 } })).toEqual([
      { path: 'rules[4].when.not.input', message: expect.stringContaining("'weather' is not an input") },
    ]);
  });
});
