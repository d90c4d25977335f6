/**
 * The `explore` figures of `npm run bench` (issue 14): how soon a worker thread is ready, the speed-up of 2
 * workers over one process on 2,000 seeds, and the headline: 10,000 withdrawal-2021 runs in the workers, wall
 * clock.
 *
 * The speed-up compares what a user meets: two fresh processes, `greatgame explore --runs 2000 --workers 1`
 * and the same with `--workers 2` (one per core), each timed from spawn to exit, start-up included, both
 * cold. Until this method, the one-process arm was played inside the benchmark's own process, warmed by the
 * thousands of games measured before it and with no start-up, against cold workers: a harder bar for the
 * workers than any user sees, but not the user's. Those figures are still printed, labelled as the old
 * method (`inProcess`: warm, in this process; `inPool`: a pool started from this process), so that the
 * change of method stays visible.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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
  /** `greatgame explore --workers 1` in a fresh process, start-up included. */
  oneProcessRunsPerSecond: number;
  /** `greatgame explore --workers N` in a fresh process, start-up included. */
  workerRunsPerSecond: number;
  /** workerRunsPerSecond / oneProcessRunsPerSecond: the figure the target is set on. */
  speedup: number;
  /** The method before: the one-process arm warm in this process, the workers a pool started from it. */
  oldMethod: { inProcessRunsPerSecond: number; inPoolRunsPerSecond: number; speedup: number };
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

const CLI = fileURLToPath(new URL('../bin/greatgame.mjs', import.meta.url));

/**
 * Seconds from spawning `greatgame explore` on the plan's seeds to its exit, as a user runs it: a fresh Node
 * with no options of this process (no `--import tsx`: the command registers tsx itself), output discarded.
 */
async function cliSeconds(plan: ExplorePlan, workers: number): Promise<number> {
  const first = plan.seeds[0] ?? 1;
  const args = [CLI, 'explore', '--scenario', plan.scenario, '--runs', String(plan.seeds.length)];
  args.push('--first-seed', String(first), '--workers', String(workers), '--json');
  const started = performance.now();
  const { NODE_OPTIONS: _, ...env } = process.env;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`greatgame explore exited ${code}: ${stderr.trim()}`)),
    );
  });
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
  // The two arms a user meets, one after the other, each a fresh process.
  const oneProcess = runs / (await cliSeconds(plan, 1));
  const inWorkers = runs / (await cliSeconds(plan, workers));
  // The old method, kept for comparison: this process, warm, against a pool started from it.
  const inProcess = runs / (await secondsFor(plan, 1));
  const inPool = runs / (await secondsFor(plan, workers));
  const headline = await secondsFor(planOf(scenario, headlineRuns), workers);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(2));
  return {
    runs,
    workers,
    bundled,
    workerReadyMs: Math.round(ready),
    oneProcessRunsPerSecond: Math.round(oneProcess),
    workerRunsPerSecond: Math.round(inWorkers),
    speedup: ratio(inWorkers, oneProcess),
    oldMethod: {
      inProcessRunsPerSecond: Math.round(inProcess),
      inPoolRunsPerSecond: Math.round(inPool),
      speedup: ratio(inPool, inProcess),
    },
    headline: { runs: headlineRuns, seconds: Number(headline.toFixed(1)) },
  };
}
