import { z } from 'zod';

// Ids are lowercase and never look like integers: JavaScript orders integer-like keys before the others,
// which would break the sorted-key guarantee that makes JSON.stringify canonical (see docs/engine.md).
export const SnakeId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a lowercase snake_case id such as af_north');
export const KebabId = z
  .string()
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'a kebab-case id such as fall-of-kabul');
export const RuleId = z
  .string()
  .regex(
    /^[a-z][a-z0-9_]*\.[a-z0-9]+(-[a-z0-9]+)*$/,
    'a rule id <actor>.<kebab-slug> such as russia.border-drill',
  );

export const ActorId = SnakeId;
export const ZoneId = SnakeId;
export const IndicatorName = SnakeId;
export const ActionId = SnakeId;
export const FlagName = SnakeId;

/** Calendar month `YYYY-MM`; quarters are named by their first month (2016-Q4 is 2016-10). */
export const YearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM such as 2021-08');

/** Every number in state is an integer; indicators, zone fields and relations stay within 0..100. */
export const Int = z.number().int().min(-1_000_000).max(1_000_000);
export const Level = z.number().int().min(0).max(100);
export const PerMille = z.number().int().min(0).max(1000);

export const Scalar = z.union([z.string().max(200), Int, z.boolean()]);
export type Scalar = z.infer<typeof Scalar>;
