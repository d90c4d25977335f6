/**
 * The `explore` figures of `npm run bench` (issue 14): how soon a worker thread is ready, the throughput of
 * 2,000 seeds in this process and in worker threads (start-up included, the way a user meets it) and the
 * speed-up, and the headline: 10,000 withdrawal-2021 runs in the workers, wall clock.
 */
import { availableParallelism } from 'node:os';
import type { ExplorePlan } from '../game/analysis/explore.ts';
import { workerBundle } from '../game/cli/explore/bundle.ts';
import { playPlan, startPool } from '../game/cli/explore/pool.ts';

export const EXPLORE_TARGETS = { speedup: 1.8, workerReadyMs: 200, headlineSeconds: 15 };

export interface ExploreFigures {
  runs: number;
  workers: number;
  /** Whether the workers ran the pre-built bundle (false: tsx compiled them). */
  bundled: boolean;
  /** Median of three: a new pool of one worker until its first one-seed batch comes back. */
  workerReadyMs: number;
  inProcessRunsPerSecond: number;
  workerRunsPerSecond: number;
  speedup: number;
  headline: { runs: number; seconds: number };
}

function planOf(scenario: string, runs: number): ExplorePlan {
  return {
    scenario,
    variants: ['baseline'],
    seeds: Array.from({ length: runs }, (_, i) => 1 + i),
    withoutSource: [],
  };
}

async function secondsFor(plan: ExplorePlan, workers: number): Promise<number> {
  const started = performance.now();
  await playPlan(plan, workers, () => {});
  return (performance.now() - started) / 1000;
}

async function workerReadyMs(scenario: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    const pool = await startPool(1);
    await pool.run({ plan: { scenario, withoutSource: [] }, variant: 'baseline', seeds: [1] });
    times.push(performance.now() - started);
    await pool.destroy();
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

export async function measureExplore(
  scenario: string,
  runs: number,
  headlineRuns: number,
): Promise<ExploreFigures> {
  const workers = Math.max(2, availableParallelism());
  // Built (or checked) before anything is timed: a fresh checkout builds it once, as its first explore would.
  const bundled = (await workerBundle()) !== null;
  const ready = await workerReadyMs(scenario);
  const plan = planOf(scenario, runs);
  const inProcess = runs / (await secondsFor(plan, 1));
  const inWorkers = runs / (await secondsFor(plan, workers));
  const headline = await secondsFor(planOf(scenario, headlineRuns), workers);
  return {
    runs,
    workers,
    bundled,
    workerReadyMs: Math.round(ready),
    inProcessRunsPerSecond: Math.round(inProcess),
    workerRunsPerSecond: Math.round(inWorkers),
    speedup: Number((inWorkers / inProcess).toFixed(2)),
    headline: { runs: headlineRuns, seconds: Number(headline.toFixed(1)) },
  };
}
