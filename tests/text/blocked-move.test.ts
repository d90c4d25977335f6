import { describe, expect, it } from 'vitest';
import { summaryBetween } from '../../game/analysis/turn-summary.ts';
import { legalActions, newGame, step, submit } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';

/**
 * Review 2, finding 4: a person's move that a scheduled event made impossible names that event. In January
 * 2022 the recorded event "Russia shifts to practical interaction with the Emirate" does what Russia's move
 * would: the move offered at the month's start is then blocked, and the summary says history did it for Russia.
 */
function januaryMove(seed: number): string | null {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed, humans: ['russia'] });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  while (game.state.meta.phase !== 'over') {
    const legal = legalActions(game, 'russia');
    if (!legal.ok) throw new Error(legal.error.message);
    const offered = legal.actions.some((a) => a.action === 'pursue_practical_interaction');
    const january = game.state.meta.date === '2022-01';
    const action = january && offered ? 'pursue_practical_interaction' : 'pass';
    const submitted = submit(game, 'russia', { action, target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const stepped = step(submitted.game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    if (action !== 'pass') return summaryBetween(submitted.game, stepped.game)?.own[0]?.text ?? null;
    game = stepped.game;
  }
  return null;
}

describe('a move blocked by a scheduled event', () => {
  it('names the recorded event that already did it, not "a move before it"', () => {
    const texts = [1, 2, 3].map(januaryMove).filter((t): t is string => t !== null);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts)
      expect(text).toBe(
        "Russia's move, Move from conditions to practical interaction with the Emirate, was blocked: the recorded event “Russia shifts to practical interaction with the Emirate” already did this for Russia this month.",
      );
  });
});
