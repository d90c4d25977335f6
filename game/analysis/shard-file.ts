import { z } from 'zod';
import { KEY_OUTCOMES } from './divergence.ts';
import { type ExplorePlan, inPlanOrder, type RunOutcome } from './explore.ts';
import type { SeedRange, ShardId } from './shards.ts';

export const SHARD_FORMAT = 'greatgame-explore-shard';
/** 2 added each run's key outcomes and first divergence from its reference (issue 14). */
export const SHARD_VERSION = 2;

const Hash = z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits');
const Seed = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const Id = z.string().min(1);

/**
 * What `explore --shard K/N --out FILE` writes: the sweep it is a slice of (scenario, variants, reports left
 * out, the whole seed range), what played it (engine version, each variant's content hash, as a replay's
 * `scenarioHash`), which slice it is, and every run of the slice with its final hash, metrics, key outcomes
 * and the turn it first diverges from its reference. `merge` needs nothing else to print what the unsharded
 * sweep prints.
 */
export const ShardFile = z.strictObject({
  format: z.literal(SHARD_FORMAT),
  version: z.literal(SHARD_VERSION),
  engineVersion: Id,
  scenario: Id,
  /** The first is the reference, as in `--variants`. */
  variants: z.array(Id).min(1),
  withoutSource: z.array(Id),
  /** variant -> the hash of its resolved content. */
  scenarioHashes: z.record(z.string(), Hash),
  /** The whole sweep's seeds, which every shard of it shares. */
  seeds: z.strictObject({ first: Seed, last: Seed }),
  /** This slice: shard `index` of `count`, and the seeds it played. */
  shard: z.strictObject({
    index: z.number().int().min(1),
    count: z.number().int().min(1),
    first: Seed,
    last: Seed,
  }),
  /** The metric names, in the order of every run's `values`. */
  metrics: z.array(Id).min(1),
  /** The key outcome flags, in the order of the bits of every run's `set`. */
  keyOutcomes: z.array(Id),
  /**
   * Every run of the slice in plan order: variant by variant, each by seed. `set` has bit i (value 2^i) on when
   * the run ends with key outcome i: one integer, as cheap to check as a metric, where an array per run made a
   * merge's schema check half as slow again (measured). `divergedAt` is the first turn whose state differs from
   * the reference's run of the same seed, null if none does.
   */
  runs: z.array(
    z.strictObject({
      variant: Id,
      seed: Seed,
      hash: Hash,
      values: z.array(z.number().int()),
      set: z.number().int().min(0),
      divergedAt: z.number().int().min(0).nullable(),
    }),
  ),
});
export type ShardFile = z.infer<typeof ShardFile>;

export interface ShardMaking {
  plan: ExplorePlan;
  outcomes: readonly RunOutcome[];
  sweep: SeedRange;
  shard: ShardId;
  engineVersion: string;
  scenarioHashes: Record<string, string>;
}

/** The shard file of a slice's outcomes, in plan order whichever worker played what. */
export function shardFileOf(making: ShardMaking): ShardFile {
  const { plan, sweep, shard } = making;
  const ordered = [...inPlanOrder(plan, making.outcomes).values()].flat();
  const metrics = Object.keys(ordered[0]?.metrics ?? {});
  const names = metrics.join(',');
  return {
    format: SHARD_FORMAT,
    version: SHARD_VERSION,
    engineVersion: making.engineVersion,
    scenario: plan.scenario,
    variants: [...plan.variants],
    withoutSource: [...plan.withoutSource],
    scenarioHashes: { ...making.scenarioHashes },
    seeds: { first: sweep.first, last: sweep.last },
    shard: {
      index: shard.index,
      count: shard.count,
      first: plan.seeds[0] ?? 0,
      last: plan.seeds[plan.seeds.length - 1] ?? 0,
    },
    metrics,
    keyOutcomes: KEY_OUTCOMES.map((k) => k.flag),
    runs: ordered.map((o) => {
      // One list of names for the file holds only if every run has the same metrics, as runs of one scenario do.
      if (Object.keys(o.metrics).join(',') !== names)
        throw new Error(`${o.variant} seed ${o.seed} has other metrics than the first run`);
      return {
        variant: o.variant,
        seed: o.seed,
        hash: o.hash,
        values: metrics.map((m) => o.metrics[m] ?? 0),
        set: KEY_OUTCOMES.reduce((bits, { flag }, i) => (o.keyOutcomes[flag] ? bits | (1 << i) : bits), 0),
        divergedAt: o.divergedAt ?? null,
      };
    }),
  };
}

/** A shard file without its runs: what every shard of one sweep must agree on, and which slice it is. */
export type ShardHeader = Omit<ShardFile, 'runs'>;

/** A shard file's runs as the outcomes explore played. */
export function outcomesOf(file: ShardFile): RunOutcome[] {
  // Each record a copy of one template, so that V8 gives them all one compact shape: filled key by key, a
  // million records of a big merge took five times the memory and seven times the time (measured).
  const template: Record<string, number> = Object.fromEntries(file.metrics.map((m) => [m, 0]));
  const flags: Record<string, boolean> = Object.fromEntries(file.keyOutcomes.map((f) => [f, false]));
  return file.runs.map((run) => {
    const metrics = { ...template };
    for (const [i, name] of file.metrics.entries()) metrics[name] = run.values[i] ?? 0;
    const keyOutcomes = { ...flags };
    for (const [i, flag] of file.keyOutcomes.entries()) keyOutcomes[flag] = (run.set & (1 << i)) !== 0;
    return {
      variant: run.variant,
      seed: run.seed,
      hash: run.hash,
      metrics,
      keyOutcomes,
      divergedAt: run.divergedAt,
    };
  });
}

/**
 * Checks the envelope before the full schema, so that a file that is not a shard, or comes from a newer
 * greatgame, says so instead of listing schema errors.
 */
export function shardVersionProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'is not an explore shard: expected a JSON object';
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== SHARD_FORMAT)
    return `is not an explore shard: expected format "${SHARD_FORMAT}", found ${JSON.stringify(format ?? null)}`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return `has an invalid version ${JSON.stringify(version ?? null)}: expected ${SHARD_VERSION}`;
  if (version > SHARD_VERSION)
    return `is shard format version ${version}, which needs a newer greatgame (this one reads version ${SHARD_VERSION})`;
  if (version < SHARD_VERSION)
    return `is shard format version ${version}, from an older greatgame: it lacks the key outcomes and divergence that version ${SHARD_VERSION} adds, so play its sweep's shards again`;
  return null;
}
