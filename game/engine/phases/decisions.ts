import type { Prepared } from '../prepared.ts';
import { Reserved, type TurnStreams } from '../rng.ts';
import { chooseWith } from '../rules.ts';
import type { Why } from '../schema/log.ts';
import type { State } from '../schema/state.ts';

export interface TakenDecision {
  actor: string;
  action: string;
  target: string | null;
  ruleId: string | null;
  why: Why | null;
  /** The actor's three draws; resolution reads the third: whether an uncertain action succeeds. */
  draws: Reserved;
}

/**
 * Phase 2, decisions. Each actor, in id order, has exactly three draws of its own stream: the row draw, the
 * target tie-break and the outcome draw. Each keeps its place whether or not the ones before it are used (a
 * human decision, a single eligible row, no tie), so one actor's choice never moves the draws of another
 * stream, nor its own later ones; a draw no one reads is not made (Reserved), which changes no number.
 * A human's submitted decision stands; an actor with none is played by its table.
 */
export function decide(state: State, prepared: Prepared, streams: TurnStreams): TakenDecision[] {
  return prepared.actorIds.map((actor) => {
    const draws = new Reserved(streams.get(actor), 3);
    const submitted = state.pending[actor];
    if (submitted) return { actor, ...submitted, ruleId: null, why: null, draws };
    const choice = chooseWith(prepared, state, actor, draws);
    return { actor, ...choice, draws };
  });
}
