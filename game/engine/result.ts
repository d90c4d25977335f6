import type { Value } from './inputs.ts';
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
}

export type Result<T> = ({ ok: true } & T) | { ok: false; error: EngineError };

export function fail(
  code: ErrorCode,
  message: string,
  legal?: LegalAction[],
): { ok: false; error: EngineError } {
  return { ok: false, error: legal ? { code, message, legal } : { code, message } };
}
