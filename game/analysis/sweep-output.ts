import { z } from 'zod';
import type { ExploreSummary, RunOutcome } from './explore.ts';
import type { SensitivitySummary } from './sensitivity.ts';

/**
 * The JSON that `greatgame explore --json` (or `merge --json`) and `sensitivity --json` print, read back and
 * checked, for the explore page. Fields added later are kept and ignored, not refused; a file from before
 * `divergence` was added is refused by name, since the summary the page shows carries it.
 */
const Id = z.string().min(1);
const Seed = z.number().int().min(0);
const Seeds = z.object({ first: Seed, last: Seed });
const Spread = z.object({ mean: z.number(), sd: z.number(), p5: z.number(), p95: z.number() });
const Difference = z.object({ mean: z.number(), low: z.number(), high: z.number(), n: z.number().int() });

const Divergence = z.looseObject({
  pairs: z.number().int().min(0),
  never: Difference,
  firstTurn: z.object({
    median: z.number().nullable(),
    p5: z.number().nullable(),
    p95: z.number().nullable(),
    n: z.number().int().min(0),
  }),
  flips: z.record(
    z.string(),
    Difference.extend({ gained: z.number().int().min(0), lost: z.number().int().min(0) }),
  ),
});

const ExploreJson = z.looseObject({
  scenario: Id,
  variants: z.array(Id).min(1),
  reference: Id,
  runs: z.number().int().min(2),
  seeds: Seeds,
  withoutSource: z.array(Id),
  metrics: z.record(z.string(), z.record(z.string(), Spread)),
  differences: z.record(z.string(), z.record(z.string(), Difference)),
  divergence: z.record(z.string(), Divergence),
});

const SensitivityJson = z.looseObject({
  scenario: Id,
  variant: Id,
  metric: Id,
  by: z.enum(['report', 'row']),
  runs: z.number().int().min(2),
  seeds: Seeds,
  withoutSource: z.array(Id),
  baseline: Spread,
  ablations: z.array(
    z.looseObject({
      id: Id,
      label: z.string(),
      actor: Id.optional(),
      removes: z.object({ rows: z.number(), interests: z.number(), effects: z.number() }),
      effect: Difference,
    }),
  ),
});

/**
 * What a file the CLI wrote holds, or what is wrong with it, in words that name the file and the field. An
 * `explore --csv` file has every run too (`runs`, in plan order), for what a summary lacks: the histograms.
 */
export type SweepOutput =
  | { kind: 'explore'; summary: ExploreSummary; runs?: RunOutcome[] }
  | { kind: 'sensitivity'; summary: SensitivitySummary }
  | { kind: 'refused'; message: string };

const refused = (message: string): SweepOutput => ({ kind: 'refused', message });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'the top level';
  return `${where}: ${issue?.message ?? 'not as expected'}`;
}

/** The checks a schema cannot make: the parts of an explore summary agree with one another. */
function exploreProblem(s: z.infer<typeof ExploreJson>): string | null {
  if (s.reference !== s.variants[0]) return `reference '${s.reference}' is not the first variant`;
  if (s.seeds.last - s.seeds.first + 1 !== s.runs)
    return `seeds ${s.seeds.first}-${s.seeds.last} are not ${s.runs} runs`;
  const metrics = Object.keys(s.metrics);
  if (metrics.length === 0) return 'metrics: none';
  for (const m of metrics)
    for (const v of s.variants) if (!s.metrics[m]?.[v]) return `metrics.${m}: no spread for ${v}`;
  const others = s.variants.slice(1);
  const compared = Object.keys(s.differences);
  if (compared.length !== others.length || others.some((v) => !compared.includes(v)))
    return `differences: expected ${others.join(', ') || 'none'}, found ${compared.join(', ') || 'none'}`;
  for (const v of others)
    for (const m of metrics) if (!s.differences[v]?.[m]) return `differences.${v}: no ${m}`;
  return null;
}

/** A JSON text of `explore --json`, `merge --json` or `sensitivity --json`, by what it holds. */
export function readSweepJson(name: string, text: string): SweepOutput {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return refused(`${name} is not JSON: ${(e as Error).message}`);
  }
  const shape = data !== null && typeof data === 'object' && !Array.isArray(data) ? data : null;
  if (shape && (shape as { format?: unknown }).format === 'greatgame-explore-shard')
    return refused(
      `${name} is a shard of a sweep: combine the shards with \`greatgame merge FILES --json\` and open that`,
    );
  if (shape && 'ablations' in shape) {
    const read = SensitivityJson.safeParse(data);
    if (!read.success) return refused(`${name} is not sensitivity --json output: ${firstIssue(read.error)}`);
    return { kind: 'sensitivity', summary: read.data as SensitivitySummary };
  }
  if (shape && 'differences' in shape) {
    const read = ExploreJson.safeParse(data);
    if (!read.success) return refused(`${name} is not explore --json output: ${firstIssue(read.error)}`);
    const problem = exploreProblem(read.data);
    if (problem) return refused(`${name} is not explore --json output: ${problem}`);
    return { kind: 'explore', summary: read.data as unknown as ExploreSummary };
  }
  return refused(
    `${name} is neither explore --json nor sensitivity --json output: it has no "differences" and no "ablations"`,
  );
}
