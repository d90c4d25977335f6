/**
 * `npm run bench`: engine figures for a full withdrawal-2021 game, on one core, headless, with autoFreeze off
 * (as batch runs use it). `npm run bench -- --json` prints the same figures as one JSON object.
 *
 *   runsPerSecond  complete games per second through the public API (newGame + step, hashing included)
 *   turnMicros     mean time of one turn through the API
 *   hashShare      share of a turn's time spent on the chained hash (JSON.stringify + xxhash)
 *   immerRatio     the engine's turn (immer drafts) against the same phases on structuredClone(state), clone included
 *   batchRatio     a turn of the batch path (playBatchGame: one working copy, no drafts) against a turn through
 *                  the API (newGame + step on immer drafts), whole games, hashing included, timed in alternation
 *   contentLoadMs  reading and checking scenarios/ from disk (once per process)
 *   explore        `greatgame explore`: a worker's start-up; 2,000 runs by a fresh `explore --workers 1` and a
 *                  fresh `explore --workers 2`, each timed spawn to exit (both cold, start-up included), and
 *                  their speed-up; the same 2,000 runs by the old method (warm in this process, against a pool
 *                  started from it), labelled as such; and 10,000 runs in the workers: see scripts/bench-explore.ts
 *   classroom      (unless --no-classroom) 20 sessions of 10 loopback clients: decision round trip p50/p99,
 *                  memory per session, restart time: see scripts/bench-classroom.ts
 *   browser        (unless --no-browser) first map drawn, turn advance with redraw, gzipped JS sizes: see
 *                  scripts/bench-browser.ts
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadLibrary } from '../game/content/disk.ts';
import { createContentSource } from '../game/content/source.ts';
import { chainHash } from '../game/engine/hash.ts';
import type { ContentSource, Game, State } from '../game/engine/index.ts';
import { configureEngine, newGame, playBatchGame, playScripted, step } from '../game/engine/index.ts';
import { playTurn, playTurnOnClone } from '../game/engine/turn.ts';
import { measureBrowser } from './bench-browser.ts';
import { measureClassroom } from './bench-classroom.ts';
import { EXPLORE_TARGETS, measureExplore } from './bench-explore.ts';

const SCENARIO = 'withdrawal-2021';
// Issue 3 set 500 runs/s for the first four-actor tables; with the full tables (twelve actors in 2021)
// the target is 300 (issue 4).
// Issue 14: a batch turn in at most a third of the immer turn's time.
const TARGETS = { runsPerSecond: 300, hashShare: 0.2, immerRatio: 2, batchRatio: 1 / 3 };

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '2' },
    'no-browser': { type: 'boolean', default: false },
    'no-classroom': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run bench [-- --json] [-- --seconds N] [-- --no-browser] [-- --no-classroom]\nPrints engine throughput, hash share and immer ratio, explore, the classroom server and the browser.\n',
  );
  process.exit(0);
}
const seconds = Number(values.seconds);
if (!Number.isFinite(seconds) || seconds <= 0) {
  process.stderr.write(`bench: --seconds must be a positive number, got '${values.seconds}'\n`);
  process.exit(2);
}
const progress = (text: string) => {
  if (process.stderr.isTTY && !values.json) process.stderr.write(`${text}\n`);
};

configureEngine({ freeze: false });
const loadStart = performance.now();
const library = loadLibrary();
const source: ContentSource = createContentSource(library);
const scenarioIds = [...library.scenarios.keys()].sort();
const contentLoadMs = performance.now() - loadStart;

function playGame(seed: number, scenario = SCENARIO): Game {
  const played = playScripted(source, { scenario, seed }, []);
  if (!played.ok) throw new Error(played.error.message);
  return played.game;
}

/** Runs `body` repeatedly for about `budget` seconds; returns the calls made and the time they took. */
function timeFor(budget: number, body: (i: number) => void): { calls: number; ms: number } {
  const started = performance.now();
  let calls = 0;
  while (performance.now() - started < budget * 1000) {
    for (let i = 0; i < 20; i++) body(calls++);
  }
  return { calls, ms: performance.now() - started };
}

progress('warming up...');
timeFor(Math.min(1, seconds / 2), (i) => playGame(i));

progress(`measuring full games for ${seconds} s...`);
let turns = 0;
const games = timeFor(seconds, (i) => {
  turns += playGame(1000 + i).log.length;
});
const runsPerSecond = (games.calls * 1000) / games.ms;
const turnMicros = (games.ms * 1000) / turns;

// The other scenarios, more briefly: their actor lists and turn counts differ.
const runsPerSecondByScenario: Record<string, number> = { [SCENARIO]: Math.round(runsPerSecond) };
for (const scenario of scenarioIds.filter((id) => id !== SCENARIO)) {
  progress(`measuring ${scenario}...`);
  const timed = timeFor(seconds / 2, (i) => playGame(2000 + i, scenario));
  runsPerSecondByScenario[scenario] = Math.round((timed.calls * 1000) / timed.ms);
}

