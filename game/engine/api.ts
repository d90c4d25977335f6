import { freeze, produce, setAutoFreeze } from 'immer';
import type { ContentSource, ScenarioContent } from './content-source.ts';
import { createState } from './create.ts';
import { chainHash, initialHash } from './hash.ts';
import { illegality, listLegal, listUnavailable } from './levers.ts';
import { prepare } from './prepare.ts';
import type { Prepared } from './prepared.ts';
import { fail, invalidContent, type LegalAction, type Result, type UnavailableAction } from './result.ts';
import type { TurnLog } from './schema/log.ts';
import type { Decision, State } from './schema/state.ts';
import { playTurn } from './turn.ts';

/**
 * A game record: the compiled content it plays, the JSON state, and beside the state (never inside it) the
 * turn log and the chained hashes. `hashes[0]` is h_0, the hash of the starting state; `hashes[t]` follows turn t.
 */
export interface Game {
  readonly prepared: Prepared;
  /** The starting state, before turn 1. */
  readonly initial: State;
  readonly state: State;
  readonly log: readonly TurnLog[];
  readonly hashes: readonly string[];
  /** Actors that people play. The engine never reads it (an actor without a decision is played by its table),
   * so it lives outside the hashed state: who sat at the keyboard does not change a replay. */
  readonly humans: readonly string[];
}

export interface NewGameOptions {
  scenario: string;
  variant?: string;
  seed: number;
  humans?: readonly string[];
  withoutSource?: readonly string[];
}

/** Batch runs (bench, explore) turn freezing off; tests and the browser keep it on so stray mutation fails. */
let freezing = true;

export function configureEngine(options: { freeze: boolean }): void {
  freezing = options.freeze;
  setAutoFreeze(options.freeze);
}

// Compiled content is immutable, so every game of the same resolved content shares one compilation.
const compilations = new WeakMap<ScenarioContent, ReturnType<typeof prepare>>();

function prepareOnce(content: ScenarioContent): ReturnType<typeof prepare> {
  let compiled = compilations.get(content);
  if (!compiled) {
    compiled = prepare(content);
    compilations.set(content, compiled);
  }
  return compiled;
}

/** Which scenario, variant and source filter to play: a game's options without its seed and players. */
export type ScenarioChoice = Pick<NewGameOptions, 'scenario' | 'variant' | 'withoutSource'>;

/** A scenario opened for play, before any game: its compiled content, how many turns it has, its actors. */
export interface OpenedScenario {
  prepared: Prepared;
  turns: number;
  actorIds: readonly string[];
}

/**
 * Resolves and checks a scenario without starting a game: what a caller asks before it plays (how many
 * turns, which actors), so that a decisions file or a replay can be checked against the game it names.
 */
export function openScenario(content: ContentSource, choice: ScenarioChoice): Result<OpenedScenario> {
  const resolved = content.resolve({
    scenario: choice.scenario,
    variant: choice.variant ?? 'baseline',
    withoutSource: choice.withoutSource ?? [],
  });
  if (!resolved.ok) return resolved;
  const compiled = prepareOnce(resolved.content);
  if (!compiled.ok)
    return invalidContent(
      `the scenario content has ${compiled.problems.length} problem(s)`,
      compiled.problems,
    );
  const { prepared } = compiled;
  return { ok: true, prepared, turns: prepared.turns, actorIds: prepared.actorIds };
}

/** Opens a scenario for a game of one seed: the seed checked first, as every way of playing needs it. */
export function openSeeded(
  content: ContentSource,
  choice: ScenarioChoice & { seed: number },
): Result<OpenedScenario> {
  const { seed } = choice;
  if (!Number.isSafeInteger(seed) || seed < 0)
    return fail('invalid_option', `seed must be a non-negative safe integer, got ${seed}`);
  return openScenario(content, choice);
}

