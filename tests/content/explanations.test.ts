import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { legalTargets } from '../../game/engine/levers.ts';
import { traceCondition } from '../../game/engine/trace.ts';
import { playTurn, stateAtDecision } from '../../game/engine/turn.ts';
import { findRule } from '../../game/text/lookup.ts';
import { library, playToEnd } from '../helpers/shipped.ts';

const scenarios = [...library.scenarios.keys()].sort();
const games: Game[] = scenarios.flatMap((scenario) =>
  [0, 1, 2, 3, 4, 5].map((seed) => playToEnd(scenario, seed)),
);

describe.each(scenarios)('the explanations of %s are true', (scenario) => {
  const mine = games.filter((g) => g.state.meta.scenario === scenario);

  it('the fired row`s condition holds on the values it recorded', () => {
    let checked = 0;
    for (const game of mine) {
      for (const log of game.log) {
        for (const action of log.actions) {
          if (!action.ruleId || !action.why) continue;
          const row = findRule(game.prepared, action.ruleId);
          if (!row) throw new Error(`no row ${action.ruleId}`);
          const values = action.why.conditions;
          const trace = traceCondition(row.when, (input) => {
            expect(values, `${action.ruleId} recorded ${input}`).toHaveProperty([input]);
            return values[input] ?? null;
          });
          expect(trace.holds, `${scenario} turn ${log.turn} ${action.ruleId}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('setting the flip`s input to `to` makes the flip`s row eligible', () => {
    let flips = 0;
    for (const game of mine) {
      // Walk the game again turn by turn, to see each state the actors decided on.
      let state = game.initial;
      for (const log of game.log) {
        const decided = stateAtDecision(game.prepared, state);
        for (const action of log.actions) {
          const flip = action.why?.flip;
          if (!flip) continue;
          const rows = game.prepared.actors.get(action.actor)?.rows ?? [];
          const row = rows.find((r) => r.def.id === flip.ruleId);
          const fired = rows.find((r) => r.def.id === action.ruleId);
          if (!row || !fired) throw new Error(`no row ${flip.ruleId} or ${action.ruleId}`);
          expect(row.def.priority).toBeGreaterThan(fired.def.priority);
          expect(row.flips.find((f) => f.input.path === flip.input)?.input.read(decided, null)).toEqual(
            flip.from,
          );
          expect(row.when.test(decided, null), `${flip.ruleId} already held`).toBe(false);
          expect(row.when.test(decided, null, { path: flip.input, value: flip.to }), flip.ruleId).toBe(true);
          expect(legalTargets(decided, action.actor, row.lever)).not.toEqual([]);
          flips++;
        }
        const next = playTurn(game.prepared, state);
        expect(next.log).toEqual(log);
        state = next.state;
      }
    }
    expect(flips).toBeGreaterThan(0);
  });
});
