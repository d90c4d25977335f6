import { z } from 'zod';

/**
 * The intents clients send over the WebSocket (CLASSROOM.md), each checked here before anything reads it.
 * Strict objects: a field the protocol does not have is an error, not something silently ignored.
 */
const Id = z.string().min(1).max(64);
const Name = z.string().min(1).max(64);
export const MAX_TEXT = 1000;
const Text = z.string().min(1).max(MAX_TEXT);
const Turn = z.number().int().min(1).max(10_000);

export const Intent = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('decide'),
    id: Id,
    turn: Turn,
    action: Name,
    target: Name.nullable().default(null),
    /** The teacher names the role it plays; a student's role is its own, and naming another is refused. */
    role: Name.optional(),
  }),
  z.strictObject({ type: z.literal('message'), id: Id, to: Name, text: Text }),
  z.strictObject({ type: z.literal('propose'), id: Id, to: Name, terms: Text }),
  z.strictObject({ type: z.literal('answer'), id: Id, proposal: Name, accept: z.boolean() }),
  z.strictObject({
    type: z.literal('forecast'),
    id: Id,
    turn: Turn,
    predictions: z
      .record(Name, z.number().int().min(0).max(100))
      .refine((p) => Object.keys(p).length <= 32, 'at most 32 predictions'),
  }),
  z.strictObject({ type: z.literal('pause'), id: Id }),
  z.strictObject({ type: z.literal('resume'), id: Id }),
  z.strictObject({ type: z.literal('advance'), id: Id }),
  z.strictObject({ type: z.literal('end'), id: Id }),
  z.strictObject({
    type: z.literal('takeover'),
    id: Id,
    role: Name,
    /** Who plays the role from now: the teacher (the default) or its rule table. */
    to: z.enum(['teacher', 'table']).default('teacher'),
  }),
  z.strictObject({ type: z.literal('handback'), id: Id, role: Name }),
  z.strictObject({ type: z.literal('kick'), id: Id, member: Name }),
  z.strictObject({ type: z.literal('inject'), id: Id, event: z.unknown() }),
  /** Whether students see why the rule tables chose their actions (the log's conditions and nearest flip). */
  z.strictObject({ type: z.literal('reasons'), id: Id, show: z.boolean() }),
]);
export type Intent = z.infer<typeof Intent>;
export const INTENT_TYPES: readonly string[] = Intent.options.map((o) => o.shape.type.value);
export const TEACHER_ONLY = new Set([
  'pause',
  'resume',
  'advance',
  'end',
  'takeover',
  'handback',
  'kick',
  'inject',
  'reasons',
]);
export const STUDENT_ONLY = new Set(['propose', 'answer', 'forecast']);
