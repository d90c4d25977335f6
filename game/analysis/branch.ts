import type { ContentSource, Game, ReplayFile, Scalar, State, Verdict } from '../engine/index.ts';
import { derivedSeed, injectEvent, playBatchOn, reseeded, step, verifyReplay } from '../engine/index.ts';
import { list, subject } from '../text/inputs.ts';
import { monthName } from '../text/words.ts';
import { type Interval, meanInterval, percentile, wilsonInterval } from './statistics.ts';

/** The outcomes whose share `branch` reports, where the scenario has them: Kabul, a US base, recognition. */
export const KEY_FLAGS = ['kabul_fallen', 'us_base_central_asia', 'emirate_recognized'] as const;

/** The purpose continuation `run` (1, 2, ...) derives its seed for: the same run gets the same seed at any T. */
export const branchPurpose = (run: number) => `branch:${run}`;

/** A recorded game that verifies here, with the game after each of its turns (index 0: before turn 1). */
export interface Recording {
  replay: ReplayFile;
  /** `games[t]` is the game after turn t. */
  games: readonly Game[];
}

/**
 * Replays a recording and keeps the game after each turn, or says why it does not verify. The game before turn
 * 1 is the recorded game's starting state: a teacher's injections of turn 1 are applied by what plays turn 1.
 */
export function recordingOf(
  source: ContentSource,
  replay: ReplayFile,
): { ok: true; recording: Recording } | { ok: false; verdict: Verdict | null; message: string } {
  const games: Game[] = [];
  const checked = verifyReplay(source, replay, (game) => games.push(game));
  if (!checked.ok) return { ok: false, verdict: null, message: checked.error.message };
  const { game, verdict } = checked;
  if (verdict.kind !== 'verified' || !game) return { ok: false, verdict, message: verdict.kind };
  const start: Game = { ...game, state: game.initial, log: [], hashes: game.hashes.slice(0, 1) };
  return { ok: true, recording: { replay, games: [start, ...games] } };
}

/** One continuation's end: its seed, the final hash, every metric as `explore` names them, and the key flags. */
export interface BranchOutcome {
  run: number;
  seed: number;
  hash: string;
  metrics: Record<string, number>;
  flags: Record<string, Scalar>;
}

/** The final indicators, then `score:ACTOR`, in name order (as `explore`), and the key flags the scenario has. */
export function outcomeOf(state: State): Pick<BranchOutcome, 'metrics' | 'flags'> {
  const metrics: Record<string, number> = {};
  for (const name of Object.keys(state.indicators).sort()) metrics[name] = state.indicators[name] ?? 0;
  for (const actor of Object.keys(state.actors).sort())
    metrics[`score:${actor}`] = state.actors[actor]?.score ?? 0;
  const flags: Record<string, Scalar> = {};
  for (const flag of KEY_FLAGS) {
    const value = state.flags[flag];
    if (value !== undefined) flags[flag] = value;
  }
  return { metrics, flags };
}

/**
 * Continuation `run` from the state after turn `turn`: every actor on its table (no humans, and the recorded
 * decisions of later turns ignored), the seed derived from the recorded one for this run, and the teacher's
 * injected events of later turns applied as recorded (they are the classroom's world, not an actor's move; one
 * that no longer applies is skipped, as the debrief's continuation does). Plays to the scenario's end: on the
 * batch path when no event is left to inject (the same hashes, a few times faster), else on the immer path.
 */
export function playContinuation(recording: Recording, turn: number, run: number): BranchOutcome {
  const start = recording.games[turn];
  if (!start) throw new Error(`branch: no game after turn ${turn}`);
  const seed = derivedSeed(recording.replay.seed, branchPurpose(run));
  const state = reseeded(start.state, seed);
  const injections = (recording.replay.injections ?? []).filter((i) => i.turn > turn);
  if (injections.length === 0) {
    const played = playBatchOn(start.prepared, state, start.hashes[start.hashes.length - 1] ?? '');
    return { run, seed, hash: played.hashes[played.hashes.length - 1] ?? '', ...outcomeOf(played.state) };
  }
  let game: Game = { ...start, state, humans: [] };
  while (game.state.meta.phase !== 'over') {
    for (const injection of injections) {
      if (injection.turn !== game.state.meta.turn) continue;
      const injected = injectEvent(game, injection.event);
      if (injected.ok) game = injected.game;
    }
    const stepped = step(game);
    if (!stepped.ok) throw new Error(`branch: run ${run}: ${stepped.error.message}`);
    game = stepped.game;
  }
  return { run, seed, hash: game.hashes[game.hashes.length - 1] ?? '', ...outcomeOf(game.state) };
}

