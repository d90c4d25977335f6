import type { z } from 'zod';
import type { GameView, LegalAction } from '../engine/index.ts';
import type { Forecast as ReplayForecast } from '../replay/forecasts.ts';
import { type Intent as IntentSchema, MAX_TEXT } from './intents.ts';

/**
 * The classroom protocol on the wire (../shared/CLASSROOM.md): what the server sends and what clients send.
 * The server builds its views as these types and checks intents with the schema in ./intents.ts, and the
 * browser pages read the same types, so the two cannot drift apart.
 */

export type Controller = 'students' | 'teacher' | 'table';

export interface TeamMember {
  id: string;
  name: string;
  connected: boolean;
  /** Teacher's view only. */
  removed?: boolean;
}

export interface TeamDecision {
  action: string;
  target: string | null;
  /** A member's name, or `teacher`. */
  by: string;
  byMember: string;
  at: number;
}

export interface Forecast {
  predictions: Record<string, number>;
  by: string;
  at: number;
}

export interface ChatMessage {
  id: string;
  turn: number;
  from: string;
  to: string;
  text: string;
  /** A rule table's message: the report's sentence behind its row, with its source. Left out of a student's
   * view while the teacher hides the AI's reasons. */
  reason?: string;
  /** A student's view: the sender's name; the teacher's: a member id, `teacher` or `system`. */
  by: string;
  at: number;
}

export interface ProposalItem {
  id: string;
  turn: number;
  from: string;
  to: string;
  terms: string;
  by: string;
  at: number;
  answer: { accept: boolean; by: string; at?: number } | null;
}

/** The session's public record: resolutions, pauses, takeovers, answered proposals, the end. */
export interface PublicEntry {
  n: number;
  at: number;
  turn: number;
  kind: string;
  [key: string]: unknown;
}

export interface RoleStanding {
  role: string;
  controller: Controller;
  members: number;
  decided: boolean;
}

export interface Settings {
  scenario: string;
  variant: string;
  roles: string[];
  turnSeconds: number | null;
  forecasts: boolean;
  /** Students see the rule tables' reasons (each AI action's `why`); off, the student views have none. */
  aiReasons: boolean;
  /** Teacher's view only. */
  seed?: number;
  codes?: Record<string, string>;
}

export interface StudentBody {
  settings: Settings;
  game: GameView | null;
  legal: LegalAction[];
  controller: Controller;
  publicLog: PublicEntry[];
  messages: ChatMessage[];
  proposals: ProposalItem[];
  team: {
    members: TeamMember[];
    decision: TeamDecision | null;
    forecast: Forecast | null;
    /**
     * The team's forecasts of the turns already played, as the replay file records them (an extension of the
     * contract): the page scores them against the log, so the team sees each beside its outcome.
     */
    pastForecasts: ReplayForecast[];
  };
  roles: RoleStanding[];
}

export interface TeamView {
  controller: Controller;
  code: string | null;
  members: TeamMember[];
  decision: TeamDecision | null;
  forecast: Forecast | null;
  legal: LegalAction[];
}

export interface TeacherBody {
  settings: Settings;
  game: GameView | null;
  publicLog: PublicEntry[];
  messages: ChatMessage[];
  proposals: ProposalItem[];
  teams: Record<string, TeamView>;
  roles: RoleStanding[];
  remaining: number | null;
}

export interface ViewMessage<B> {
  type: 'view';
  session: string;
  role: string;
  turn: number;
  date: string;
  phase: string;
  paused: boolean;
  /** When the turn's timer runs out, on the server's clock (ms since 1970), or null. */
  deadline: number | null;
  /** The server's clock as it sent this view: a page counts the time left from it, since a phone's own clock
   * may be minutes out. */
  now: number;
  view: B;
}

export interface Reply {
  type: 'ack' | 'error';
  id: string | null;
  code?: string;
  message?: string;
  legal?: LegalAction[];
}

/** What a client sends, before the socket gives it an id (the input of the schema, so defaults may be left out). */
export type Intent = DistributiveOmit<z.input<typeof IntentSchema>, 'id'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** CLASSROOM.md: a message's text is at most 1,000 characters (MAX_TEXT, from the schema); a name at most 40. */
export { MAX_TEXT };
export const MAX_NAME = 40;

/**
 * A rule table's move in a student's view while the teacher hides the AI's reasons: the move and its outcome
 * stay, but `ruleId` names no row (so no quote or condition can be looked up) and `why` is null. A person's
 * move still has `ruleId: null`.
 */
export const HIDDEN_RULE = 'hidden';
