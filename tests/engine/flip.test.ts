import { describe, expect, it } from 'vitest';
import { createState } from '../../game/engine/create.ts';
import { nearestFlipWhere } from '../../game/engine/explain.ts';
import { prepare } from '../../game/engine/prepare.ts';
import { choose } from '../../game/engine/rules.ts';
import type { Flip } from '../../game/engine/schema/log.ts';
import { actorFile, DEFAULT_ROW, lever, miniContent, row } from '../helpers/mini.ts';

/**
 * The nearest flip (docs/engine.md, rule tables): among the rows above the one that fired, the row that one
 * input, changed least, would have made eligible. The mini scenario starts in 2021-01, turn 1, every indicator
 * at 40, `talks_held` false, and nobody has acted yet (`last.*` is null). Russia's fired row is always the
 * default (priority 0); the rows above it use the free action `talk`.
 */
interface Setup {
  rows: unknown[];
  russia?: Record<string, unknown>;
  taliban?: Record<string, unknown>;
  /** What the Taliban did last turn. */
  last?: string;
  /** Indicators set on the state before Russia chooses. */
  indicators?: Record<string, number>;
}

function flipOf({ rows, russia = {}, taliban = {}, last, indicators = {} }: Setup): Flip | null {
  const compiled = prepare(
    miniContent({
      russia: actorFile('russia', {
        levers: [lever('talk')],
        rules: [...rows, DEFAULT_ROW('russia')],
        ...russia,
      }),
      taliban: actorFile('taliban', taliban),
    }),
  );
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const state = structuredClone(createState(compiled.prepared, { seed: 1 }));
  if (last !== undefined && state.actors.taliban) state.actors.taliban.lastAction = last;
  Object.assign(state.indicators, indicators);
  const choice = choose(compiled.prepared, state, 'russia', 0.5, 0.5);
  expect(choice.ruleId).toBe('russia.default');
  return choice.why.flip;
}

/** One row above the default that reads `when`. */
const one = (when: unknown, extra: Omit<Setup, 'rows'> = {}) =>
  flipOf({ rows: [row('russia.up', 50, when, 'talk')], ...extra });
const atom = (input: string, op: string, value: unknown) => ({ input, op, value });
const flip = (input: string, from: unknown, to: unknown, ruleId = 'russia.up') => ({
  from,
  input,
  ruleId,
  to,
});

describe('numbers', () => {
  it('move just across the threshold of < and >, or onto that of == and >=', () => {
    expect(one(atom('indicators.peace_process', '>', 44))).toEqual(flip('indicators.peace_process', 40, 45));
    expect(one(atom('indicators.peace_process', '<', 35))).toEqual(flip('indicators.peace_process', 40, 34));
    expect(one(atom('indicators.peace_process', '<=', 35))).toEqual(flip('indicators.peace_process', 40, 35));
    expect(one(atom('indicators.peace_process', '==', 47))).toEqual(flip('indicators.peace_process', 40, 47));
  });

  it('move one step, up first, away from a value != excludes', () => {
    const when = {
      all: [atom('indicators.peace_process', '!=', 40), atom('indicators.peace_process', '<=', 40)],
    };
    // Up to 41 breaks the second atom; down to 39 holds both.
    expect(one(when)).toEqual(flip('indicators.peace_process', 40, 39));
    expect(one(atom('indicators.peace_process', '!=', 40))).toEqual(flip('indicators.peace_process', 40, 41));
  });

  it('count an input that reads null (an actor the scenario lacks) as one step from any value', () => {
    // From null to 30 counts 1, nearer than 40 -> 42.
    const rows = [
      row('russia.us', 60, atom('actors.us.resources', '>=', 30), 'talk'),
      row('russia.pp', 50, atom('indicators.peace_process', '>=', 42), 'talk'),
    ];
    expect(flipOf({ rows })).toEqual(flip('actors.us.resources', null, 30, 'russia.us'));
  });
});

describe('dates', () => {
  it('move to the month just across the threshold, counted in months', () => {
    expect(one(atom('date', '>', '2021-03'))).toEqual(flip('date', '2021-01', '2021-04'));
    expect(one(atom('date', '<', '2021-01'))).toEqual(flip('date', '2021-01', '2020-12'));
    expect(one(atom('date', '==', '2021-06'))).toEqual(flip('date', '2021-01', '2021-06'));
  });

  it('move a month on from the one date != excludes', () => {
    expect(one(atom('date', '!=', '2021-01'))).toEqual(flip('date', '2021-01', '2021-02'));
  });

  it('weigh months against points: one month is nearer than three points', () => {
    const rows = [
      row('russia.date', 60, atom('date', '>=', '2021-02'), 'talk'),
      row('russia.pp', 50, atom('indicators.peace_process', '>=', 43), 'talk'),
    ];
    expect(flipOf({ rows })).toEqual(flip('date', '2021-01', '2021-02', 'russia.date'));
    const later = [
      row('russia.date', 60, atom('date', '>=', '2021-05'), 'talk'),
      row('russia.pp', 50, atom('indicators.peace_process', '>=', 43), 'talk'),
    ];
    expect(flipOf({ rows: later })).toEqual(flip('indicators.peace_process', 40, 43, 'russia.pp'));
  });
});