// The same sequence of states, turned through immer and through structuredClone, and hashed.
const sample: { state: State; game: Game }[] = [];
for (let seed = 0; seed < 20; seed++) {
  const created = newGame(source, { scenario: SCENARIO, seed });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  while (game.state.meta.phase !== 'over') {
    sample.push({ state: game.state, game });
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
  }
}
progress('measuring immer against structuredClone...');
const pick = (i: number) => sample[i % sample.length] as { state: State; game: Game };
const immer = timeFor(seconds / 2, (i) => {
  const { state, game } = pick(i);
  playTurn(game.prepared, state);
});
const clone = timeFor(seconds / 2, (i) => {
  const { state, game } = pick(i);
  playTurnOnClone(game.prepared, state);
});
const immerMicros = (immer.ms * 1000) / immer.calls;
const cloneMicros = (clone.ms * 1000) / clone.calls;

progress('measuring the batch path against the API, in alternation...');
function playBatch(seed: number, scenario = SCENARIO): number {
  const played = playBatchGame(source, { scenario, seed });
  if (!played.ok) throw new Error(played.error.message);
  return played.game.log.length;
}
timeFor(Math.min(1, seconds / 2), (i) => playBatch(i));
// Alternate chunks of each, so that a load on the shared machine weighs on both alike.
const paired = { immer: { turns: 0, ms: 0 }, batch: { turns: 0, ms: 0 } };
const pairedStart = performance.now();
for (let chunk = 0; performance.now() - pairedStart < seconds * 1000; chunk++) {
  let t = performance.now();
  for (let i = 0; i < 10; i++) paired.immer.turns += playGame(5000 + chunk * 10 + i).log.length;
  paired.immer.ms += performance.now() - t;
  t = performance.now();
  for (let i = 0; i < 10; i++) paired.batch.turns += playBatch(5000 + chunk * 10 + i);
  paired.batch.ms += performance.now() - t;
}
const apiTurnMicros = (paired.immer.ms * 1000) / paired.immer.turns;
const batchTurnMicros = (paired.batch.ms * 1000) / paired.batch.turns;

progress('measuring the hash...');
const turned = sample.map(({ state, game }) => ({
  ...playTurn(game.prepared, state),
  previous: game.hashes[game.hashes.length - 1] ?? '',
}));
const hashing = timeFor(seconds / 2, (i) => {
  const t = turned[i % turned.length];
  if (t) chainHash(t.previous, t.state, t.log);
});
const hashMicros = (hashing.ms * 1000) / hashing.calls;

progress('measuring explore: fresh CLI processes, then this process and a pool started from it...');
// Issue 14 measures the speed-up on 2,000 runs and gives the headline for 10,000.
const explore = await measureExplore(SCENARIO, 2000, 10_000);

progress('measuring the classroom server: 20 sessions of 10 loopback clients...');
const classroom = values['no-classroom'] ? null : await measureClassroom();
const CLASSROOM_TARGETS = { rttP99Ms: 100 };

const browser = values['no-browser'] ? null : await measureBrowser(progress);

const figures = {
  scenario: SCENARIO,
  runsPerSecond: Math.round(runsPerSecond),
  turnsPerRun: turns / games.calls,
  runsPerSecondByScenario,
  turnMicros: Number(turnMicros.toFixed(1)),
  hashMicros: Number(hashMicros.toFixed(1)),
  hashShare: Number((hashMicros / turnMicros).toFixed(3)),
  immerTurnMicros: Number(immerMicros.toFixed(1)),
  cloneTurnMicros: Number(cloneMicros.toFixed(1)),
  immerRatio: Number((immerMicros / cloneMicros).toFixed(2)),
  apiTurnMicros: Number(apiTurnMicros.toFixed(1)),
  batchTurnMicros: Number(batchTurnMicros.toFixed(1)),
  batchRatio: Number((batchTurnMicros / apiTurnMicros).toFixed(3)),
  contentLoadMs: Number(contentLoadMs.toFixed(1)),
  stateBytes: JSON.stringify(sample[sample.length - 1]?.state).length,
  explore: { ...explore, targets: EXPLORE_TARGETS },
  loadAverage: loadavg(),
  targets: TARGETS,
  node: process.version,
  classroom: classroom && { ...classroom, targets: CLASSROOM_TARGETS },
  browser,
};

