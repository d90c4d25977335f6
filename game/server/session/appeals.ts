import type { ActionRecord, Lever, Prepared, TurnLog } from '../../engine/index.ts';
import { actorName, findLever, findRule } from '../../text/lookup.ts';
import { quoteLine } from '../../text/words.ts';
import type { Message, SessionModel } from './model.ts';

/**
 * Issue 11: "where a rule table's action addresses a played role (an appeal, a request, a protest), the students
 * of that role see it as a message from that actor". These messages are derived from the engine's turn log when a
 * turn resolves (resolve.ts), live and on a rebuild alike, so nothing about them is stored: the log already
 * says what each table did.
 */

/** The roles people may be addressed as: the students' roles and the roles the teacher plays. */
const addressed = (model: SessionModel, role: string) =>
  model.config.roles.includes(role) || (model.controllers[role] ?? 'table') !== 'table';

/** The kinds of lever that speak to another actor: diplomacy, aid and arms, not fighting or growing. */
const ADDRESSING = new Set(['talks', 'recognition', 'pressure', 'trade', 'humanitarian', 'arms']);

/**
 * Whom an action addresses: its actor target, or else, for a lever of an addressing kind, the other party of a
 * relation between the actor and another that the lever changes (an appeal to Moscow moves the Russia-resistance
 * relation). No lever of the shipped content targets an actor, so the relations name the addressee in practice;
 * a Taliban strike on ISIS-K that Moscow welcomes moves a relation too, but addresses no one.
 */
export function addressees(lever: Lever | undefined, record: ActionRecord, actorIds: readonly string[]) {
  const found: string[] = [];
  const add = (id: string | null | undefined) => {
    if (id && id !== record.actor && actorIds.includes(id) && !found.includes(id)) found.push(id);
  };
  add(record.target);
  if (!lever || !ADDRESSING.has(lever.kind)) return found;
  for (const effect of [...lever.onSuccess, ...lever.onFailure]) {
    if (effect.kind !== 'relation') continue;
    const from = effect.from === '$target' ? record.target : effect.from;
    const to = effect.to === '$target' ? record.target : effect.to;
    if (from === record.actor) add(to);
    else if (to === record.actor) add(from);
  }
  return found;
}

/**
 * The message and its reason: "Anti-Taliban resistance: Appeal to Moscow for support as a northern buffer.", and
 * the row's first quote with its source as people name it, "“…” (Ekaterina Stepanova, IMEMO, PONARS Eurasia, 2021)". The reason is kept
 * apart, so that a student's view can leave it out while the AI's reasons are hidden.
 */
export function appealText(prepared: Prepared, record: ActionRecord): { text: string; reason?: string } {
  const lever = findLever(prepared, record.actor, record.action);
  const row = record.ruleId ? findRule(prepared, record.ruleId) : undefined;
  const quote = quoteLine(row?.citations[0]);
  const text = `${actorName(prepared, record.actor)}: ${lever?.title ?? record.action}.`;
  return quote ? { text, reason: quote } : { text };
}

/**
 * The messages a resolved turn sends: one per action a rule table chose for an actor nobody plays, to each played
 * role it addresses. A person's decision is theirs to tell; a blocked action never happened.
 */
export function appealsOf(model: SessionModel, log: TurnLog, n: number, at: number): Message[] {
  const { prepared } = model.game;
  const messages: Message[] = [];
  for (const record of log.actions) {
    if (record.ruleId === null || record.outcome === 'blocked') continue;
    if ((model.controllers[record.actor] ?? 'table') !== 'table') continue;
    const lever = findLever(prepared, record.actor, record.action);
    for (const to of addressees(lever, record, prepared.actorIds)) {
      if (!addressed(model, to)) continue;
      messages.push({
        id: `a${n}-${messages.length + 1}`,
        turn: log.turn,
        from: record.actor,
        to,
        ...appealText(prepared, record),
        by: 'system',
        at,
      });
    }
  }
  return messages;
}
