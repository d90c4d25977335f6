import { KEY_OUTCOMES } from './divergence.ts';
import type { ExplorePlan, RunOutcome } from './explore.ts';
import { outcomesOf, type ShardFile, type ShardHeader } from './shard-file.ts';
import { MAX_SWEEP_RUNS, MIN_SWEEP_RUNS, runsOf, type SeedRange, seedsOf, shardSeeds } from './shards.ts';

/**
 * One file's part of a merge: the name to give in messages (the path the user typed), its header, and its runs
 * as outcomes. The parsed file itself need not be kept, which matters for a sweep of millions of runs.
 */
export interface ShardPart {
  name: string;
  header: ShardHeader;
  outcomes: RunOutcome[];
}

type Refusal = { ok: false; file: string | null; reason: string };

export type Merged = { ok: true; plan: ExplorePlan; outcomes: RunOutcome[] } | Refusal;

const range = (r: SeedRange) => (r.first === r.last ? `seed ${r.first}` : `seeds ${r.first}-${r.last}`);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What is wrong inside one file, whatever the others hold; null if nothing. */
function shardProblem(file: ShardFile): string | null {
  const { seeds, shard, variants } = file;
  if (seeds.first > seeds.last) return `seeds: first ${seeds.first} is after last ${seeds.last}`;
  if (runsOf(seeds) < MIN_SWEEP_RUNS || runsOf(seeds) > MAX_SWEEP_RUNS)
    return `seeds: ${range(seeds)}, but a sweep has ${MIN_SWEEP_RUNS} to ${MAX_SWEEP_RUNS} seeds`;
  if (shard.index > shard.count) return `shard ${shard.index}/${shard.count}: there are only ${shard.count}`;
  if (shard.count > runsOf(seeds))
    return `shard count ${shard.count}: more shards than the ${runsOf(seeds)} seeds of the sweep`;
  const slice = shardSeeds(seeds, shard);
  if (slice.first !== shard.first || slice.last !== shard.last)
    return `shard ${shard.index}/${shard.count} of ${range(seeds)} is ${range(slice)}, but the file says ${range(shard)}`;
  const twice = variants.find((v, i) => variants.indexOf(v) !== i);
  if (twice !== undefined) return `variants: '${twice}' is listed twice`;
  if (!same(Object.keys(file.scenarioHashes).sort(), [...variants].sort()))
    return `scenarioHashes: expected one hash for each of ${variants.join(', ')}`;
  const metricTwice = file.metrics.find((m, i) => file.metrics.indexOf(m) !== i);
  if (metricTwice !== undefined) return `metrics: '${metricTwice}' is listed twice`;
  const expected = KEY_OUTCOMES.map((k) => k.flag);
  if (!same(file.keyOutcomes, expected))
    return `keyOutcomes: expected ${expected.join(', ')}, found ${file.keyOutcomes.join(', ') || 'none'}`;
  return runsProblem(file, slice);
}

/** The runs must be every variant on every seed of the slice, in plan order, each with a value per metric. */
function runsProblem(file: ShardFile, slice: SeedRange): string | null {
  const perVariant = runsOf(slice);
  const expected = perVariant * file.variants.length;
  if (file.runs.length !== expected)
    return `runs: ${file.runs.length} runs, but ${file.variants.length} variants on ${range(slice)} are ${expected}`;
  for (const [i, run] of file.runs.entries()) {
    const variant = file.variants[Math.floor(i / perVariant)];
    const seed = slice.first + (i % perVariant);
    if (run.variant !== variant || run.seed !== seed)
      return `runs[${i}]: expected ${variant} seed ${seed}, found ${run.variant} seed ${run.seed}`;
    if (run.values.length !== file.metrics.length)
      return `runs[${i}]: ${run.values.length} values for ${file.metrics.length} metrics`;
    if (run.set >= 2 ** file.keyOutcomes.length)
      return `runs[${i}]: set ${run.set} has bits beyond the ${file.keyOutcomes.length} key outcomes`;
    // The reference run is its own reference: it cannot diverge from itself.
    if (i < perVariant && run.divergedAt !== null)
      return `runs[${i}]: the reference run diverges from itself at turn ${run.divergedAt}`;
  }
  return null;
}

/** What must be the same in every shard of one sweep, and how to name it in a message. */
const SHARED: [string, (f: ShardHeader) => unknown][] = [
  ['scenario', (f) => f.scenario],
  ['variants', (f) => f.variants],
  ['reports left out (withoutSource)', (f) => f.withoutSource],
  ['engine version', (f) => f.engineVersion],
  ['content (scenarioHashes)', (f) => f.scenarioHashes],
  ['seeds of the sweep', (f) => `${f.seeds.first}-${f.seeds.last}`],
  ['shard count', (f) => f.shard.count],
  ['metrics', (f) => f.metrics],
];

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A file checked on its own, as its part of a merge, or why it cannot be one. */
export function shardPart(name: string, file: ShardFile): { ok: true; part: ShardPart } | Refusal {
  const problem = shardProblem(file);
  if (problem !== null) return { ok: false, file: name, reason: problem };
  const { runs: _, ...header } = file;
  return { ok: true, part: { name, header, outcomes: outcomesOf(file) } };
}

/**
 * Combines the shards of one sweep into the plan and outcomes of the unsharded sweep, or says which file is
 * wrong and why: a file from another sweep (scenario, variants, reports, engine, content, seeds or shard
 * count), two files of one slice, or a slice no file holds.
 */
export function mergeShards(parts: readonly ShardPart[]): Merged {
  const first = parts[0];
  if (first === undefined) return { ok: false, file: null, reason: 'no shard files given' };
  for (const { name, header } of parts)
    for (const [what, of] of SHARED)
      if (!same(of(header), of(first.header)))
        return {
          ok: false,
          file: name,
          reason: `from another sweep: ${what} ${shown(of(header))} here, ${shown(of(first.header))} in ${first.name}`,
        };
  const byIndex = new Map<number, string>();
  for (const { name, header: file } of parts) {
    const other = byIndex.get(file.shard.index);
    if (other !== undefined)
      return {
        ok: false,
        file: name,
        reason: `overlaps ${other}: both are shard ${file.shard.index}/${file.shard.count} (${range(file.shard)})`,
      };
    byIndex.set(file.shard.index, name);
  }
  const { seeds, shard, scenario, variants, withoutSource } = first.header;
  const missing = Array.from({ length: shard.count }, (_, i) => i + 1).filter((k) => !byIndex.has(k));
  if (missing.length > 0) {
    const listed = missing
      .slice(0, 5)
      .map((k) => `${k}/${shard.count} (${range(shardSeeds(seeds, { index: k, count: shard.count }))})`);
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
    return {
      ok: false,
      file: null,
      reason: `missing shard${missing.length > 1 ? 's' : ''} ${listed.join(', ')}${more}: only ${parts.length} of the ${shard.count} shards of ${first.name}'s sweep were given`,
    };
  }
  return {
    ok: true,
    plan: { scenario, variants: [...variants], seeds: seedsOf(seeds), withoutSource: [...withoutSource] },
    outcomes: parts.flatMap((p) => p.outcomes),
  };
}
