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

/**
 * What the world phase changed on its own, and why: a Taliban takeover (their share reached the takeover share
 * with no US garrison to stop it), a garrison holding a zone that would have fallen, the capital holding out
 * while the provinces stand, ISIS-K recruiting where
 * order is weak or losing ground where it is pressed, people fleeing disorder or returning to order. In this order
 * in the log.
 */
export const WorldCause = z.enum([
  'taliban-takeover',
  'garrison-holds',
  'capital-holds',
  'isisk-recruits',
  'isisk-pressed',
  'refugees-flee',
  'refugees-return',
]);
export type WorldCause = z.infer<typeof WorldCause>;

/** One cause of the world phase and the zones, in id order, where it acted this turn. */
export const WorldChange = z.strictObject({ cause: WorldCause, zones: z.array(SnakeId).min(1) });
export type WorldChange = z.infer<typeof WorldChange>;

/** One turn of the game record. It lives beside the state, never inside it, and holds ids, not quote text. */
export const TurnLog = z.strictObject({
  actions: z.array(ActionRecord),
  date: YearMonth,
  events: z.array(EventRecord),
  indicators: z.record(SnakeId, Int),
  scores: z.record(ActorId, Int),
  turn: z.number().int().min(1),
  world: z.array(WorldChange),
});
export type TurnLog = z.infer<typeof TurnLog>;
