/**
 * The `explore` figures of `npm run bench`: throughput of many seeds in this process and in worker threads,
 * worker start-up included (the way a user meets it), and the speed-up the workers give.
 */
import { availableParallelism } from 'node:os';
import type { ExplorePlan } from '../game/analysis/explore.ts';
import { playPlan } from '../game/cli/explore/pool.ts';

export interface ExploreFigures {
  runs: number;
  workers: number;
  inProcessRunsPerSecond: number;
  workerRunsPerSecond: number;
  speedup: number;
}

async function runsPerSecond(plan: ExplorePlan, workers: number): Promise<number> {
  const started = performance.now();
  await playPlan(plan, workers, () => {});
  return Math.round((plan.seeds.length * 1000) / (performance.now() - started));
}

export async function measureExplore(scenario: string, runs: number): Promise<ExploreFigures> {
  const workers = Math.max(2, availableParallelism());
  const plan: ExplorePlan = {
    scenario,
    variants: ['baseline'],
    seeds: Array.from({ length: runs }, (_, i) => 1 + i),
    withoutSource: [],
  };
  const inProcess = await runsPerSecond(plan, 1);
  const inWorkers = await runsPerSecond(plan, workers);
  return {
    runs,
    workers,
    inProcessRunsPerSecond: inProcess,
    workerRunsPerSecond: inWorkers,
    speedup: Number((inWorkers / inProcess).toFixed(2)),
  };
}
