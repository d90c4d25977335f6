import { describe, expect, it } from 'vitest';
import { compileCondition } from '../../game/engine/conditions.ts';
import type { InputScope, ValueType } from '../../game/engine/inputs.ts';
import { domainOf, typeOf, type ValueDomains } from '../../game/engine/values.ts';

/**
 * The id lists some inputs take their values from (values.ts): what a condition may compare them with, and
 * what the nearest flip may propose. Hand-made domains, so every list is a real, listable set.
 */
const actions = new Set(['pass', 'talk', 'drill']);
const postures = new Set(['engaged', 'cautious']);
const actorIds = new Set(['taliban', 'russia', 'afghan_republic']);
const domains: ValueDomains = {
  actions: new Map([['russia', actions]]),
  postures: new Map([['russia', postures]]),
  actorIds,
  zoneControllers: ['afghan_republic', 'taliban'],
};

describe('typeOf', () => {
  it('types a literal as a number, a string or a boolean', () => {
    expect([typeOf(3), typeOf('x'), typeOf(false)]).toEqual(['number', 'string', 'boolean']);
  });
});

describe('domainOf', () => {
  it("last.A takes A's actions, proposed in id order", () => {
    expect(domainOf('last.russia', domains)).toEqual({
      name: 'actions of russia',
      valid: actions,
      reachable: ['drill', 'pass', 'talk'],
    });
  });

  it("actors.A.posture takes A's postures, proposed in id order; resources take no list", () => {
    expect(domainOf('actors.russia.posture', domains)).toEqual({
      name: 'postures of russia',
      valid: postures,
      reachable: ['cautious', 'engaged'],
    });
    expect(domainOf('actors.russia.resources', domains)).toBeNull();
  });

  it('an actor without a file here has no actions or postures to list', () => {
    expect(domainOf('last.us', domains)).toBeNull();
    expect(domainOf('actors.us.posture', domains)).toBeNull();
  });

  it('zones.Z.control compares with any actor id, but only a zone controller can hold it', () => {
    expect(domainOf('zones.af_north.control', domains)).toEqual({
      name: 'actor ids',
      valid: actorIds,
      reachable: ['afghan_republic', 'taliban'],
    });
    expect(domainOf('zones.af_north.taliban', domains)).toBeNull();
  });

  it('numbers, flags and dates take no list', () => {
    for (const path of [
      'indicators.peace_process',
      'relations.russia.taliban',
      'flags.talks_held',
      'date',
      'turn',
    ])
      expect(domainOf(path, domains)).toBeNull();
  });
});

describe('a condition compares an id input with its list', () => {
  const scope: InputScope = {
    indicators: new Set(['peace_process']),
    zones: new Set(['af_north']),
    actors: new Set(['russia', 'taliban', 'us']),
    flags: new Map(),
    relations: new Set(),
    zoneFields: new Map<string, ValueType>([['control', 'string']]),
  };
  const problems = (input: string, value: string) => {
    const result = compileCondition({ input, op: '==', value }, scope, domains, false, 'rules[0].when');
    return Array.isArray(result) ? result : [];
  };

  it('names the list and its ids in id order', () => {
    expect(problems('zones.af_north.control', 'martians')).toEqual([
      {
        path: 'rules[0].when.value',
        message: "expected one of the actor ids (afghan_republic, russia, taliban), found 'martians'",
      },
    ]);
    expect(problems('actors.russia.posture', 'ruling')).toEqual([
      {
        path: 'rules[0].when.value',
        message: "expected one of the postures of russia (cautious, engaged), found 'ruling'",
      },
    ]);
  });

  it('accepts any id of the list, and any value where the actor has no list', () => {
    expect(problems('zones.af_north.control', 'russia')).toEqual([]);
    expect(problems('actors.russia.posture', 'cautious')).toEqual([]);
    expect(problems('actors.us.posture', 'anything')).toEqual([]);
  });
});
