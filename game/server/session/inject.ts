import { injectEvent, submit } from '../../engine/index.ts';
import type { EntryOf } from './entries.ts';
import type { SessionModel } from './model.ts';

/**
 * Applies a teacher's injected event to the turn under way: the engine changes the state the turn starts from,
 * and the replay records the injection so that it verifies. A team decision the event made illegal is dropped
 * (the team sees it gone and decides again), so the turn never resolves on an action that cannot be taken.
 */
export function applyInjection(model: SessionModel, entry: EntryOf<'inject'>, n: number, at: number): void {
  const turn = model.game.state.meta.turn;
  if (entry.turn !== turn) return;
  const injected = injectEvent(model.game, entry.event);
  if (!injected.ok) return;
  model.game = injected.game;
  model.injections.push({ turn, event: entry.event });
  const dropped: string[] = [];
  for (const [role, decision] of [...model.decisions]) {
    if (submit(model.game, role, { action: decision.action, target: decision.target }).ok) continue;
    model.decisions.delete(role);
    dropped.push(role);
  }
  const event =
    typeof entry.event === 'string'
      ? { event: entry.event }
      : { event: entry.event.id, title: entry.event.title };
  model.publicLog.push({ n, at, turn, kind: 'inject', ...event, dropped });
}
