import { z } from 'zod';
import { ActionId, ActorId, Int, KebabId, RuleId, Scalar, SnakeId, YearMonth } from './ids.ts';

export const Outcome = z.enum(['success', 'failure', 'blocked']);
export type Outcome = z.infer<typeof Outcome>;

/**
 * The nearest flip: the higher-priority row that one input, changed least, would have made fire instead
 * (`input` from `from` to `to`). Keys sorted, like every object in the log.
 */
export const Flip = z.strictObject({
  from: Scalar.nullable(),
  input: z.string(),
  ruleId: RuleId,
  to: Scalar.nullable(),
});
export type Flip = z.infer<typeof Flip>;

/** Why an AI actor chose its action: the values of every input its fired row read, and the nearest flip. */
export const Why = z.strictObject({
  conditions: z.record(z.string(), Scalar.nullable()),
  flip: Flip.nullable(),
});
export type Why = z.infer<typeof Why>;

export const ActionRecord = z.strictObject({
  action: ActionId,
  actor: ActorId,
  outcome: Outcome,
  ruleId: RuleId.nullable(),
  target: SnakeId.nullable(),
  why: Why.nullable(),
});
export type ActionRecord = z.infer<typeof ActionRecord>;

export const EventRecord = z.strictObject({ id: KebabId, source: z.enum(['scheduled', 'deck']) });
export type EventRecord = z.infer<typeof EventRecord>;

/** One turn of the game record. It lives beside the state, never inside it, and holds ids, not quote text. */
export const TurnLog = z.strictObject({
  actions: z.array(ActionRecord),
  date: YearMonth,
  events: z.array(EventRecord),
  indicators: z.record(SnakeId, Int),
  scores: z.record(ActorId, Int),
  turn: z.number().int().min(1),
});
export type TurnLog = z.infer<typeof TurnLog>;
