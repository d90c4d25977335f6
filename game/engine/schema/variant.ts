import { z } from 'zod';
import { RuleRow } from './actor.ts';
import { Citation } from './citation.ts';
import { ActorId, IndicatorName, KebabId, RuleId, Scalar } from './ids.ts';
import { DeckCard, ScheduledEvent } from './scenario.ts';

/**
 * A path into the resolved content: `scenario.…`, `events.…` or `actors.<id>.…`, with array items
 * addressed by id in brackets: `scenario.zones[af_east].isisk`, `actors.russia.rules[russia.talks].weight`.
 */
export const ContentPath = z
  .string()
  .regex(
    /^(scenario|events|actors\.[a-z][a-z0-9_]*)(\.[a-zA-Z_][a-zA-Z0-9_]*(\[[a-z0-9_.-]+\])?)+$/,
    'a path such as scenario.zones[af_east].isisk or actors.russia.rules[russia.talks].weight',
  );

/** The closed set of variant operations (DESIGN.md 4b). */
export const VariantOp = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), path: ContentPath, value: z.union([Scalar, z.null()]) }),
  z.strictObject({
    op: z.literal('addRows'),
    actor: ActorId,
    /** The row the new rows follow; null puts them first. */
    after: RuleId.nullable(),
    rows: z.array(RuleRow).min(1).max(50),
  }),
  z.strictObject({ op: z.literal('removeRows'), ids: z.array(RuleId).min(1) }),
  z.strictObject({
    op: z.literal('addEvents'),
    scheduled: z.array(ScheduledEvent).default([]),
    cards: z.array(DeckCard).default([]),
  }),
  z.strictObject({ op: z.literal('removeEvents'), ids: z.array(KebabId).min(1) }),
]);
export type VariantOp = z.infer<typeof VariantOp>;

/** A counterfactual: the passage that raises its question, where it applies, what it should move, how. */
export const VariantFile = z.strictObject({
  id: KebabId,
  title: z.string().min(3).max(120),
  question: Citation,
  appliesTo: z.array(KebabId).min(1),
  expect: z.record(IndicatorName, z.enum(['up', 'down'])),
  ops: z.array(VariantOp).min(1).max(100),
});
export type VariantFile = z.infer<typeof VariantFile>;
