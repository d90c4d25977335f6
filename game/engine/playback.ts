import type { Game, NewGameOptions } from './api.ts';
import { newGame, step, submit } from './api.ts';
import type { ContentSource } from './content-source.ts';
import { injectEvent } from './inject.ts';
import type { EngineError, Result } from './result.ts';
import type { Injection } from './schema/injection.ts';
import type { DecisionEntry, ReplayFile } from './schema/replay.ts';

/** Where a scripted game stopped: the turn and actor of an illegal decision, with the engine's error. */
export interface DecisionFailure {
  turn: number;
  actor: string;
  error: EngineError;
}

type ScriptedResult =
  | Result<{ game: Game }>
  | { ok: false; error: EngineError; failure: DecisionFailure; game: Game };

/**
 * Plays a game with scripted human decisions, turn by turn: each turn's decisions are submitted (in actor-id
 * order), then the turn is stepped. Stops at the first illegal decision. `turns` limits how many turns of the
 * game are played in all. It starts a new game from content and options (the actors with decisions are its
 * players unless `humans` says otherwise), or goes on with a game already under way.
 */
export function playScripted(
  content: ContentSource,
  options: NewGameOptions,
  decisions: readonly DecisionEntry[],
  turns?: number,
  onTurn?: (game: Game) => boolean,
): ScriptedResult;
export function playScripted(
  game: Game,
  decisions: readonly DecisionEntry[],
  turns?: number,
  onTurn?: (game: Game) => boolean,
): ScriptedResult;
export function playScripted(
  ...args:
    | [ContentSource, NewGameOptions, readonly DecisionEntry[], number?, ((game: Game) => boolean)?]
    | [Game, readonly DecisionEntry[], number?, ((game: Game) => boolean)?]
): ScriptedResult {
  if (isGame(args[0])) {
    const [game, decisions, turns, onTurn] = args as [
      Game,
      readonly DecisionEntry[],
      number?,
      ((g: Game) => boolean)?,
    ];
    return playOn(game, decisions, turns, onTurn);
  }
  const [content, options, decisions, turns, onTurn] = args as [
    ContentSource,
    NewGameOptions,
    readonly DecisionEntry[],
    number?,
    ((g: Game) => boolean)?,
  ];
  const created = newGame(content, {
    ...options,
    humans: options.humans ?? playersOf(decisions),
  });
  if (!created.ok) return created;
  return playOn(created.game, decisions, turns, onTurn);
}

/** The actors a list of decisions has people play, in id order. */
const playersOf = (decisions: readonly DecisionEntry[]) => [...new Set(decisions.map((d) => d.actor))].sort();

const isGame = (value: unknown): value is Game =>
  typeof value === 'object' && value !== null && 'prepared' in value && 'state' in value;

function playOn(
  start: Game,
  decisions: readonly DecisionEntry[],
  turns: number | undefined,
  onTurn: ((game: Game) => boolean) | undefined,
  injections: readonly Injection[] = [],
): ScriptedResult {
  let game = start;
  const limit = Math.min(turns ?? game.prepared.turns, game.prepared.turns);
  const byTurn = [...decisions].sort(
    (a, b) => a.turn - b.turn || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0),
  );
  while (game.state.meta.phase !== 'over' && game.log.length < limit) {
    const turn = game.state.meta.turn;
    // A classroom teacher's injected events apply before the turn's decisions, as they did in the session.
    for (const injection of injections) {
      if (injection.turn !== turn) continue;
      const injected = injectEvent(game, injection.event);
      if (!injected.ok) return injected;
      game = injected.game;
    }
    for (const d of byTurn) {
      if (d.turn !== turn) continue;
      const submitted = submit(game, d.actor, { action: d.action, target: d.target });
      if (!submitted.ok)
        return {
          ok: false,
          error: submitted.error,
          failure: { turn, actor: d.actor, error: submitted.error },
          game,
        };
      game = submitted.game;
    }
    const stepped = step(game);
    if (!stepped.ok) return stepped;
    game = stepped.game;
    if (onTurn && !onTurn(game)) break;
  }
  return { ok: true, game };
}

export type Verdict =
  | { kind: 'verified'; turns: number }
  | { kind: 'content_changed'; recordedBy: string }
  | { kind: 'hash_mismatch'; turn: number; expected: string; actual: string }
  /** `message` says why the decision is illegal; the turn and actor are beside it. */
  | { kind: 'illegal_decision'; turn: number; actor: string; message: string }
  | { kind: 'too_long'; turns: number; recorded: number };

/**
 * Replays a recorded game and checks it: the content hash first, then every turn's hash as it is played.
 * Returns the game as far as it got, so a caller can still show the turns that matched; `onTurn` sees the
 * game after every turn (the browser keeps them to play the replay back turn by turn).
 */
export function verifyReplay(
  content: ContentSource,
  replay: ReplayFile,
  onTurn?: (game: Game) => void,
): Result<{ game: Game | null; verdict: Verdict }> {
  const options: NewGameOptions = {
    scenario: replay.scenario,
    variant: replay.variant,
    seed: replay.seed,
    withoutSource: replay.options.withoutSource,
  };
  // The content hash first: a replay whose actors this content lacks is content that changed.
  const created = newGame(content, options);
  if (!created.ok) return created;
  const { prepared } = created.game;
  if (prepared.content.hash !== replay.scenarioHash) {
    return { ok: true, game: null, verdict: { kind: 'content_changed', recordedBy: replay.engineVersion } };
  }
  if (replay.hashes.length > prepared.turns) {
    return {
      ok: true,
      game: null,
      verdict: { kind: 'too_long', turns: prepared.turns, recorded: replay.hashes.length },
    };
  }
  const game = {
    ...created.game,
    humans: playersOf(replay.decisions).filter((a) => prepared.actorIds.includes(a)),
  };
  let mismatch: Verdict | null = null;
  const check = (game: Game) => {
    onTurn?.(game);
    const turn = game.log.length;
    const actual = game.hashes[turn] ?? '';
    const expected = replay.hashes[turn - 1] ?? '';
    if (actual !== expected) mismatch = { kind: 'hash_mismatch', turn, expected, actual };
    return mismatch === null;
  };
  const played = playOn(game, replay.decisions, replay.hashes.length, check, replay.injections);
  if (!played.ok) {
    if ('failure' in played) {
      const { turn, actor, error } = played.failure;
      return {
        ok: true,
        game: played.game,
        verdict: { kind: 'illegal_decision', turn, actor, message: error.reason ?? error.message },
      };
    }
    return played;
  }
  return {
    ok: true,
    game: played.game,
    verdict: mismatch ?? { kind: 'verified', turns: played.game.log.length },
  };
}
