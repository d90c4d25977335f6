import { z } from 'zod';
import { Citations } from './citation.ts';
import { ALWAYS, Condition } from './condition.ts';
import { Effect } from './effect.ts';
import { ActionId, ActorId, IndicatorName, KebabId, PerMille, RuleId, SnakeId, ZoneId } from './ids.ts';

/** A goal the actor scores every turn: how far an indicator is from where it wants it. */
export const Interest = z.strictObject({
  id: KebabId,
  title: z.string().min(3).max(200),
  indicator: IndicatorName,
  want: z.enum(['up', 'down']),
  weight: z.number().int().min(1).max(100),
  citations: Citations,
});
export type Interest = z.infer<typeof Interest>;

/** Which targets an action takes: none, or a zone or actor among a fixed list. */
export const TargetSpec = z.strictObject({
  kind: z.enum(['zone', 'actor']),
  among: z.array(z.union([ZoneId, ActorId])).min(1),
});
export type TargetSpec = z.infer<typeof TargetSpec>;

/**
 * What kind of action a lever is, from a closed list: the map draws each kind as its own badge
 * (game/scenes/icons.ts), and the legend explains them. `other` is for a lever that fits none of the rest.
 */
export const LeverKinds = z.enum([
  'talks',
  'recognition',
  'pressure',
  'trade',
  'humanitarian',
  'narcotics',
  'border',
  'troops',
  'arms',
  'fighting',
  'isisk_strike',
  'terror',
  'isisk_growth',
  'withdrawal',
  'other',
]);
export type LeverKind = z.infer<typeof LeverKinds>;

/** An action (lever) an actor can take: when it is legal, what it costs, how likely it works, what it does. */
export const Lever = z.strictObject({
  id: ActionId,
  title: z.string().min(3).max(200),
  kind: LeverKinds,
  target: TargetSpec.nullable().default(null),
  requires: Condition.default(ALWAYS),
  cost: z.number().int().min(0).max(100).default(0),
  chance: PerMille.default(1000),
  onSuccess: z.array(Effect).max(30),
  onFailure: z.array(Effect).max(30).default([]),
  citations: Citations,
});
export type Lever = z.infer<typeof Lever>;

export const TargetRule = z.union([
  ZoneId,
  z.strictObject({ maxBy: z.string().regex(/^zones\.\*\.[a-z_]+$/, 'zones.*.FIELD') }),
  z.strictObject({ minBy: z.string().regex(/^zones\.\*\.[a-z_]+$/, 'zones.*.FIELD') }),
]);
export type TargetRule = z.infer<typeof TargetRule>;

/** One row of a COIN-style rule table: if `when` holds and the action is legal, the row is eligible. */
export const RuleRow = z.strictObject({
  id: RuleId,
  priority: z.number().int().min(0).max(1000),
  weight: z.number().int().min(1).max(1000).default(1),
  when: Condition,
  do: z.strictObject({ action: ActionId, target: TargetRule.nullable().default(null) }),
  citations: Citations,
});
export type RuleRow = z.infer<typeof RuleRow>;

export const ActorFile = z.strictObject({
  id: ActorId,
  name: z.string().min(2).max(80),
  postures: z.array(SnakeId).min(1),
  interests: z.array(Interest).min(1),
  levers: z.array(Lever),
  rules: z.array(RuleRow).min(1),
});
export type ActorFile = z.infer<typeof ActorFile>;
