import type { GameView } from '../../engine/index.ts';
import { HIDDEN_RULE } from '../../protocol/classroom.ts';

/**
 * The issue's rule for a student: what a role does not know, it does not see. The engine's view already drops
 * the seed, the hashes and the other pending decisions; the other actors' resources and scores are private too,
 * so they become null (the keys stay, so a page reads one shape). With the AI's reasons off, each action's `why`
 * (the conditions its row read and the nearest flip) is null too, as for a person's move, and a table's rule id
 * becomes HIDDEN_RULE: the page still tells a table's move from a person's, but cannot look up the row's quote.
 */
export function redactForRole(view: GameView, role: string, reasons = true): GameView {
  const actors = Object.fromEntries(
    Object.entries(view.state.actors).map(([id, a]) => [
      id,
      id === role ? a : { ...a, resources: null, score: null },
    ]),
  );
  const log = view.log.map((turn) => ({
    ...turn,
    scores: Object.fromEntries(Object.entries(turn.scores).filter(([id]) => id === role)),
    actions: reasons
      ? turn.actions
      : turn.actions.map((a) => ({ ...a, ruleId: a.ruleId === null ? null : HIDDEN_RULE, why: null })),
  }));
  return { ...view, state: { ...view.state, actors } as unknown as GameView['state'], log };
}
