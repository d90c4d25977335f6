import type { Prepared } from '../prepared.ts';
import type { TurnStreams } from '../rng.ts';
import { choose } from '../rules.ts';
import type { Why } from '../schema/log.ts';
import type { State } from '../schema/state.ts';

export interface TakenDecision {
  actor: string;
  action: string;
  target: string | null;
  ruleId: string | null;
  why: Why | null;
  /** The actor's third draw, kept for resolution: whether an uncertain action succeeds. */
  outcomeDraw: number;
}

/**
 * Phase 2, decisions. Each actor, in id order, takes exactly three draws from its own stream: the row
 * draw, the target tie-break and the outcome draw. They are taken even when unused (a human decision, no
 * tie), so one actor's choice never moves the draws of another stream, nor its own later ones.
 * A human's submitted decision stands; an actor with none is played by its table.
 */
export function decide(state: State, prepared: Prepared, streams: TurnStreams): TakenDecision[] {
  return prepared.actorIds.map((actor) => {
    const stream = streams.get(actor);
    const rowDraw = stream.next();
    const targetDraw = stream.next();
    const outcomeDraw = stream.next();
    const submitted = state.pending[actor];
    if (submitted) return { actor, ...submitted, ruleId: null, why: null, outcomeDraw };
    const choice = choose(prepared, state, actor, rowDraw, targetDraw);
    return { actor, ...choice, outcomeDraw };
  });
}
