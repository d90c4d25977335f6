import type { DecisionEntry, Game, Injection } from '../../engine/index.ts';
import type { ChatMessage, Controller, Forecast as WireForecast } from '../../protocol/classroom.ts';
import type { Forecast as ReplayForecast } from '../../replay/forecasts.ts';
import type { SessionConfig } from '../store/types.ts';

/** Who plays a role now: its students, the teacher (a takeover), or its rule table. */
export type { Controller };

export interface Member {
  id: string;
  role: string;
  name: string;
  removed: boolean;
}

/** A team's decision for the turn: the last accepted one stands. `by` is a member id or `teacher`. */
export interface TeamDecision {
  action: string;
  target: string | null;
  by: string;
  at: number;
}

/** A forecast and a message are kept as they travel (`by` a member id, `teacher` or `system`). */
export type Forecast = WireForecast;
export type Message = ChatMessage;

export interface Proposal {
  id: string;
  turn: number;
  from: string;
  to: string;
  terms: string;
  by: string;
  at: number;
  answer: { accept: boolean; by: string; at: number } | null;
}

/** What every role may read: turn resolutions, the teacher's actions, answered proposals. */
export interface PublicEntry {
  n: number;
  at: number;
  turn: number;
  kind: string;
  [key: string]: unknown;
}

/**
 * A session in memory. Everything here follows from the session's config and its log (apply.ts), so it is
 * never stored as such: a restart rebuilds it.
 */
export interface SessionModel {
  id: string;
  config: SessionConfig;
  /** The game at the start of the current turn; decisions are submitted to it only when the turn resolves. */
  game: Game;
  controllers: Record<string, Controller>;
  members: Map<string, Member>;
  decisions: Map<string, TeamDecision>;
  forecasts: Map<string, Forecast>;
  messages: Message[];
  proposals: Map<string, Proposal>;
  publicLog: PublicEntry[];
  /** The human decisions played so far, as the replay file records them. */
  played: DecisionEntry[];
  /** The events the teacher injected, as the replay file records them. */
  injections: Injection[];
  /** The teams' forecasts of the turns resolved so far, as the replay file's optional list records them. */
  forecastsMade: ReplayForecast[];
  /** Students see the rule tables' reasons: the config's choice, then the teacher's last `reasons`. */
  aiReasons: boolean;
  paused: boolean;
  deadline: number | null;
  remaining: number | null;
  ended: boolean;
  /** The number of the last log entry applied. */
  n: number;
}

export function newModel(id: string, config: SessionConfig, game: Game): SessionModel {
  const controllers: Record<string, Controller> = {};
  for (const actor of game.prepared.actorIds)
    controllers[actor] = config.roles.includes(actor) ? 'students' : 'table';
  return {
    id,
    config,
    game,
    controllers,
    members: new Map(),
    decisions: new Map(),
    forecasts: new Map(),
    messages: [],
    proposals: new Map(),
    publicLog: [],
    played: [],
    injections: [],
    forecastsMade: [],
    aiReasons: config.aiReasons !== false,
    paused: false,
    deadline: null,
    remaining: null,
    ended: false,
    n: 0,
  };
}

/** The roles a turn waits for: those people play (students or the teacher), not the rule tables. */
export function waitedRoles(model: SessionModel): string[] {
  return Object.keys(model.controllers)
    .filter((role) => model.controllers[role] !== 'table')
    .sort();
}

export function isOver(model: SessionModel): boolean {
  return model.ended || model.game.state.meta.phase === 'over';
}

export const turnMs = (model: SessionModel): number | null =>
  model.config.turnSeconds === null ? null : model.config.turnSeconds * 1000;
