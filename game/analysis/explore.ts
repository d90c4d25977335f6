import { withoutRowsSource } from '../content/without-rows.ts';
import type { ContentSource, State, TurnObserver } from '../engine/index.ts';
import { playBatchGame } from '../engine/index.ts';
import { type Divergence, divergenceFrom, divergenceOf, keyOutcomesOf, recordPlayed } from './divergence.ts';
import { type PairedDifference, pairedDifferences, type Spread, spreadOf } from './statistics.ts';

/** What `explore` asks for: every variant is played on the same seeds, so that the runs pair up. */
export interface ExplorePlan {
  scenario: string;
  /** The first is the reference the others are compared with. */
  variants: string[];
  seeds: number[];
  withoutSource: string[];
}

/**
 * How one run is played besides its variant and seed: the scenario, the reports left out and, for
 * `sensitivity --by row`, the rule rows taken out of their tables.
 */
export interface RunChoice {
  scenario: string;
  withoutSource: readonly string[];
  withoutRows?: readonly string[];
}

/**
 * One game's outcome: its final indicators, and each actor's final interest score as `score:ACTOR`. The hash
 * after the last turn identifies the game, so a run can be replayed and checked (`run --seed`).
 */
export interface RunOutcome {
  variant: string;
  seed: number;
  hash: string;
  metrics: Record<string, number>;
  /** The key outcomes at the end (KEY_OUTCOMES): flag -> set. */
  keyOutcomes: Record<string, boolean>;
  /**
   * The first turn whose state differs from the reference variant's run of the same seed (0: the starting
   * states differ), null if none does (always so for the reference itself). Only a run played beside its
   * reference has it (playPaired); `sensitivity`'s runs do not.
   */
  divergedAt?: number | null;
}

/** The metrics of a state: its indicators, then each actor's interest score as `score:ACTOR`, in name order. */
export function metricsOf(state: State): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const name of Object.keys(state.indicators).sort()) metrics[name] = state.indicators[name] ?? 0;
  for (const actor of Object.keys(state.actors).sort())
    metrics[`score:${actor}`] = state.actors[actor]?.score ?? 0;
  return metrics;
}

// One row-removing source per source and list of rows, so that each removal is resolved and compiled once.
const rowSources = new WeakMap<ContentSource, Map<string, ContentSource>>();

function sourceFor(source: ContentSource, rows: readonly string[] | undefined): ContentSource {
  if (!rows || rows.length === 0) return source;
  const key = JSON.stringify([...rows].sort());
  let bySet = rowSources.get(source);
  if (!bySet) {
    bySet = new Map();
    rowSources.set(source, bySet);
  }
  let wrapped = bySet.get(key);
  if (!wrapped) {
    wrapped = withoutRowsSource(source, rows);
    bySet.set(key, wrapped);
  }
  return wrapped;
}

/** Plays one seed of one variant with the tables alone, on the batch path (no immer drafts). */
export function playOutcome(
  source: ContentSource,
  plan: RunChoice,
  variant: string,
  seed: number,
  observe?: TurnObserver,
): RunOutcome {
  const played = playBatchGame(
    sourceFor(source, plan.withoutRows),
    { scenario: plan.scenario, variant, seed, withoutSource: plan.withoutSource },
    observe,
  );
  if (!played.ok) throw new Error(`${plan.scenario}/${variant} seed ${seed}: ${played.error.message}`);
  const { state, hashes } = played.game;
  return {
    variant,
    seed,
    hash: hashes[hashes.length - 1] ?? '',
    metrics: metricsOf(state),
    keyOutcomes: keyOutcomesOf(state),
  };
}

/**
 * Plays a few seeds of every variant, the reference (the first) first, and gives each run the first turn at
 * which it diverges from the reference's of its seed. Only the reference's hashes of these seeds are kept, not
 * every turn's hash of every run to be compared afterwards. Variant by variant, not seed by seed: switching
 * content between games cost a seventh more time (measured: 1.19x plain runs, 1.04x variant by variant).
 */