if (values.json) {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const mark = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const lines = [
    `greatgame engine benchmark (${SCENARIO}, ${figures.turnsPerRun} turns a run, autoFreeze off, Node ${process.version})`,
    `  runs per second     ${String(figures.runsPerSecond).padStart(8)}   target >= ${TARGETS.runsPerSecond}  ${mark(figures.runsPerSecond >= TARGETS.runsPerSecond)}`,
    ...Object.entries(runsPerSecondByScenario)
      .filter(([id]) => id !== SCENARIO)
      .map(([id, runs]) => `  runs/s, ${id.padEnd(19)}${String(runs).padStart(4)}`),
    `  turn (API)          ${String(figures.turnMicros).padStart(8)} us`,
    `  hash per turn       ${String(figures.hashMicros).padStart(8)} us`,
    `  hash share          ${String(figures.hashShare).padStart(8)}   target <= ${TARGETS.hashShare}  ${mark(figures.hashShare <= TARGETS.hashShare)}`,
    `  turn, immer         ${String(figures.immerTurnMicros).padStart(8)} us`,
    `  turn, clone         ${String(figures.cloneTurnMicros).padStart(8)} us`,
    `  immer ratio         ${String(figures.immerRatio).padStart(8)}   target <= ${TARGETS.immerRatio}  ${mark(figures.immerRatio <= TARGETS.immerRatio)}`,
    `  turn, API (immer)   ${String(figures.apiTurnMicros).padStart(8)} us   whole games, hash included`,
    `  turn, batch path    ${String(figures.batchTurnMicros).padStart(8)} us   the same games, in alternation`,
    `  batch / immer       ${String(figures.batchRatio).padStart(8)}   target <= 0.333  ${mark(figures.batchRatio <= TARGETS.batchRatio)}`,
    `  content load        ${String(figures.contentLoadMs).padStart(8)} ms`,
    `  state size          ${String(figures.stateBytes).padStart(8)} bytes of JSON`,
    `explore (${explore.runs} runs of ${SCENARIO}, worker start-up included, ${explore.bundled ? 'pre-built worker bundle' : 'workers compiled by tsx: no bundle'})`,
    `  worker ready        ${String(explore.workerReadyMs).padStart(8)} ms   target <= ${EXPLORE_TARGETS.workerReadyMs}  ${mark(explore.workerReadyMs <= EXPLORE_TARGETS.workerReadyMs)}`,
    `  explore, 1 process  ${String(explore.oneProcessRunsPerSecond).padStart(8)} runs/s   fresh \`explore --workers 1\`, start-up included`,
    `  explore, ${explore.workers} workers  ${String(explore.workerRunsPerSecond).padStart(8)} runs/s   fresh \`explore --workers ${explore.workers}\`, start-up included`,
    `  speed-up            ${String(explore.speedup).padStart(8)}x   target >= ${EXPLORE_TARGETS.speedup}  ${mark(explore.speedup >= EXPLORE_TARGETS.speedup)}`,
    `  old method: warm in this process ${explore.oldMethod.inProcessRunsPerSecond} runs/s, pool from it ${explore.oldMethod.inPoolRunsPerSecond} runs/s, speed-up ${explore.oldMethod.speedup}x`,
    `  ${explore.headline.runs} runs, ${explore.workers} workers ${String(explore.headline.seconds).padStart(6)} s    target <= ${EXPLORE_TARGETS.headlineSeconds}  ${mark(explore.headline.seconds <= EXPLORE_TARGETS.headlineSeconds)}   (load average ${loadavg()[0]?.toFixed(1)} when done)`,
  ];
  if (classroom) {
    const ms = (x: number) => String(Math.round(x)).padStart(8);
    lines.push(
      `classroom (${classroom.sessions} sessions, ${classroom.clients} loopback clients, ${classroom.decisions} decisions in bursts)`,
      `  decision ack p50    ${ms(classroom.rttP50Ms)} ms`,
      `  decision ack p99    ${ms(classroom.rttP99Ms)} ms   target <= ${CLASSROOM_TARGETS.rttP99Ms}  ${mark(classroom.rttP99Ms <= CLASSROOM_TARGETS.rttP99Ms)}`,
      `  memory per session  ${ms(classroom.memoryPerSessionKB)} KB`,
      `  restart, ${classroom.rebuilt} open   ${ms(classroom.restartMs)} ms`,
    );
  }
  if (browser) {
    const t = browser.targets;
    lines.push(
      `browser (headless Chromium ${browser.browser}, SwiftShader WebGL)`,
      `  first map drawn     ${String(browser.firstMapMs).padStart(8)} ms   target <= ${t.firstMapMs}  ${mark(browser.firstMapMs <= t.firstMapMs)}`,
      `  turn with redraw    ${String(browser.turnMs).padStart(8)} ms   target <= ${t.turnMs}  ${mark(browser.turnMs <= t.turnMs)}`,
      `  ... to next frame   ${String(browser.turnWithFrameMs).padStart(8)} ms`,
      `  initial JS (gzip)   ${String(browser.initialJsKb).padStart(8)} KB   target <= ${t.initialJsKb}  ${mark(browser.initialJsKb <= t.initialJsKb)}`,
      `  Phaser chunk (gzip) ${String(browser.phaserKb).padStart(8)} KB`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
