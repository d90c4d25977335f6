import { z } from 'zod';
import { ActorId, FlagName, IndicatorName, Int, KebabId, Scalar, SnakeId, ZoneId } from './ids.ts';

/**
 * An event a teacher injects into a classroom game before a turn: a card of the scenario's deck by id, or a
 * custom event made of the closed set of effect kinds. A custom event cites no report (the teacher is its
 * source) and names no `$target`, since no action chose one.
 */
export const CustomEffect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('indicator'), indicator: IndicatorName, add: Int }),
  z.strictObject({
    kind: z.literal('zone'),
    zone: ZoneId,
    field: z.enum(['control', 'isisk', 'opium', 'refugees', 'security', 'stability', 'taliban']),
    add: Int.optional(),
    set: z.union([Int, ActorId]).optional(),
  }),
  z.strictObject({ kind: z.literal('relation'), from: ActorId, to: ActorId, add: Int }),
  z.strictObject({ kind: z.literal('flag'), flag: FlagName, set: Scalar }),
  z.strictObject({ kind: z.literal('posture'), actor: ActorId, set: SnakeId }),
]);
export type CustomEffect = z.infer<typeof CustomEffect>;

export const CustomEvent = z.strictObject({
  id: KebabId,
  title: z.string().min(1).max(200),
  effects: z.array(CustomEffect).min(1).max(16),
});
export type CustomEvent = z.infer<typeof CustomEvent>;

export const InjectedEvent = z.union([KebabId, CustomEvent]);
export type InjectedEvent = z.infer<typeof InjectedEvent>;

/** In a replay file: `event` was injected before turn `turn` was played, in list order. */
export const Injection = z.strictObject({ turn: z.number().int().min(1), event: InjectedEvent });
export type Injection = z.infer<typeof Injection>;
