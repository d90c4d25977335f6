import { ENGINE_VERSION } from '../content/version.ts';
import type { ContentSource, DecisionEntry, Game, ReplayFile, Verdict } from '../engine/index.ts';
import { newGame, step, submit, verifyReplay } from '../engine/index.ts';
import type { Forecast, ReplayWithForecasts } from '../replay/forecasts.ts';
import { replayOf } from '../replay/replay-file.ts';
import { replayFitProblem } from '../replay/replay-fit.ts';
import { describeVerdict } from '../replay/verdict.ts';

export interface StartOptions {
  scenario: string;
  variant: string;
  seed: number;
  humans: string[];
}

/** A replay being played back (its turns are the session's records) and what checking it found. */
export interface Playback {
  replay: ReplayWithForecasts;
  verdict: Verdict;
}

export type Change = () => void;

/**
 * The browser's game session: the game as it was after every turn, the human decisions, the hot-seat queue,
 * the turn being looked at, and a replay being played back. The engine does all the playing; this only keeps
 * the record and says what to show. Panels and the map subscribe and redraw on every change.
 */
export class Session {
  /** records[t] is the game after t turns; the last one is live (it may hold this turn's submissions). */
  records: Game[] = [];
  decisions: DecisionEntry[] = [];
  /** The forecasts people made before their turns resolved: kept in the replay file, never played. */
  forecasts: Forecast[] = [];
  humans: string[] = [];
  /** Humans still to decide this turn, in actor-id order; the first one is at the keyboard. */
  queue: string[] = [];
  /** The human the screen is being handed to: everything stays hidden until they confirm. */
  handoverTo: string | null = null;
  /** A past turn being looked at (read-only), or null for the live game. */
  viewing: number | null = null;
  playback: Playback | null = null;
  error: string | null = null;
  /** A quiet word for the player that is no error (a saved game set aside); it stays until dismissed. */
  notice: string | null = null;
  /** Counts the games started or loaded: the same scenario and seed started again is still another game. */
  gameNumber = 0;
  private readonly listeners: Change[] = [];

  constructor(readonly source: ContentSource) {}

  subscribe(listener: Change): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  get started(): boolean {
    return this.records.length > 0;
  }

  get live(): Game {
    const game = this.records[this.records.length - 1];
    if (!game) throw new Error('no game started');
    return game;
  }

  /** The record on screen: the live game, or the past turn being looked at. */
  get shown(): Game {
    return this.viewing === null ? this.live : (this.records[this.viewing] ?? this.live);
  }

  /**
   * Names the record on screen (game, turns played, live or replay), so that the map can tell when it has drawn
   * it: the map reports the key it drew, and the page is ready when the two agree.
   */
  get shownKey(): string {
    const { meta } = this.shown.state;
    const mode = this.playback ? 'replay' : 'live';
    return `${this.gameNumber}/${meta.scenario}/${meta.variant}/${meta.seed}/${this.shown.log.length}/${mode}`;
  }

  /** How many turns the record on screen has played: `viewing`, or the live game's turns. */
  get shownTurns(): number {
    return this.viewing ?? this.records.length - 1;
  }

  get turnsPlayed(): number {
    return this.live.log.length;
  }

  get over(): boolean {
    return this.live.state.meta.phase === 'over';
  }

  /** Starts a game; returns an error message for the setup form, or null. */
  start(options: StartOptions): string | null {
    const created = newGame(this.source, options);
    if (!created.ok) return created.error.message;
    this.gameNumber++;
    this.records = [created.game];
    this.decisions = [];
    this.forecasts = [];
    this.humans = [...created.game.humans];
    this.viewing = null;
    this.playback = null;
    this.error = null;
    this.beginTurn();
    this.changed();
    return null;
  }

  private beginTurn(): void {
    this.queue = this.over ? [] : [...this.humans];
    this.handoverTo =
      this.queue.length > 1 || (this.queue.length === 1 && this.humans.length > 1)
        ? (this.queue[0] ?? null)
        : null;
  }

  /** The human whose decision is awaited, once the screen is theirs. */
  get deciding(): string | null {
    return this.handoverTo === null && this.viewing === null && this.playback === null
      ? (this.queue[0] ?? null)
      : null;
  }

  confirmHandover(): void {
    this.handoverTo = null;
    this.changed();
  }

  /**
   * A human's forecasts for the turn about to be played, replacing any they made for it before. It changes no
   * state the engine sees, so it may come before or after the decision, up to the moment the turn is played.
   */
  forecast(actor: string, made: readonly Omit<Forecast, 'turn' | 'actor'>[]): string | null {
    if (!this.humans.includes(actor) || this.playback || this.viewing !== null || this.over)
      return `${actor} cannot forecast now`;
    const turn = this.live.state.meta.turn;
    this.forecasts = [
      ...this.forecasts.filter((f) => f.turn !== turn || f.actor !== actor),
      ...made.map((f) => ({ turn, actor, ...f })),
    ];
    this.changed();
    return null;
  }

