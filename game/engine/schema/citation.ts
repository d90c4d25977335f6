import { z } from 'zod';
import { YearMonth } from './ids.ts';

/** The months a quote describes, both included: "In 2016-2017 ..." is {from: '2016-01', to: '2017-12'}. */
export const CitationPeriod = z
  .strictObject({ from: YearMonth, to: YearMonth })
  .refine((p) => p.from <= p.to, { message: 'expected from on or before to' });
export type CitationPeriod = z.infer<typeof CitationPeriod>;

/**
 * A passage of one of the reports in ../shared/seeds, quoted word for word (whitespace runs count as one).
 * `period` says which months the passage describes; `background: true` marks a passage that describes no
 * particular time (an interest, a standing capability). A move made after its quote's period shows it as
 * background (game/text/citation-period.ts).
 */
export const Citation = z
  .strictObject({
    source: z
      .string()
      .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a report file name such as 001_09ab83d40f3f135c.txt'),
    quote: z.string().min(20, 'a quote of at least 20 characters').max(2000),
    period: CitationPeriod.optional(),
    background: z.literal(true).optional(),
  })
  .refine((c) => !(c.period && c.background), {
    message: 'expected a period or background: true, not both',
    path: ['background'],
  });
export type Citation = z.infer<typeof Citation>;

export const Citations = z.array(Citation).min(1, 'at least one citation');
