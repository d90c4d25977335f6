import { describe, expect, it } from 'vitest';
import { createState } from '../../game/engine/create.ts';
import { type Prepared, prepare } from '../../game/engine/prepare.ts';
import { choose } from '../../game/engine/rules.ts';
import type { State } from '../../game/engine/schema/state.ts';
import { actorFile, DEFAULT_ROW, lever, miniContent, row } from '../helpers/mini.ts';

const ZONES = { kind: 'zone', among: ['af_north', 'af_south', 'border_tajik'] };

function russiaWith(levers: unknown[], rules: unknown[]): { prepared: Prepared; state: State } {
  const compiled = prepare(
    miniContent({ russia: actorFile('russia', { levers, rules: [...rules, DEFAULT_ROW('russia')] }) }),
  );
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return { prepared: compiled.prepared, state: createState(compiled.prepared, { seed: 1 }) };
}

const turnIs = (n: number) => ({ input: 'turn', op: '==', value: n });

describe('a rule table is read like a COIN bot flowchart', () => {
  it('the highest-priority eligible row fires; lower rows are not considered', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('drill')],
      [row('russia.high', 50, turnIs(1), 'talk'), row('russia.low', 10, turnIs(1), 'drill')],
    );
    expect(choose(prepared, state, 'russia', 0.99, 0.5)).toMatchObject({
      action: 'talk',
      ruleId: 'russia.high',
    });
  });

  it('a row whose condition fails is skipped for the next one', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('drill')],
      [row('russia.high', 50, turnIs(2), 'talk'), row('russia.low', 10, turnIs(1), 'drill')],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).ruleId).toBe('russia.low');
  });

  it('a row whose action is not legal now is skipped (precondition, cost)', () => {
    const { prepared, state } = russiaWith(
      [lever('talk', { requires: turnIs(2) }), lever('drill', { cost: 99 }), lever('aid')],
      [
        row('russia.a', 50, { all: [] }, 'talk'),
        row('russia.b', 40, { all: [] }, 'drill'),
        row('russia.c', 30, { all: [] }, 'aid'),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).action).toBe('aid');
  });

  it('falls through to the default row when nothing else is eligible', () => {
    const { prepared, state } = russiaWith([lever('talk')], [row('russia.high', 50, turnIs(9), 'talk')]);
    expect(choose(prepared, state, 'russia', 0.5, 0.5)).toMatchObject({
      action: 'pass',
      ruleId: 'russia.default',
    });
  });

  it('draws among eligible rows of equal priority in proportion to weight', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('drill')],
      [
        row('russia.one', 50, { all: [] }, 'talk', { weight: 1 }),
        row('russia.three', 50, { all: [] }, 'drill', { weight: 3 }),
      ],
    );
    // Tickets 0 (first row) and 1..3 (second row) out of 4.
    expect(choose(prepared, state, 'russia', 0.0, 0).ruleId).toBe('russia.one');
    expect(choose(prepared, state, 'russia', 0.24, 0).ruleId).toBe('russia.one');
    expect(choose(prepared, state, 'russia', 0.25, 0).ruleId).toBe('russia.three');
    expect(choose(prepared, state, 'russia', 0.99, 0).ruleId).toBe('russia.three');
  });

  it('records the values of every input the fired row read', () => {
    const { prepared, state } = russiaWith(
      [lever('talk')],
      [
        row(
          'russia.a',
          50,
          { all: [turnIs(1), { input: 'zones.af_south.isisk', op: '>=', value: 10 }] },
          'talk',
        ),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).why).toEqual({
      conditions: { turn: 1, 'zones.af_south.isisk': 20 },
      flip: null,
    });
  });
});

