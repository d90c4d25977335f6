import { z } from 'zod';
import { Citation } from './citation.ts';
import { Condition } from './condition.ts';
import { ActionId, ActorId, KebabId, SnakeId, YearMonth } from './ids.ts';
import { Outcome } from './log.ts';

/**
 * A window of months, both ends included; an end left out is the scenario's own start or end. A turn belongs to
 * the window when the month it is dated by does.
 */
const Window = { from: YearMonth.optional(), to: YearMonth.optional() };

/** A scheduled or deck event fired (or, with `fired: false`, never fired) within the window. */
const EventCheck = z.strictObject({
  kind: z.literal('event'),
  event: KebabId,
  fired: z.boolean().default(true),
  ...Window,
});

/**
 * An actor took an action (or, with `taken: false`, never took it) within the window. `outcome` narrows what
 * counts: `success` by default, since a failed attempt is not the deed; `any` counts every attempt.
 */
const ActionCheck = z.strictObject({
  kind: z.literal('action'),
  actor: ActorId,
  action: ActionId,
  target: SnakeId.optional(),
  outcome: z.union([Outcome, z.literal('any')]).default('success'),
  taken: z.boolean().default(true),
  ...Window,
});

/**
 * A condition on the state after a turn, in the rule tables' own language (`indicators.X`, `zones.Z.F`,
 * `flags.F`, ...): it holds after `always` (every) or `ever` (at least one) turn of the window.
 */
const StateCheck = z.strictObject({
  kind: z.literal('state'),
  when: Condition,
  holds: z.enum(['always', 'ever']).default('always'),
  ...Window,
});

export const HistoryCheck = z.discriminatedUnion('kind', [EventCheck, ActionCheck, StateCheck]);
export type HistoryCheck = z.infer<typeof HistoryCheck>;

/**
 * One thing the reports record happening, as a check over a game's record. `target` is the share of seeds
 * (0 to 1) in which the baseline should reproduce it: 1 for what the tables must never get wrong, less where
 * the reports describe a likelihood or the model draws.
 */
export const HistoryClaim = z.strictObject({
  id: KebabId,
  text: z.string().min(10).max(300),
  citation: Citation,
  check: HistoryCheck,
  target: z.number().min(0).max(1),
});
export type HistoryClaim = z.infer<typeof HistoryClaim>;

/**
 * scenarios/<scenario>/history.json: the scenario's historical record as checkable claims. It sits outside the
 * played content (no rule reads it, and the content hash leaves it out), so that adding a claim never changes a
 * game or breaks a recorded replay.
 */
export const HistoryFile = z.strictObject({
  claims: z.array(HistoryClaim).max(200),
});
export type HistoryFile = z.infer<typeof HistoryFile>;
