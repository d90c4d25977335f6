import type { DecisionEntry, Game, State } from '../../game/engine/index.ts';
import { legalActions, newGame, step, submit } from '../../game/engine/index.ts';
import { shipped } from './shipped.ts';

/**
 * Plays withdrawal-2021 with random legal human decisions. `picks` decides, actor by actor and turn by turn,
 * whether a person plays (two picks in three) and which legal action and target they take. Returns the game,
 * the decisions as a replay records them, and every state along the way (submissions included).
 */
export function playRandom(
  seed: number,
  picks: readonly number[],
): { game: Game; decisions: DecisionEntry[]; states: State[] } {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  const decisions: DecisionEntry[] = [];
  const states = [game.state];
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
      states.push(game.state);
      decisions.push({ turn: game.state.meta.turn, actor, action: choice.action, target });
    }
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
    states.push(game.state);
  }
  return { game, decisions, states };
}
