import type { Value } from './inputs.ts';
import { formatProblem, type Problem } from './problem.ts';
import type { Condition } from './schema/condition.ts';

/** Engine results: a user mistake is returned as a value, never thrown. */
export type ErrorCode =
  | 'unknown_scenario'
  | 'unknown_variant'
  | 'invalid_content'
  | 'invalid_option'
  | 'unknown_actor'
  | 'illegal_action'
  | 'game_over';

export interface LegalAction {
  action: string;
  title: string;
  /** Legal targets in id order, or null when the action takes none. */
  targets: string[] | null;
}

/**
 * An action the actor has but cannot take now, and why: it costs more than the actor has; its precondition
 * does not hold (with the values the precondition read); or no target meets it.
 */
export interface UnavailableAction {
  action: string;
  title: string;
  why:
    | { kind: 'cost'; cost: number; resources: number }
    | { kind: 'requires'; condition: Condition; values: Record<string, Value> }
    | { kind: 'no-target' };
}

export interface EngineError {
  code: ErrorCode;
  message: string;
  legal?: LegalAction[];
  /** For an illegal action: why, without the turn and actor the message starts with (for callers that name them). */
  reason?: string;
  /** For invalid content: each problem, located by file and path (the message lists them as lines). */
  problems?: Problem[];
}

export type Result<T> = ({ ok: true } & T) | { ok: false; error: EngineError };

export function fail(
  code: ErrorCode,
  message: string,
  legal?: LegalAction[],
): { ok: false; error: EngineError } {
  return { ok: false, error: legal ? { code, message, legal } : { code, message } };
}

/** Content that cannot be played: a headline and its problems, one line each in the message. */
export function invalidContent(
  headline: string,
  problems: readonly Problem[],
): { ok: false; error: EngineError } {
  const lines = problems.map(formatProblem);
  return {
    ok: false,
    error: { code: 'invalid_content', message: `${headline}:\n${lines.join('\n')}`, problems: [...problems] },
  };
}
