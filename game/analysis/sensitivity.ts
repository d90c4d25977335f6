import type { ScenarioContent } from '../engine/index.ts';
import type { RunOutcome } from './explore.ts';
import { type PairedDifference, pairedDifferences, type Spread, spreadOf } from './statistics.ts';

/** What `sensitivity` takes out in turn: each report (`--without-source`) or each rule row. */
export type SensitivityBy = 'report' | 'row';

/** How much of the content a removal takes away (what `--without-source` disables, or the one row). */
export interface ContentCounts {
  rows: number;
  interests: number;
  effects: number;
}

/** One removal, played on the same seeds as the baseline. */
export interface Ablation {
  /** The report's file name, or the rule row's id. */
  id: string;
  /** For a teacher: the report by author, institution and year, or the row's actor and action. */
  label: string;
  /** The row's actor; absent for a report. */
  actor?: string;
  /** What the baseline leaves out already, plus the report for `--by report`. */
  withoutSource: string[];
  /** The rule row for `--by row`; empty for a report. */
  withoutRows: string[];
  removes: ContentCounts;
}

export interface SensitivityPlan {
  scenario: string;
  variant: string;
  metric: string;
  by: SensitivityBy;
  seeds: number[];
  /** Left out of the baseline and of every ablation. */
  withoutSource: string[];
  ablations: Ablation[];
}

/** One removal's paired effect on the metric: ablated minus baseline, seed by seed. */
export interface AblationEffect {
  id: string;
  label: string;
  actor?: string;
  removes: ContentCounts;
  effect: PairedDifference;
}

/** The `sensitivity --json` object. */
export interface SensitivitySummary {
  scenario: string;
  variant: string;
  metric: string;
  by: SensitivityBy;
  runs: number;
  seeds: { first: number; last: number };
  withoutSource: string[];
  /** The metric's spread over the baseline runs. */
  baseline: Spread;
  /** Largest absolute mean effect first; equal ones by id. */
  ablations: AblationEffect[];
}

/** The report files cited anywhere in the content, in name order. */
export function citedReports(content: ScenarioContent): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'citations' && Array.isArray(inner))
          for (const c of inner) if (typeof c?.source === 'string') found.add(c.source);
        walk(inner);
      }
  };
  walk([content.scenario, content.events, content.actors]);
  return [...found].sort();
}

/** Counts the rule rows, interests and effects of a content (the parts `--without-source` can disable). */
export function contentCounts(content: ScenarioContent): ContentCounts {
  const { actors, events } = content;
  const effects =
    actors.reduce(
      (n, a) => n + a.levers.reduce((m, l) => m + l.onSuccess.length + l.onFailure.length, 0),
      0,
    ) +
    events.scheduled.reduce((n, e) => n + e.effects.length, 0) +
    events.deck.cards.reduce((n, c) => n + c.effects.length, 0);
  return {
    rows: actors.reduce((n, a) => n + a.rules.length, 0),
    interests: actors.reduce((n, a) => n + a.interests.length, 0),
    effects,
  };
}

/** What goes from `before` to `after`. */
export const removedCounts = (before: ContentCounts, after: ContentCounts): ContentCounts => ({
  rows: before.rows - after.rows,
  interests: before.interests - after.interests,
  effects: before.effects - after.effects,
});

/** Largest absolute mean first; equal means by id, so the order depends on the numbers alone. */
export function rankEffects(effects: readonly AblationEffect[]): AblationEffect[] {
  return [...effects].sort(
    (a, b) => Math.abs(b.effect.mean) - Math.abs(a.effect.mean) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The runs of one arm in seed order, refused unless they are exactly the plan's seeds. */
function metricBySeed(plan: SensitivityPlan, arm: string, runs: readonly RunOutcome[]): { m: number }[] {
  const sorted = [...runs].sort((a, b) => a.seed - b.seed);
  if (sorted.length !== plan.seeds.length || sorted.some((r, i) => r.seed !== plan.seeds[i]))
    throw new Error(`sensitivity: ${arm} has ${sorted.length} of the ${plan.seeds.length} runs planned`);
  return sorted.map((r) => {
    const value = r.metrics[plan.metric];
    if (value === undefined) throw new Error(`sensitivity: ${arm} seed ${r.seed} has no ${plan.metric}`);
    return { m: value };
  });
}

/**
 * Summarises a sensitivity sweep: the metric over the baseline runs, and each ablation's mean paired effect
 * with its 95% interval (explore's paired differences, on the one metric), ranked. `arms[i]` holds the runs
 * of `plan.ablations[i]`, in any order.
 */
export function summariseSensitivity(
  plan: SensitivityPlan,
  baseline: readonly RunOutcome[],
  arms: readonly (readonly RunOutcome[])[],
): SensitivitySummary {
  if (arms.length !== plan.ablations.length)
    throw new Error(`sensitivity: ${arms.length} arms played for ${plan.ablations.length} ablations`);
  const base = metricBySeed(plan, 'the baseline', baseline);
  const effects = plan.ablations.map((ablation, i) => {
    const effect = pairedDifferences(base, metricBySeed(plan, ablation.id, arms[i] ?? [])).m;
    if (!effect) throw new Error(`sensitivity: no effect for ${ablation.id}`);
    const { id, label, actor, removes } = ablation;
    return { id, label, ...(actor === undefined ? {} : { actor }), removes, effect };
  });
  return {
    scenario: plan.scenario,
    variant: plan.variant,
    metric: plan.metric,
    by: plan.by,
    runs: plan.seeds.length,
    seeds: { first: plan.seeds[0] ?? 0, last: plan.seeds[plan.seeds.length - 1] ?? 0 },
    withoutSource: [...plan.withoutSource],
    baseline: spreadOf(base.map((b) => b.m)),
    ablations: rankEffects(effects),
  };
}
