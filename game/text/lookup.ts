import type { Citation, DeckCard, Lever, Prepared, RuleRow, ScheduledEvent } from '../engine/index.ts';

/** Finds content by the ids the log holds: log entries carry ids, and quotes are looked up here. */
export function findRule(prepared: Prepared, ruleId: string): RuleRow | undefined {
  const actor = ruleId.slice(0, ruleId.indexOf('.'));
  return prepared.actors.get(actor)?.rows.find((row) => row.def.id === ruleId)?.def;
}

export function findLever(prepared: Prepared, actor: string, action: string): Lever | undefined {
  return prepared.actors.get(actor)?.levers.get(action)?.def;
}

export function findEvent(prepared: Prepared, id: string): ScheduledEvent | DeckCard | undefined {
  return (
    prepared.scheduled.find((e) => e.def.id === id)?.def ?? prepared.deck.find((c) => c.def.id === id)?.def
  );
}

export function actorName(prepared: Prepared, actor: string): string {
  return prepared.actors.get(actor)?.def.name ?? actor;
}

export function firstCitation(citations: readonly Citation[] | undefined): Citation | null {
  return citations?.[0] ?? null;
}
