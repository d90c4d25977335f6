import { z } from 'zod';
import { Scalar } from './ids.ts';

export const Operators = ['<', '<=', '==', '!=', '>=', '>', 'in'] as const;
export const Operator = z.enum(Operators);
export type Operator = z.infer<typeof Operator>;

/**
 * One comparison. `input` is a path from the closed list of docs/engine.md (`indicators.X`, `zones.Z.F`,
 * `relations.A.B`, `actors.A.posture`, `actors.A.resources`, `date`, `turn`, `last.A`, `flags.F`);
 * the content checker rejects any other.
 */
export const Atom = z.strictObject({
  input: z.string().min(1),
  op: Operator,
  value: z.union([Scalar, z.array(Scalar).min(1).max(50)]),
});
export type Atom = z.infer<typeof Atom>;

export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Atom;

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).max(50) }),
    z.strictObject({ any: z.array(Condition).min(1).max(50) }),
    z.strictObject({ not: Condition }),
    Atom,
  ]),
);

export const ALWAYS: Condition = { all: [] };