/** The middle 90% of single continuations: their 5th and 95th percentiles. */
export interface Range {
  p5: number;
  p95: number;
}

/** The `branch --json` object. */
export interface BranchSummary {
  scenario: string;
  variant: string;
  /** The recorded game's seed; run i plays on derivedSeed(seed, "branch:i"). */
  seed: number;
  withoutSource: string[];
  /** The continuations start from the state after this turn. */
  turn: number;
  /** The scenario's turns, which every continuation plays to. */
  turns: number;
  /** How many turns the recording holds: its final values are those after this turn. */
  recordedTurns: number;
  runs: number;
  /**
   * Per metric (indicators, then `score:ACTOR`): the recorded final value, the continuations' mean with its 95%
   * interval, and the spread of single continuations (their 5th and 95th percentiles, nearest rank). One game is
   * set against the spread: the mean's interval narrows with more runs, a single game's dice do not.
   */
  metrics: Record<string, { recorded: number; continuations: Interval; spread: Range }>;
  /** Per key flag the scenario has: its recorded final value, and the share of continuations ending so. */
  flags: Record<string, { recorded: Scalar; asRecorded: Interval }>;
}

/** Compares the continuations' ends with the recorded game's. Needs at least two runs, for an interval. */
export function summariseBranch(
  recording: Recording,
  turn: number,
  outcomes: readonly BranchOutcome[],
): BranchSummary {
  const final = recording.games[recording.games.length - 1];
  if (!final) throw new Error('branch: an empty recording');
  const recorded = outcomeOf(final.state);
  const ordered = [...outcomes].sort((a, b) => a.run - b.run);
  const metrics: BranchSummary['metrics'] = {};
  for (const [name, value] of Object.entries(recorded.metrics)) {
    const values = ordered.map((o) => o.metrics[name] ?? 0);
    metrics[name] = {
      recorded: value,
      continuations: meanInterval(values),
      spread: { p5: percentile(values, 5), p95: percentile(values, 95) },
    };
  }
  const flags: BranchSummary['flags'] = {};
  for (const [flag, value] of Object.entries(recorded.flags)) {
    const same = ordered.filter((o) => o.flags[flag] === value).length;
    flags[flag] = { recorded: value, asRecorded: wilsonInterval(same, ordered.length) };
  }
  const { replay } = recording;
  return {
    scenario: replay.scenario,
    variant: replay.variant,
    seed: replay.seed,
    withoutSource: [...replay.options.withoutSource],
    turn,
    turns: final.prepared.turns,
    recordedTurns: final.log.length,
    runs: ordered.length,
    metrics,
    flags,
  };
}

/** Where the continuations start, in the words around the figures (the CLI's table and the browser's dialog). */
export interface BranchStart {
  /** The month turn T was played in, or null for T = 0. */
  month: string | null;
  /** The scenario's title. */
  title: string;
  /** The actors people played after turn T in the recording, in id order: the tables play them here. */
  people: readonly string[];
}

export function branchStart(recording: Recording, turn: number): BranchStart {
  const at = recording.games[turn]?.log[turn - 1];
  const { replay } = recording;
  const title = recording.games[0]?.prepared.content.scenario.title ?? replay.scenario;
  const people = [...new Set(replay.decisions.filter((d) => d.turn > turn).map((d) => d.actor))].sort();
  return { month: at ? monthName(at.date) : null, title, people };
}

/**
 * Who the tables take over from, in the words around the figures: "a person played Russia after turn 2; here the
 * rule tables play it too", or "people played Russia and the Taliban ... play them too" for more than one.
 */
export function peoplePlayed(people: readonly string[], turn: number): string {
  const who = list(people.map(subject), 'and');
  return people.length === 1
    ? `a person played ${who} after turn ${turn}; here the rule tables play it too`
    : `people played ${who} after turn ${turn}; here the rule tables play them too`;
}
