import {
  type ActionRecord,
  type DecisionEntry,
  type Flip,
  type Game,
  nearestFlipWhere,
  type Prepared,
  playScripted,
  type State,
  stateAtDecision,
} from '../engine/index.ts';
import { flipSentence, meaningfulFlip, outsideGame, teaches } from './sentences.ts';

/**
 * "What would have changed this decision": the flip the log recorded when it teaches something, else the next
 * real alternative. The engine records one nearest flip, and it can be one that says nothing (it leads to the
 * move that was made, or hangs on the actor's own last move). Then the explanation searches the actor's table
 * again, on the state it decided on, passing over such flips. The search runs here, not in the recorded log,
 * so no state hash, replay or golden file depends on it.
 */

/** A recorded decision: the action as the log has it. */
type Decision = Pick<ActionRecord, 'actor' | 'action' | 'target' | 'why'>;

/**
 * The flip an explanation offers for `decision`: the recorded one if it is meaningful, else the nearest
 * meaningful one on the state the actor decided on (`decided`, asked only then), else null. With no flip
 * recorded there is none to find: the search with fewer candidates cannot find what the full one did not.
 */
export function explainedFlip(
  prepared: Prepared,
  decision: Decision,
  decided: () => State | null,
): Flip | null {
  const recorded = decision.why?.flip ?? null;
  if (recorded === null) return null;
  if (meaningfulFlip(prepared, decision.actor, recorded, decision)) return recorded;
  const state = decided();
  if (state === null) return null;
  // A flip to a month outside the game is refused after it is found (the search's candidates carry no value):
  // its row and input are passed over, and the search runs again, a few times at most.
  const refused = new Set<string>();
  for (let tries = 0; tries < MAX_SEARCHES; tries++) {
    const flip = nearestFlipWhere(
      prepared,
      state,
      decision.actor,
      (c) => teaches(decision.actor, c.input, c.action, decision) && !refused.has(`${c.ruleId} ${c.input}`),
    );
    if (flip === null || !outsideGame(prepared, flip)) return flip;
    refused.add(`${flip.ruleId} ${flip.input}`);
  }
  return null;
}

/** How many times the explanation searches again past flips to months outside the game. */
const MAX_SEARCHES = 4;

/** The explained flip as a sentence ("Russia would have ... instead, had ..."), or null. */
export function explainedFlipText(
  prepared: Prepared,
  decision: Decision,
  decided: () => State | null,
): string | null {
  const flip = explainedFlip(prepared, decision, decided);
  return flip ? flipSentence(prepared, decision.actor, flip, decision) : null;
}

/** The explained flip's sentence for a decision of turn `turn` of `game` (its log's turn number, from 1). */
export function flipTextIn(game: Game, turn: number, decision: Decision): string | null {
  return explainedFlipText(game.prepared, decision, () => decisionState(game, turn));
}

/**
 * The state before each turn of a game, worked out once per game (a game object never changes), and the
 * decision states asked for so far, by turn: the log asks for several actors of one turn.
 */
const startsByGame = new WeakMap<Game, { starts: readonly State[]; decided: Map<number, State> } | null>();

/**
 * The state the actors decided on in turn `turn` of `game` (a turn its log holds): the game replayed from its
 * start with the people's recorded moves, up to that turn, then its events phase. Null if the replay does not give the recorded
 * hashes (a game changed by an injected event), rather than a state the decision was not made on.
 */
export function decisionState(game: Game, turn: number): State | null {
  // Only a turn the log holds: a decision not yet made has no explanation.
  if (!Number.isInteger(turn) || turn < 1 || turn > game.log.length) return null;
  if (!startsByGame.has(game)) {
    const starts = turnStarts(game);
    startsByGame.set(game, starts && { starts, decided: new Map() });
  }
  const known = startsByGame.get(game);
  const start = known?.starts[turn - 1];
  if (!known || !start) return null;
  const decided = known.decided.get(turn) ?? stateAtDecision(game.prepared, start);
  known.decided.set(turn, decided);
  return decided;
}

function turnStarts(game: Game): readonly State[] | null {
  const decisions: DecisionEntry[] = game.log.flatMap((log) =>
    log.actions
      .filter((a) => a.ruleId === null)
      .map((a) => ({ turn: log.turn, actor: a.actor, action: a.action, target: a.target })),
  );
  const starts: State[] = [game.initial];
  let same = true;
  const fresh: Game = { ...game, state: game.initial, log: [], hashes: game.hashes.slice(0, 1) };
  const played = playScripted(fresh, decisions, game.log.length, (g) => {
    same = g.hashes[g.log.length] === game.hashes[g.log.length];
    if (same) starts.push(g.state);
    return same;
  });
  return played.ok && same ? starts : null;
}