describe('targets', () => {
  it('maxBy picks the zone with the largest value among the legal targets', () => {
    const { prepared, state } = russiaWith(
      [lever('strike', { target: ZONES, requires: { input: 'zones.$target.isisk', op: '>', value: 0 } })],
      [row('russia.strike', 50, { all: [] }, 'strike', { target: { maxBy: 'zones.*.isisk' } })],
    );
    // border_tajik has no isisk value and fails the precondition; af_south (20) beats af_north (10).
    expect(choose(prepared, state, 'russia', 0.5, 0.5).target).toBe('af_south');
  });

  it('minBy picks the smallest value', () => {
    const { prepared, state } = russiaWith(
      [lever('hold', { target: { kind: 'zone', among: ['af_north', 'af_south'] } })],
      [row('russia.hold', 50, { all: [] }, 'hold', { target: { minBy: 'zones.*.taliban' } })],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).target).toBe('af_north');
  });

  it('breaks ties with the target draw, among the tied zones in id order', () => {
    const { prepared, state } = russiaWith(
      [lever('hold', { target: { kind: 'zone', among: ['af_south', 'af_north'] } })],
      [row('russia.hold', 50, { all: [] }, 'hold', { target: { maxBy: 'zones.*.stability' } })],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.1).target).toBe('af_north');
    expect(choose(prepared, state, 'russia', 0.5, 0.9).target).toBe('af_south');
  });

  it('a fixed target that is not legal makes the row ineligible', () => {
    const { prepared, state } = russiaWith(
      [lever('strike', { target: ZONES, requires: { input: 'zones.$target.isisk', op: '>', value: 15 } })],
      [row('russia.north', 50, { all: [] }, 'strike', { target: 'af_north' })],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).ruleId).toBe('russia.default');
  });
});

describe('the nearest flip', () => {
  const above = (id: string, priority: number, when: unknown, action = 'talk') =>
    row(id, priority, when, action);

  it('is the higher-priority row one input, changed least, would have made eligible', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('drill'), lever('aid')],
      [
        above('russia.far', 60, { input: 'indicators.peace_process', op: '>=', value: 55 }),
        above('russia.near', 50, { input: 'indicators.peace_process', op: '>', value: 41 }, 'drill'),
        row('russia.fired', 10, { all: [] }, 'aid'),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).why.flip).toEqual({
      from: 40,
      input: 'indicators.peace_process',
      ruleId: 'russia.near',
      to: 42,
    });
  });

  it('prefers the higher priority on a tie, and flips booleans, actions and dates', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('aid')],
      [
        above('russia.flag', 60, { input: 'flags.talks_held', op: '==', value: true }),
        above('russia.last', 50, { input: 'last.taliban', op: '==', value: 'pass' }),
        row('russia.fired', 10, { all: [] }, 'aid'),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).why.flip).toEqual({
      from: false,
      input: 'flags.talks_held',
      ruleId: 'russia.flag',
      to: true,
    });
    const dated = russiaWith(
      [lever('talk'), lever('aid')],
      [
        above('russia.later', 60, { input: 'date', op: '>=', value: '2021-04' }),
        row('russia.fired', 10, { all: [] }, 'aid'),
      ],
    );
    expect(choose(dated.prepared, dated.state, 'russia', 0.5, 0.5).why.flip).toMatchObject({
      from: '2021-01',
      to: '2021-04',
    });
  });

  it('skips rows whose action is not legal now, and is null when nothing above could fire', () => {
    const { prepared, state } = russiaWith(
      [lever('talk', { cost: 99 }), lever('aid')],
      [
        above('russia.costly', 60, { input: 'turn', op: '==', value: 2 }),
        row('russia.fired', 10, { all: [] }, 'aid'),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).why.flip).toBeNull();
  });

  it('never names a row at the fired row`s own priority or below', () => {
    const { prepared, state } = russiaWith(
      [lever('talk'), lever('aid')],
      [
        row('russia.fired', 10, { all: [] }, 'aid'),
        row('russia.lower', 5, { input: 'turn', op: '==', value: 2 }, 'talk'),
      ],
    );
    expect(choose(prepared, state, 'russia', 0.5, 0.5).why.flip).toBeNull();
  });
});
