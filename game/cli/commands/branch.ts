import { availableParallelism } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import {
  type BranchOutcome,
  type BranchSummary,
  branchStart,
  playContinuation,
  type Recording,
  recordingOf,
  summariseBranch,
} from '../../analysis/branch.ts';
import { readJson } from '../../content/disk.ts';
import type { ReplayFile } from '../../engine/index.ts';
import { ReplayWithForecasts } from '../../replay/forecasts.ts';
import { replayVersionProblem } from '../../replay/replay-file.ts';
import { replayFitProblem } from '../../replay/replay-fit.ts';
import { describeVerdict } from '../../replay/verdict.ts';
import { branchTable } from '../branch-table.ts';
import { checkoutContent } from '../checkout-content.ts';
import { verdict as no, usage } from '../errors.ts';
import { startPool } from '../explore/pool.ts';
import { RUNS_PER_WORKER, workerCount } from '../explore/sweep-options.ts';
import type { BranchBatch } from '../explore/worker.ts';
import { readUserJson, unreadable, writableTarget, writeFileAtomic } from '../files.ts';
import { parsePositive } from '../options.ts';
import { progressBar } from '../progress.ts';

const DEFAULT_RUNS = 200;
/** An interval needs two runs; a continuation takes a few milliseconds, so 10,000 take well under a minute. */
const MIN_RUNS = 2;
const MAX_RUNS = 10_000;
/** Runs between two yields to the event loop (so that the bar redraws and Ctrl-C is heard), and per worker task. */
const CHUNK = 25;

interface BranchOptions {
  turn?: number;
  runs: number;
  workers?: number;
  json?: boolean;
  csv?: string;
}

/** `--turn`: 0 (before the first turn) or a turn number, written in decimal. */
function parseTurn(text: string): number {
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text)))
    throw new InvalidArgumentError('expected a turn number: 0, or a turn the recording has played.');
  return Number(text);
}

/** The replay file, with or without the browser's forecasts; any problem with it is a usage error (exit 2). */
function readReplay(file: string): ReplayWithForecasts {
  const read = readJson(file);
  if (!read.ok) throw unreadable('replay file', file, read.error.message);
  const problem = replayVersionProblem(read.data);
  if (problem) throw usage(`replay file ${file} ${problem}`);
  return readUserJson(file, 'replay file', ReplayWithForecasts);
}

