import { z } from 'zod';
import { INTENT_TYPES, Intent } from '../../protocol/intents.ts';

/** CLASSROOM.md: every client message is one JSON object of at most 16 KB. */
export const MAX_FRAME = 16 * 1024;

export type Parsed =
  | { ok: true; intent: Intent }
  | { ok: false; id: string | null; code: string; message: string };

const Envelope = z.object({ id: z.string().min(1).max(64), type: z.string().max(64) });

/** One frame in, one intent or one error out: this never throws, whatever arrives. */
export function parseFrame(data: Buffer | string, binary: boolean): Parsed {
  const size = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  if (size > MAX_FRAME)
    return { ok: false, id: null, code: 'too_large', message: `a message is at most ${MAX_FRAME} bytes` };
  if (binary) return { ok: false, id: null, code: 'malformed', message: 'messages are JSON text' };
  let json: unknown;
  try {
    json = JSON.parse(data.toString());
  } catch {
    return { ok: false, id: null, code: 'malformed', message: 'a message is one JSON object' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, id: null, code: 'malformed', message: 'a message is one JSON object' };
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) {
    const id =
      typeof (json as { id?: unknown }).id === 'string' ? (json as { id: string }).id.slice(0, 64) : null;
    return { ok: false, id, code: 'malformed', message: 'a message has a string `id` and a string `type`' };
  }
  const { id, type } = envelope.data;
  if (!INTENT_TYPES.includes(type))
    return { ok: false, id, code: 'unknown_type', message: `unknown message type '${type}'` };
  const intent = Intent.safeParse(json);
  if (!intent.success) {
    const issue = intent.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, id, code: 'invalid', message: `${type}: ${where}${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, intent: intent.data };
}