  /** A human's decision for this turn. The last human's decision plays the turn. */
  decide(actor: string, action: string, target: string | null): string | null {
    if (this.deciding !== actor) return `it is not ${actor}'s turn to decide`;
    const submitted = submit(this.live, actor, { action, target });
    if (!submitted.ok) return submitted.error.message;
    this.records[this.records.length - 1] = submitted.game;
    this.decisions.push({ turn: this.live.state.meta.turn, actor, action, target });
    // What went wrong before is answered: the banner must not linger over the next player's screen.
    this.error = null;
    this.queue.shift();
    if (this.queue.length === 0) return this.advance();
    this.handoverTo = this.queue[0] ?? null;
    this.changed();
    return null;
  }

  /** Plays the turn: every actor without a decision is played by its table. */
  advance(): string | null {
    if (this.playback || this.viewing !== null) return 'return to the live game first';
    if (this.over) return 'the game is over';
    // The last decision plays the turn; before that, a table must not play a person's actor.
    if (this.queue.length > 0) return `${this.queue[0]} has still to decide this turn`;
    const stepped = step(this.live);
    if (!stepped.ok) return stepped.error.message;
    this.records.push(stepped.game);
    this.error = null;
    this.beginTurn();
    this.changed();
    return null;
  }

  /** Looks at the game as it was after `turns` turns, read-only; the last turn returns to the live game. */
  scrub(turns: number): void {
    const last = this.records.length - 1;
    const clamped = Math.max(0, Math.min(last, Math.round(turns)));
    this.viewing = clamped === last && !this.playback ? null : clamped;
    this.changed();
  }

  returnToLive(): void {
    this.viewing = this.playback ? this.records.length - 1 : null;
    this.changed();
  }

  /** The replay of the game so far; while one is played back, that replay as recorded (even one that diverged). */
  replay(): ReplayWithForecasts {
    if (this.playback) return this.playback.replay;
    return replayOf(this.live, this.decisions, ENGINE_VERSION, this.forecasts);
  }

  /**
   * Plays a replay back: every turn is kept so that it can be watched turn by turn from the start; the verdict
   * says whether it verified, or on which turn it diverged.
   */
  load(replay: ReplayWithForecasts, verdict: Verdict, records: Game[]): void {
    this.gameNumber++;
    this.records = records;
    this.decisions = replay.decisions.filter((d) => d.turn <= records.length - 1);
    this.forecasts = (replay.forecasts ?? []).filter((f) => f.turn <= records.length - 1);
    this.humans = [];
    this.queue = [];
    this.handoverTo = null;
    this.playback = { replay, verdict };
    this.viewing = 0;
    this.error = null;
    this.changed();
  }

  /**
   * Goes on with a saved game (autosave.ts) from its last turn, as if the page had never been closed: the same
   * records, decisions and forecasts, and the people who decided in it playing again.
   */
  resume(replay: ReplayWithForecasts, records: Game[]): void {
    this.gameNumber++;
    this.records = records;
    this.decisions = [...replay.decisions];
    this.forecasts = [...(replay.forecasts ?? [])];
    this.humans = [...this.live.humans];
    this.playback = null;
    this.viewing = null;
    this.error = null;
    this.beginTurn();
    this.changed();
  }

  /** Continues the replayed game live, the actors who decided in it played by people again. */
  leavePlayback(): void {
    this.playback = null;
    this.viewing = null;
    this.humans = [...this.live.humans];
    this.beginTurn();
    this.changed();
  }

  fail(message: string): void {
    this.error = message;
    this.changed();
  }

  notify(message: string): void {
    this.notice = message;
    this.changed();
  }

  clearNotice(): void {
    this.notice = null;
    this.changed();
  }

  clearError(): void {
    this.error = null;
    this.changed();
  }
}

/** The game as it stood before its first turn, built from any later record of it. */
export function startOf(game: Game): Game {
  return { ...game, state: game.initial, log: [], hashes: game.hashes.slice(0, 1) };
}

/** Replays a file, keeping each turn's record for playback, with the verdict of checking every hash. */
export function replayRecords(
  source: ContentSource,
  replay: ReplayFile,
): { ok: true; records: Game[]; verdict: Verdict } | { ok: false; message: string } {
  const unfit = replayFitProblem(source, replay);
  if (unfit) return { ok: false, message: unfit };
  const turns: Game[] = [];
  const checked = verifyReplay(source, replay, (game) => turns.push(game));
  if (!checked.ok) return { ok: false, message: checked.error.message };
  const first = turns[0] ?? checked.game;
  if (!first) return { ok: false, message: describeVerdict(checked.verdict) };
  return { ok: true, records: [startOf(first), ...turns], verdict: checked.verdict };
}