/** Every run as a CSV row, by run: its derived seed, the final hash, each metric, then each key flag. */
function outcomesCsv(outcomes: readonly BranchOutcome[]): string {
  const metrics = Object.keys(outcomes[0]?.metrics ?? {});
  const flags = Object.keys(outcomes[0]?.flags ?? {});
  const lines = [
    ['run', 'seed', 'hash', ...metrics, ...flags].join(','),
    ...outcomes.map((o) =>
      [
        o.run,
        o.seed,
        o.hash,
        ...metrics.map((m) => o.metrics[m] ?? 0),
        ...flags.map((f) => String(o.flags[f])),
      ].join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** Plays runs 1 to `runs` in this thread, yielding now and then so that the bar moves and Ctrl-C is heard. */
async function playHere(
  recording: Recording,
  turn: number,
  runs: number,
  progress: (done: number) => void,
): Promise<BranchOutcome[]> {
  const outcomes: BranchOutcome[] = [];
  for (let run = 1; run <= runs; run++) {
    outcomes.push(playContinuation(recording, turn, run));
    if (run % CHUNK === 0) {
      progress(run);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return outcomes;
}

/** Plays runs 1 to `runs` in `threads` workers, a batch of CHUNK runs at a time; they come back in any order. */
async function playInWorkers(
  replay: ReplayFile,
  turn: number,
  runs: number,
  threads: number,
  progress: (done: number) => void,
): Promise<BranchOutcome[]> {
  const batches: BranchBatch[] = [];
  for (let first = 1; first <= runs; first += CHUNK)
    batches.push({
      kind: 'branch',
      replay,
      turn,
      runs: Array.from({ length: Math.min(CHUNK, runs - first + 1) }, (_, i) => first + i),
    });
  const pool = await startPool(Math.min(threads, batches.length));
  const outcomes: BranchOutcome[] = [];
  try {
    await Promise.all(
      batches.map(async (batch) => {
        const played: BranchOutcome[] = await pool.run(batch);
        outcomes.push(...played);
        progress(outcomes.length);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return outcomes;
}

/** Every run, in run order, with a progress bar on a terminal; the answer does not depend on `workers`. */
async function playRuns(
  recording: Recording,
  turn: number,
  runs: number,
  workers: number,
): Promise<BranchOutcome[]> {
  const bar = progressBar('branching', runs);
  const progress = (done: number) => bar.update(done);
  try {
    const outcomes =
      workers === 1
        ? await playHere(recording, turn, runs, progress)
        : await playInWorkers(recording.replay, turn, runs, workers, progress);
    return outcomes.sort((a, b) => a.run - b.run);
  } finally {
    bar.stop();
  }
}

export function registerBranch(program: Command): void {
  program
    .command('branch')
    .description(
      'play many continuations of a recorded game from a turn on, the rule tables playing every actor, and compare their ends with the recording',
    )
    .argument('<replay>', 'a replay file (from `run --replay-out` or the browser)')
    .option('--turn <t>', 'continue from the state after this turn (0: from the start)', parseTurn)
    .option('--runs <n>', `continuations, ${MIN_RUNS} to ${MAX_RUNS}`, parsePositive, DEFAULT_RUNS)
    .option(
      '--workers <k>',
      `worker threads, 1 plays in this process (default: one per core, at most one per ${RUNS_PER_WORKER} runs)`,
      parsePositive,
    )
    .option('--json', 'print one JSON object instead of the table')
    .option(
      '--csv <file>',
      'also write every continuation (its run, seed, final hash, each metric and key flag)',
    )
    .addHelpText(
      'after',
      [
        '',
        'Continuation i starts from the recorded state after turn T with every actor on its rule table (the',
        "recording's human decisions after T are not replayed; a teacher's injected events are) and a fresh",
        "seed derived from the recording's seed and i, so run i is the same whatever --runs is, and the same",
        "runs of two calls with different --turn share their dice. Each plays to the scenario's end. The",
        'answer does not depend on --workers.',
        '',
        "For every final indicator and interest score it prints the recorded game's value and the",
        "continuations' mean with its 95% interval (Student's t), * where the interval leaves out the recorded",
        'value; and, for Kabul falling, a US base in Central Asia and the recognition of the Emirate, the',
        'share of continuations that end as the recorded game did, with its 95% Wilson interval.',
        '',
        'Exit code: 0 when compared, 1 when the replay does not verify here, 2 for bad usage or a bad file.',
        '',
        'Examples:',
        '  greatgame branch game.json --turn 3',
        '  greatgame branch game.json --turn 5 --runs 1000 --json',
        '  greatgame branch game.json --turn 0 --runs 500 --csv continuations.csv',
      ].join('\n'),
    )
    .action(async (file: string, options: BranchOptions) => {
      const { turn, runs } = options;
      if (turn === undefined) throw usage('branch needs --turn T: the turn after which the tables take over');
      if (runs < MIN_RUNS || runs > MAX_RUNS)
        throw usage(
          `--runs ${runs}: expected ${MIN_RUNS} to ${MAX_RUNS} continuations (an interval needs two)`,
        );
      const workers = workerCount(options.workers, runs, availableParallelism());
      const replay = readReplay(file);
      const recorded = replay.hashes.length;
      if (turn > recorded)
        throw usage(`--turn ${turn}: ${file} records ${recorded} turns; choose a turn from 0 to ${recorded}`);
      const { source } = checkoutContent();
      const unfit = replayFitProblem(source, replay);
      if (unfit) throw usage(`replay file ${file}: ${unfit}`);
      // A file that cannot be written is found now, not after every run.
      const csv = options.csv === undefined ? null : writableTarget(options.csv);

      const found = recordingOf(source, replay);
      if (!found.ok) {
        if (found.verdict === null) throw usage(`replay file ${file}: ${found.message}`);
        throw no(`${file}: ${describeVerdict(found.verdict)}; only a replay that verifies can be branched`);
      }
      const { recording } = found;
      const outcomes = await playRuns(recording, turn, runs, workers);
      const summary: BranchSummary = summariseBranch(recording, turn, outcomes);
      if (csv !== null) writeFileAtomic(csv, outcomesCsv(outcomes));
      if (options.json) {
        process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${branchTable(summary, branchStart(recording, turn))}\n`);
    });
}