export function newGame(content: ContentSource, options: NewGameOptions): Result<{ game: Game }> {
  const { seed } = options;
  const opened = openSeeded(content, options);
  if (!opened.ok) return opened;
  const { prepared } = opened;
  const humans = options.humans ?? [];
  const stranger = humans.find((h) => !prepared.actorIds.includes(h));
  if (stranger !== undefined) {
    return fail(
      'unknown_actor',
      `'${stranger}' is not an actor of ${prepared.content.id} (actors: ${prepared.actorIds.join(', ')})`,
    );
  }
  const created = createState(prepared, { seed });
  const state = freezing ? freeze(created, true) : created;
  return {
    ok: true,
    game: {
      prepared,
      initial: state,
      state,
      log: [],
      hashes: [initialHash(state)],
      // A set: naming an actor twice must not make one person decide twice a turn.
      humans: [...new Set(humans)].sort(),
    },
  };
}

function checkActor(game: Game, actor: string): Result<object> {
  if (game.prepared.actors.has(actor)) return { ok: true };
  return fail(
    'unknown_actor',
    `'${actor}' is not an actor of ${game.state.meta.scenario} (actors: ${game.prepared.actorIds.join(', ')})`,
  );
}

/** The actions `actor` may take this turn, pass included. */
export function legalActions(game: Game, actor: string): Result<{ actions: LegalAction[] }> {
  const known = checkActor(game, actor);
  if (!known.ok) return known;
  return { ok: true, actions: listLegal(game.prepared, game.state, actor) };
}

/** The actions an actor has but cannot take now, and why: so a player sees what vanished from the list. */
export function unavailableActions(game: Game, actor: string): Result<{ actions: UnavailableAction[] }> {
  const known = checkActor(game, actor);
  if (!known.ok) return known;
  return { ok: true, actions: listUnavailable(game.prepared, game.state, actor) };
}

/** Records a decision for this turn; an actor without one is played by its rule table. */
export function submit(game: Game, actor: string, decision: Decision): Result<{ game: Game }> {
  const known = checkActor(game, actor);
  if (!known.ok) return known;
  if (game.state.meta.phase === 'over') return fail('game_over', 'the game is over');
  const target = decision.target ?? null;
  const why = illegality(game.prepared, game.state, actor, decision.action, target);
  if (why !== null) {
    const { error } = fail(
      'illegal_action',
      `turn ${game.state.meta.turn}, ${actor}: ${why}`,
      listLegal(game.prepared, game.state, actor),
    );
    return { ok: false, error: { ...error, reason: why } };
  }
  const state = produce(game.state, (draft) => {
    draft.pending[actor] = { action: decision.action, target };
  });
  return { ok: true, game: { ...game, state } };
}

/** Plays one turn. */
export function step(game: Game): Result<{ game: Game; log: TurnLog }> {
  if (game.state.meta.phase === 'over')
    return fail('game_over', `the game is over after turn ${game.state.meta.turn}`);
  const { state, log } = playTurn(game.prepared, game.state);
  const hash = chainHash(game.hashes[game.hashes.length - 1] ?? '', state, log);
  return { ok: true, log, game: { ...game, state, log: [...game.log, log], hashes: [...game.hashes, hash] } };
}

export type Role = string;

/** What a role may see: the teacher sees everything; a player never sees the seed or others' pending moves. */
export interface GameView {
  role: Role;
  state: Omit<State, 'meta' | 'pending'> & {
    meta: Omit<State['meta'], 'seed'> & { seed?: number };
    pending: State['pending'];
  };
  log: readonly TurnLog[];
  hashes: readonly string[];
}

export function view(game: Game, role: Role): Result<{ view: GameView }> {
  if (role === 'teacher')
    return { ok: true, view: { role, state: game.state, log: game.log, hashes: game.hashes } };
  const known = checkActor(game, role);
  if (!known.ok)
    return fail(
      'unknown_actor',
      `unknown role '${role}': roles are teacher, ${game.prepared.actorIds.join(', ')}`,
    );
  const { seed: _seed, ...meta } = game.state.meta;
  const pending = Object.fromEntries(
    Object.entries(game.state.pending).map(([id, decision]) => [id, id === role ? decision : null]),
  );
  return { ok: true, view: { role, state: { ...game.state, meta, pending }, log: game.log, hashes: [] } };
}
