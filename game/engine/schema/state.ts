import { z } from 'zod';
import { ActionId, ActorId, Int, Scalar, SnakeId, YearMonth } from './ids.ts';

/**
 * The game state: one plain JSON object. Every object is created with its keys in sorted order and never
 * gains a key later (absent values are null), so JSON.stringify of it is RFC 8785 canonical JSON.
 */
export const Decision = z.strictObject({ action: ActionId, target: SnakeId.nullable() });
export type Decision = z.infer<typeof Decision>;

export const ActorState = z.strictObject({
  lastAction: ActionId.nullable(),
  /** How the last action came out, for rows that react only to one that worked (`last.A.outcome`). */
  lastOutcome: z.enum(['success', 'failure', 'blocked']).nullable(),
  posture: SnakeId,
  resources: Int,
  score: Int,
});
export type ActorState = z.infer<typeof ActorState>;

export const ZoneState = z.strictObject({
  control: ActorId.nullable(),
  isisk: Int.nullable(),
  opium: Int.nullable(),
  refugees: Int.nullable(),
  security: Int.nullable(),
  stability: Int.nullable(),
  taliban: Int.nullable(),
});
export type ZoneState = z.infer<typeof ZoneState>;

export const Meta = z.strictObject({
  date: YearMonth,
  phase: z.enum(['play', 'over']),
  scenario: z.string(),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  turn: z.number().int().min(1),
  turns: z.number().int().min(1),
  variant: z.string(),
  withoutSource: z.array(z.string()),
});
export type Meta = z.infer<typeof Meta>;

export const State = z.strictObject({
  actors: z.record(ActorId, ActorState),
  fired: z.array(z.string()),
  flags: z.record(SnakeId, Scalar),
  indicators: z.record(SnakeId, Int),
  meta: Meta,
  pending: z.record(ActorId, Decision.nullable()),
  relations: z.record(ActorId, z.record(ActorId, Int)),
  zones: z.record(SnakeId, ZoneState),
});
export type State = z.infer<typeof State>;
