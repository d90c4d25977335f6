import { describe, expect, it } from 'vitest';
import { compile } from '../../game/engine/compile.ts';
import { createState } from '../../game/engine/create.ts';
import { prepare } from '../../game/engine/prepare.ts';
import { choose, chooseWith } from '../../game/engine/rules.ts';
import { actorFile, DEFAULT_ROW, lever, miniContent, row, scenarioFile } from '../helpers/mini.ts';

/**
 * The target of a row's action (rules.ts): a fixed zone, or the zone with the largest (maxBy) or smallest
 * (minBy) value of a field among the lever's legal targets. Mini zones: af_north (isisk 10, taliban 30),
 * af_south (isisk 20, taliban 50), border_tajik (security 50, no isisk, no taliban share).
 */
function targetOf(among: string[], target: unknown, targetDraw = 0.5): string | null {
  const russia = actorFile('russia', {
    levers: [lever('strike', { target: { kind: 'zone', among } })],
    rules: [row('russia.strike', 50, { all: [] }, 'strike', { target }), DEFAULT_ROW('russia')],
  });
  const compiled = prepare(miniContent({ russia }));
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const choice = choose(
    compiled.prepared,
    createState(compiled.prepared, { seed: 1 }),
    'russia',
    0.5,
    targetDraw,
  );
  expect(choice.ruleId).toBe('russia.strike');
  return choice.target;
}

describe('targets', () => {
  it('a fixed target that is legal is the target', () => {
    expect(targetOf(['af_north', 'af_south'], 'af_south')).toBe('af_south');
    expect(targetOf(['af_north', 'af_south'], 'af_north')).toBe('af_north');
  });

  it('a zone without the field is never picked while another has it, by max or by min', () => {
    expect(targetOf(['af_north', 'border_tajik'], { minBy: 'zones.*.isisk' })).toBe('af_north');
    expect(targetOf(['af_north', 'border_tajik'], { maxBy: 'zones.*.isisk' })).toBe('af_north');
    expect(targetOf(['af_north', 'af_south'], { minBy: 'zones.*.isisk' })).toBe('af_north');
    expect(targetOf(['af_north', 'af_south'], { maxBy: 'zones.*.taliban' })).toBe('af_south');
  });

  it('zones that all lack the field tie, and the target draw picks among them in id order', () => {
    // Afghan zones have no border security.
    const among = ['af_south', 'af_north'];
    expect(targetOf(among, { maxBy: 'zones.*.security' }, 0)).toBe('af_north');
    expect(targetOf(among, { maxBy: 'zones.*.security' }, 0.99)).toBe('af_south');
    expect(targetOf(among, { minBy: 'zones.*.security' }, 0.49)).toBe('af_north');
  });
});

/**
 * The places of its draws a choice reads, for a table whose first row targets by `target`; `rival` adds a
 * second row of the same priority, always eligible, so that the row draw decides between them.
 */
function placesRead(among: string[], target: unknown, rival = false): number[] {
  const strike = row('russia.strike', 50, { all: [] }, 'strike', { target });
  const russia = actorFile('russia', {
    levers: [lever('strike', { target: { kind: 'zone', among } })],
    rules: [
      strike,
      ...(rival ? [row('russia.strike-too', 50, { all: [] }, 'strike', { target })] : []),
    ].concat(DEFAULT_ROW('russia')),
  });
  const compiled = prepare(miniContent({ russia }));
  if (!compiled.ok) throw new Error(compiled.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  const read: number[] = [];
  const draws = {
    at: (i: number) => {
      read.push(i);
      return 0.5;
    },
  };
  const choice = chooseWith(compiled.prepared, createState(compiled.prepared, { seed: 1 }), 'russia', draws);
  expect(choice.ruleId).toMatch(/^russia\.strike/);
  return read;
}

describe('the draws a choice reads', () => {
  it('neither the row draw with one eligible row nor the tie-break with one best target', () => {
    expect(placesRead(['af_north', 'af_south'], { maxBy: 'zones.*.taliban' })).toEqual([]);
    expect(placesRead(['af_north', 'af_south'], 'af_south')).toEqual([]);
  });

  it('the tie-break, and only it, when targets tie', () => {
    expect(placesRead(['af_south', 'af_north'], { maxBy: 'zones.*.security' })).toEqual([1]);
  });

  it('the row draw, and only it, when two rows of the top priority are eligible', () => {
    expect(placesRead(['af_north', 'af_south'], 'af_south', true)).toEqual([0]);
  });
});

describe('a table that offers nothing legal', () => {
  it('passes under its last row, which the checks would have refused as a default', () => {
    // A costly default row: the checks refuse it, so only compile() without them can give such a table.
    const russia = actorFile('russia', {
      levers: [lever('wait', { cost: 3 })],
      rules: [
        row('russia.talk', 5, { input: 'turn', op: '>', value: 5 }, 'wait'),
        row('russia.wait', 0, { all: [] }, 'wait'),
      ],
    });
    const scenario = scenarioFile({
      actors: [
        { id: 'russia', posture: 'engaged', resources: 0, income: 0 },
        { id: 'taliban', posture: 'insurgent', resources: 5, income: 1 },
      ],
    });
    const prepared = compile(miniContent({ russia, scenario }));
    expect(choose(prepared, createState(prepared, { seed: 1 }), 'russia', 0.5, 0.5)).toEqual({
      action: 'pass',
      target: null,
      ruleId: 'russia.wait',
      why: { conditions: {}, flip: null },
    });
  });
});
