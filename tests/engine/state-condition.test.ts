import { describe, expect, it } from 'vitest';
import { compileStateCondition, newGame, type ScenarioContent } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';

const resolved = shipped.resolve({ scenario: 'withdrawal-2021', variant: 'baseline', withoutSource: [] });
if (!resolved.ok) throw new Error(resolved.error.message);
const content: ScenarioContent = resolved.content;
const created = newGame(shipped, { scenario: 'withdrawal-2021', seed: 1 });
if (!created.ok) throw new Error(created.error.message);
const state = created.game.state;

describe('a condition on a whole state (what history claims read)', () => {
  it('compiles to a test of the state, in the rule tables’ inputs', () => {
    const territory = state.indicators.taliban_territory ?? 0;
    const at = (op: '>=' | '>', value: number) =>
      compileStateCondition(content, { input: 'indicators.taliban_territory', op, value }, 'when');
    const holds = at('>=', territory);
    const fails = at('>', territory);
    if (!holds.ok || !fails.ok) throw new Error('expected both to compile');
    expect(holds.test(state)).toBe(true);
    expect(fails.test(state)).toBe(false);
  });

  it('returns the problems of a condition that reads what does not exist, located under the path given', () => {
    expect(
      compileStateCondition(content, { input: 'indicators.morale', op: '>', value: 1 }, 'check.when'),
    ).toEqual({
      ok: false,
      problems: [{ path: 'check.when.input', message: "unknown indicator 'morale'" }],
    });
  });

  it('refuses $target: a state has no target to read', () => {
    const compiled = compileStateCondition(
      content,
      { input: 'zones.$target.control', op: '==', value: 'taliban' },
      'w',
    );
    expect(compiled.ok).toBe(false);
    if (!compiled.ok)
      expect(compiled.problems.map((p) => p.message)).toContain(
        "'$target' can only be read in a lever's requires",
      );
  });
});