describe('booleans', () => {
  it('become the value == asks for, or the other one than != excludes', () => {
    expect(one(atom('flags.talks_held', '==', true))).toEqual(flip('flags.talks_held', false, true));
    expect(one(atom('flags.talks_held', '!=', false))).toEqual(flip('flags.talks_held', false, true));
  });
});

describe('ids', () => {
  const taliban = { levers: [lever('ambush'), lever('talk')] };

  it('become the id == asks for', () => {
    expect(one(atom('last.taliban', '==', 'ambush'), { taliban })).toEqual(
      flip('last.taliban', null, 'ambush'),
    );
  });

  it('prefer pass to any other action that != leaves open', () => {
    expect(one(atom('last.taliban', '!=', 'talk'), { taliban, last: 'talk' })).toEqual(
      flip('last.taliban', 'talk', 'pass'),
    );
  });

  it('take the first other action in id order when != excludes pass, and none when there is no other', () => {
    expect(one(atom('last.taliban', '!=', 'pass'), { taliban, last: 'pass' })).toEqual(
      flip('last.taliban', 'pass', 'ambush'),
    );
    expect(one(atom('last.taliban', '!=', 'pass'), { last: 'pass' })).toBeNull();
  });

  it("take another of the actor's postures, in id order", () => {
    const russia = { postures: ['engaged', 'cautious', 'aloof'] };
    expect(one(atom('actors.russia.posture', '!=', 'engaged'), { russia })).toEqual(
      flip('actors.russia.posture', 'engaged', 'aloof'),
    );
  });

  it('hand a zone only to an actor that can hold one', () => {
    // The mini scenario's zones are held by the republic; the Taliban take zones over.
    expect(one(atom('zones.af_north.control', '!=', 'afghan_republic'))).toEqual(
      flip('zones.af_north.control', 'afghan_republic', 'taliban'),
    );
  });
});

describe('which row and which input', () => {
  it('tries every input of a row and keeps the nearest', () => {
    const when = { any: [atom('indicators.peace_process', '>=', 45), atom('turn', '>=', 2)] };
    expect(one(when)).toEqual(flip('turn', 1, 2));
  });

  it('keeps a farther flip of a higher row over a nearer one it cannot take', () => {
    const rows = [
      row('russia.legal', 60, atom('indicators.peace_process', '>=', 45), 'talk'),
      row('russia.costly', 50, atom('indicators.peace_process', '>=', 41), 'drill'),
    ];
    const russia = { levers: [lever('talk'), lever('drill', { cost: 99 })] };
    expect(flipOf({ rows, russia })).toEqual(flip('indicators.peace_process', 40, 45, 'russia.legal'));
  });

  it('after a flip one step away, passes by no row that could still come nearer, and keeps the first of equals', () => {
    // The search skips inputs that cannot beat a one-step flip: a value half a point from its threshold can.
    const rows = [
      row('russia.held', 60, atom('flags.talks_held', '==', true), 'talk'),
      row('russia.date', 55, atom('date', '>=', '2021-02'), 'talk'),
      row('russia.pp', 50, atom('indicators.peace_process', '>=', 41), 'talk'),
    ];
    expect(flipOf({ rows, indicators: { peace_process: 40.5 } })).toEqual(
      flip('indicators.peace_process', 40.5, 41, 'russia.pp'),
    );
    expect(flipOf({ rows })).toEqual(flip('flags.talks_held', false, true, 'russia.held'));
  });
});

describe('a flip the caller accepts (nearestFlipWhere, for explanations)', () => {
  // Three rows above the default, nearest first: a flag one step away, a month, then a number.
  const rows = [
    row('russia.held', 60, atom('flags.talks_held', '==', true), 'talk'),
    row('russia.date', 55, atom('date', '>=', '2021-02'), 'talk'),
    row('russia.pp', 50, atom('indicators.peace_process', '>=', 45), 'talk'),
  ];
  const where = (accept: Parameters<typeof nearestFlipWhere>[3]) => {
    const compiled = prepare(
      miniContent({
        russia: actorFile('russia', { levers: [lever('talk')], rules: [...rows, DEFAULT_ROW('russia')] }),
        taliban: actorFile('taliban', {}),
      }),
    );
    if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.message).join('\n'));
    return nearestFlipWhere(compiled.prepared, createState(compiled.prepared, { seed: 1 }), 'russia', accept);
  };

  it('is the recorded nearest flip when it accepts everything', () => {
    expect(where(() => true)).toEqual(flipOf({ rows }));
  });

  it('passes over the rows and inputs it refuses, to the next nearest', () => {
    expect(where((c) => c.ruleId !== 'russia.held')).toEqual(
      flip('date', '2021-01', '2021-02', 'russia.date'),
    );
    expect(where((c) => c.input === 'indicators.peace_process' && c.action === 'talk')).toEqual(
      flip('indicators.peace_process', 40, 45, 'russia.pp'),
    );
    expect(where(() => false)).toBeNull();
  });
});
