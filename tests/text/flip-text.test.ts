import { describe, expect, it } from 'vitest';
import {
  type ActionRecord,
  type Game,
  nearestFlipWhere,
  playScripted,
  type State,
  stateAtDecision,
} from '../../game/engine/index.ts';
import { decisionState, explainedFlip, flipTextIn } from '../../game/text/flip-text.ts';
import { findRule } from '../../game/text/lookup.ts';
import { flipSentence, meaningfulFlip } from '../../game/text/sentences.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

/**
 * "What would have changed this decision": the engine records one nearest flip, and the explanation drops it
 * when it teaches nothing. Then it offers the next real alternative, searched on the state the actor decided
 * on, outside the recorded log.
 */
const withdrawal = playToEnd('withdrawal-2021', 1);
const move = (game: Game, turn: number, actor: string): ActionRecord => {
  const found = game.log[turn - 1]?.actions.find((a) => a.actor === actor);
  if (!found) throw new Error(`${actor} did not move in turn ${turn}`);
  return found;
};

describe('when the recorded flip teaches nothing, the explanation offers the next real alternative', () => {
  it("one that hangs on the actor's own last move: Uzbekistan kept its distance in turn 5", () => {
    const kept = move(withdrawal, 5, 'uzbekistan');
    expect(kept.action).toBe('pass');
    // Recorded: "it would have hosted talks, had its last move been a pass (it was to host talks)".
    expect(kept.why?.flip?.input).toBe('last.uzbekistan');
    expect(flipSentence(withdrawal.prepared, 'uzbekistan', kept.why?.flip ?? never(), kept)).toBeNull();
    expect(flipTextIn(withdrawal, 5, kept)).toBe(
      'Uzbekistan would have kept a pragmatic channel to the Taliban instead, had it been true that Kabul has fallen.',
    );
  });

  it('one that leads to the move that was made: Tajikistan reinforced its border in turn 1', () => {
    const reinforced = move(withdrawal, 1, 'tajikistan');
    const recorded = reinforced.why?.flip ?? never();
    // The recorded row would have reinforced the border too: only the reason would have changed.
    expect(findRule(withdrawal.prepared, recorded.ruleId)?.do.action).toBe(reinforced.action);
    expect(flipSentence(withdrawal.prepared, 'tajikistan', recorded, reinforced)).toBeNull();
    expect(flipTextIn(withdrawal, 1, reinforced)).toBe(
      'Tajikistan would have escalated its rhetoric against the Taliban instead, had it been true that Kabul has fallen.',
    );
  });

  it('keeps a recorded flip that teaches something as it is', () => {
    const game = withdrawal;
    let kept = 0;
    for (const log of game.log)
      for (const a of log.actions) {
        const flip = a.why?.flip;
        if (!flip || !meaningfulFlip(game.prepared, a.actor, flip, a)) continue;
        expect(flipTextIn(game, log.turn, a)).toBe(flipSentence(game.prepared, a.actor, flip, a));
        kept++;
      }
    expect(kept).toBeGreaterThan(10);
  });

  it('offers nothing when nothing was recorded, or when the game cannot be replayed to the decision', () => {
    const reinforced = move(withdrawal, 1, 'tajikistan');
    expect(flipTextIn(withdrawal, 1, { ...reinforced, why: null })).toBeNull();
    // Hashes that the replay does not give back: better no alternative than one from another state.
    const tampered: Game = { ...withdrawal, hashes: withdrawal.hashes.map(() => '0000000000000000') };
    expect(decisionState(tampered, 1)).toBeNull();
    expect(flipTextIn(tampered, 1, reinforced)).toBeNull();
  });
});

describe('the alternatives of whole games', () => {
  const games = ['withdrawal-2021', 'emirate-2022', 'moscow-format-2016'].flatMap((scenario) =>
    [1, 2, 3].map((seed) => ({ scenario, seed, game: playToEnd(scenario, seed) })),
  );

  it('are each a flip that teaches something, to a row above the one that fired', () => {
    let dropped = 0;
    let replaced = 0;
    for (const { scenario, seed, game } of games)
      for (const log of game.log)
        for (const a of log.actions) {
          const recorded = a.why?.flip;
          if (!recorded || meaningfulFlip(game.prepared, a.actor, recorded, a)) continue;
          dropped++;
          const next = explainedFlip(game.prepared, a, () => decisionState(game, log.turn));
          if (!next) continue;
          replaced++;
          const where = `${scenario} seed ${seed} turn ${log.turn} ${a.actor}`;
          expect(meaningfulFlip(game.prepared, a.actor, next, a), where).toBe(true);
          const fired = findRule(game.prepared, a.ruleId ?? '')?.priority ?? 0;
          expect(findRule(game.prepared, next.ruleId)?.priority ?? 0, where).toBeGreaterThan(fired);
          expect(flipTextIn(game, log.turn, a), where).toMatch(/ would have .* instead, had /);
        }
    // Most dropped flips have a real alternative; the rest had none within the table.
    expect(dropped).toBeGreaterThan(40);
    expect(replaced / dropped).toBeGreaterThan(0.5);
  });

  it('come from a search that, taking every candidate, finds the flip the log recorded', () => {
    let checked = 0;
    for (const { game } of games.slice(0, 3))
      for (const log of game.log) {
        for (const a of log.actions) {
          if (!a.why) continue;
          const state = decisionState(game, log.turn) ?? never();
          expect(nearestFlipWhere(game.prepared, state, a.actor, () => true)).toEqual(a.why.flip);
          checked++;
        }
      }
    expect(checked).toBeGreaterThan(100);
  });

  it('are searched on the state the actor decided on, with the people’s own moves replayed', () => {
    const decisions = [1, 2, 3, 4].map((turn) => ({
      turn,
      actor: 'russia',
      action: 'pass',
      target: null,
    }));
    const starts: State[] = [];
    const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 4 }, decisions, 4, (g) => {
      starts.push(g.state);
      return true;
    });
    if (!played.ok) throw new Error(played.error.message);
    const { game } = played;
    expect(game.humans).toEqual(['russia']);
    expect(decisionState(game, 1)).toEqual(stateAtDecision(game.prepared, game.initial));
    for (const turn of [2, 3, 4])
      expect(decisionState(game, turn)).toEqual(stateAtDecision(game.prepared, starts[turn - 2] ?? never()));
    // A turn the log does not hold has no decision to explain.
    expect(decisionState(game, 5)).toBeNull();
    expect(decisionState(game, 0)).toBeNull();
  });
});

function never(): never {
  throw new Error('the game this test reads has changed');
}
