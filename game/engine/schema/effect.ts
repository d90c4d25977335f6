import { z } from 'zod';
import { Citations } from './citation.ts';
import { ActorId, FlagName, IndicatorName, Int, Scalar, SnakeId, ZoneId } from './ids.ts';

/** `$target` stands for the target chosen for the action (a zone or an actor id). */
export const TARGET = '$target';
const ZoneRef = z.union([ZoneId, z.literal(TARGET)]);
const ActorRef = z.union([ActorId, z.literal(TARGET)]);

export const ZoneFields = [
  'control',
  'isisk',
  'opium',
  'refugees',
  'security',
  'stability',
  'taliban',
] as const;
export const NumericZoneFields = ['isisk', 'opium', 'refugees', 'security', 'stability', 'taliban'] as const;
export const ZoneField = z.enum(ZoneFields);
export type ZoneField = z.infer<typeof ZoneField>;

/** The closed set of effect kinds. Every change an action or an event makes is one of these. */
export const Effect = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('indicator'), indicator: IndicatorName, add: Int, citations: Citations }),
  z.strictObject({
    kind: z.literal('zone'),
    zone: ZoneRef,
    field: ZoneField,
    add: Int.optional(),
    set: z.union([Int, ActorId]).optional(),
    citations: Citations,
  }),
  z.strictObject({
    kind: z.literal('relation'),
    from: ActorRef,
    to: ActorRef,
    add: Int,
    citations: Citations,
  }),
  z.strictObject({ kind: z.literal('flag'), flag: FlagName, set: Scalar, citations: Citations }),
  z.strictObject({ kind: z.literal('posture'), actor: ActorRef, set: SnakeId, citations: Citations }),
]);
export type Effect = z.infer<typeof Effect>;
export type EffectKind = Effect['kind'];
