import { z } from 'zod';

/** A passage of one of the reports in ../shared/seeds, quoted word for word (whitespace runs count as one). */
export const Citation = z.strictObject({
  source: z
    .string()
    .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a report file name such as 001_09ab83d40f3f135c.txt'),
  quote: z.string().min(20, 'a quote of at least 20 characters').max(2000),
});
export type Citation = z.infer<typeof Citation>;

export const Citations = z.array(Citation).min(1, 'at least one citation');
