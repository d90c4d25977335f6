import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayOf } from '../../game/content/replay-file.ts';
import type { DecisionEntry, Game } from '../../game/engine/index.ts';
import { legalActions, newGame, playScripted, step, submit, verifyReplay } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';

/**
 * Plays withdrawal-2021 with random legal human decisions. `picks` decides, actor by actor and turn by turn,
 * whether a person plays (two picks in three) and which legal action and target they take.
 */
function playRandom(seed: number, picks: readonly number[]): { game: Game; decisions: DecisionEntry[] } {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  const decisions: DecisionEntry[] = [];
  let p = 0;
  while (game.state.meta.phase !== 'over') {
    for (const actor of game.prepared.actorIds) {
      const pick = picks[p++ % picks.length] ?? 0;
      const legal = legalActions(game, actor);
      if (!legal.ok || pick % 3 === 0) continue;
      const choice = legal.actions[pick % legal.actions.length];
      if (!choice) continue;
      const target = choice.targets ? (choice.targets[(pick >> 3) % choice.targets.length] ?? null) : null;
      const submitted = submit(game, actor, { action: choice.action, target });
      if (!submitted.ok) throw new Error(submitted.error.message);
      game = submitted.game;
      decisions.push({ turn: game.state.meta.turn, actor, action: choice.action, target });
    }
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
  }
  return { game, decisions };
}

describe('determinism (property, fast-check seed 1944, 80 cases)', () => {
  it('random seeds and random legal human decisions: two runs and a replay give identical hashes; state survives JSON', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 44 }),
        (seed, picks) => {
          const first = playRandom(seed, picks);
          const second = playRandom(seed, picks);
          expect(second.game.hashes).toEqual(first.game.hashes);

          const scripted = playScripted(shipped, { scenario: 'withdrawal-2021', seed }, first.decisions);
          expect(scripted.ok && scripted.game.hashes).toEqual(first.game.hashes);

          const checked = verifyReplay(shipped, replayOf(first.game, first.decisions, 'test'));
          expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: 11 });

          const text = JSON.stringify(first.game.state);
          expect(JSON.parse(text)).toEqual(first.game.state);
          expect(JSON.stringify(JSON.parse(text))).toBe(text);
        },
      ),
      { seed: 1944, numRuns: 80 },
    );
  });
});
