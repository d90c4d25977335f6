import { z } from 'zod';
import { ActionId, ActorId, SnakeId } from './ids.ts';
import { Injection } from './injection.ts';

export const REPLAY_FORMAT = 'greatgame-replay';
export const REPLAY_VERSION = 1;

/** A human decision, as `run --decisions FILE` takes them and replay files record them. */
export const DecisionEntry = z.strictObject({
  turn: z.number().int().min(1),
  actor: ActorId,
  action: ActionId,
  target: SnakeId.nullable().default(null),
});
export type DecisionEntry = z.infer<typeof DecisionEntry>;
export const DecisionList = z.array(DecisionEntry);

const Hash = z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits');

export const ReplayFile = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  version: z.literal(REPLAY_VERSION),
  engineVersion: z.string().min(1),
  scenario: z.string().min(1),
  scenarioHash: Hash,
  variant: z.string().min(1),
  seed: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  options: z.strictObject({ withoutSource: z.array(z.string()) }),
  decisions: z.array(DecisionEntry),
  hashes: z.array(Hash).min(1),
  /** Events a classroom's teacher injected, each applied before its turn; absent in a game without any. */
  injections: z.array(Injection).optional(),
});
export type ReplayFile = z.infer<typeof ReplayFile>;
