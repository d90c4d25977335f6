import { z } from 'zod';
import { InjectedEvent } from '../../engine/index.ts';

/**
 * What a session's log holds, one kind per accepted intent or teacher action. A session is rebuilt by applying
 * these in order (apply.ts), the same code that applies them live, so each entry carries every value that was
 * read from the clock or drawn at random when it was accepted: nothing is drawn again on a rebuild.
 */
const Role = z.string().min(1).max(64);
const Time = z.number().int().nullable();

export const EntryData = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('start'), deadline: Time }),
  z.strictObject({ kind: z.literal('join'), member: z.string(), role: Role, name: z.string() }),
  z.strictObject({
    kind: z.literal('decide'),
    role: Role,
    turn: z.number().int(),
    action: z.string(),
    target: z.string().nullable(),
  }),
  z.strictObject({
    kind: z.literal('forecast'),
    role: Role,
    turn: z.number().int(),
    predictions: z.record(z.string(), z.number().int()),
  }),
  z.strictObject({ kind: z.literal('message'), from: Role, to: Role, text: z.string() }),
  z.strictObject({ kind: z.literal('propose'), from: Role, to: Role, terms: z.string() }),
  z.strictObject({ kind: z.literal('answer'), proposal: z.string(), accept: z.boolean() }),
  /** `remaining`: the milliseconds left on the turn timer when it stopped. */
  z.strictObject({ kind: z.literal('pause'), remaining: Time }),
  z.strictObject({ kind: z.literal('resume'), deadline: Time }),
  /** A new deadline set by the system: after a restart that found the old one passed, the room gets a grace. */
  z.strictObject({ kind: z.literal('deadline'), deadline: Time }),
  z.strictObject({ kind: z.literal('takeover'), role: Role, to: z.enum(['teacher', 'table']) }),
  z.strictObject({ kind: z.literal('handback'), role: Role }),
  z.strictObject({ kind: z.literal('kick'), member: z.string() }),
  /** `table`: the played roles that had no decision, so their rule tables played them. */
  z.strictObject({
    kind: z.literal('resolve'),
    turn: z.number().int(),
    reason: z.enum(['decided', 'advance', 'timer']),
    table: z.array(Role),
    deadline: Time,
  }),
  /** An event the teacher injected before the current turn resolves (engine/inject.ts). */
  z.strictObject({ kind: z.literal('inject'), turn: z.number().int(), event: InjectedEvent }),
  z.strictObject({ kind: z.literal('reasons'), show: z.boolean() }),
  z.strictObject({ kind: z.literal('end'), reason: z.enum(['teacher', 'game_over']) }),
]);
export type EntryData = z.infer<typeof EntryData>;
export type EntryOf<K extends EntryData['kind']> = Extract<EntryData, { kind: K }>;