export function playPaired(
  source: ContentSource,
  plan: RunChoice,
  variants: readonly string[],
  seeds: readonly number[],
): RunOutcome[] {
  const [reference, ...others] = variants;
  if (reference === undefined) return [];
  const played = seeds.map(() => [] as string[]);
  // With no variant to compare, the reference's hashes would go unread.
  const record = (i: number) => (others.length > 0 ? recordPlayed(played[i] ?? []) : undefined);
  return [
    ...seeds.map((seed, i) => ({
      ...playOutcome(source, plan, reference, seed, record(i)),
      divergedAt: null,
    })),
    ...others.flatMap((variant) =>
      seeds.map((seed, i) => {
        const compared = divergenceFrom(played[i] ?? []);
        const outcome = playOutcome(source, plan, variant, seed, compared.observe);
        return { ...outcome, divergedAt: compared.divergedAt() };
      }),
    ),
  ];
}

/** The `explore --json` object. */
export interface ExploreSummary {
  scenario: string;
  variants: string[];
  reference: string;
  runs: number;
  seeds: { first: number; last: number };
  withoutSource: string[];
  /** metric -> variant -> spread, metrics in name order (indicators, then `score:ACTOR`). */
  metrics: Record<string, Record<string, Spread>>;
  /**
   * variant (not the reference) -> metric (same order) -> mean paired difference from the reference, with its
   * 95% interval.
   */
  differences: Record<string, Record<string, PairedDifference>>;
  /**
   * variant (not the reference) -> how its runs diverge from the reference's of the same seeds: the share that
   * never do, the median first turn that differs, and the share in which each key outcome flips.
   */
  divergence: Record<string, Divergence>;
}

/**
 * The outcomes in plan order: variant by variant as listed, each by seed. Workers finish when they finish, so
 * everything that reports outcomes orders them first, and the answer depends only on the plan. Refuses a plan
 * with a run missing or doubled.
 */
export function inPlanOrder(plan: ExplorePlan, outcomes: readonly RunOutcome[]): Map<string, RunOutcome[]> {
  const byVariant = new Map(plan.variants.map((v) => [v, [] as RunOutcome[]]));
  for (const outcome of outcomes) byVariant.get(outcome.variant)?.push(outcome);
  for (const [variant, runs] of byVariant) {
    runs.sort((a, b) => a.seed - b.seed);
    if (runs.length !== plan.seeds.length || runs.some((r, i) => r.seed !== plan.seeds[i]))
      throw new Error(`explore: ${variant} has ${runs.length} of the ${plan.seeds.length} runs planned`);
  }
  return byVariant;
}

/**
 * Summarises the runs of a plan: every metric's spread under each variant, the paired differences, and how each
 * variant's runs diverge from the reference's.
 */
export function summarise(plan: ExplorePlan, outcomes: readonly RunOutcome[]): ExploreSummary {
  const runs = inPlanOrder(plan, outcomes);
  const ordered = new Map([...runs].map(([v, played]) => [v, played.map((r) => r.metrics)]));
  const reference = plan.variants[0] ?? 'baseline';
  const names = Object.keys(ordered.get(reference)?.[0] ?? {});
  const metrics: ExploreSummary['metrics'] = {};
  for (const name of names) {
    metrics[name] = {};
    for (const variant of plan.variants)
      metrics[name][variant] = spreadOf((ordered.get(variant) ?? []).map((m) => m[name] ?? 0));
  }
  const differences: ExploreSummary['differences'] = {};
  const divergence: ExploreSummary['divergence'] = {};
  for (const variant of plan.variants.slice(1)) {
    differences[variant] = pairedDifferences(ordered.get(reference) ?? [], ordered.get(variant) ?? []);
    divergence[variant] = divergenceOf(runs.get(reference) ?? [], runs.get(variant) ?? []);
  }
  return {
    scenario: plan.scenario,
    variants: [...plan.variants],
    reference,
    runs: plan.seeds.length,
    seeds: { first: plan.seeds[0] ?? 0, last: plan.seeds[plan.seeds.length - 1] ?? 0 },
    withoutSource: [...plan.withoutSource],
    metrics,
    differences,
    divergence,
  };
}

/** The text `explore --json` prints (and the explore page downloads) for a summary. */
export const exploreJsonText = (summary: ExploreSummary) => `${JSON.stringify(summary, null, 2)}\n`;
