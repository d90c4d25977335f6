import type { DecisionEntry } from '../engine/index.ts';
import { count } from '../text/words.ts';

/**
 * What is wrong with a list of human decisions for a game, before anything runs: unknown actors, turns the
 * game will not reach, two decisions for one actor in one turn. `at` prefixes each path (`decisions` in a
 * replay file, nothing in a decisions file). Legality is checked turn by turn as the game plays.
 */
export function decisionProblems(
  decisions: readonly DecisionEntry[],
  actors: readonly string[],
  turns: number,
  at = '',
): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  decisions.forEach((d, i) => {
    const path = `${at}[${i}]`;
    if (!actors.includes(d.actor))
      problems.push(`${path}.actor: unknown actor '${d.actor}' (actors: ${actors.join(', ')})`);
    if (d.turn > turns)
      problems.push(`${path}.turn: the game has ${count(turns, 'turn')}, found turn ${d.turn}`);
    const key = `${d.turn}:${d.actor}`;
    if (seen.has(key)) problems.push(`${path}: a second decision for ${d.actor} on turn ${d.turn}`);
    seen.add(key);
  });
  return problems;
}
