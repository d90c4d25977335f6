import type { DecisionEntry, Game } from '../engine/index.ts';
import { REPLAY_FORMAT, REPLAY_VERSION } from '../engine/index.ts';
import type { Forecast, ReplayWithForecasts } from './forecasts.ts';

/**
 * The replay file of a played game: scenario, seed, the human decisions and the per-turn hashes, and the
 * forecasts of the turns played when there are any (a game without forecasts writes the file as before).
 */
export function replayOf(
  game: Game,
  decisions: readonly DecisionEntry[],
  engineVersion: string,
  forecasts: readonly Forecast[] = [],
): ReplayWithForecasts {
  const { meta } = game.state;
  const played = game.log.length;
  const made = forecasts.filter((f) => f.turn <= played).map((f) => ({ ...f }));
  return {
    format: REPLAY_FORMAT,
    version: REPLAY_VERSION,
    engineVersion,
    scenario: meta.scenario,
    scenarioHash: game.prepared.content.hash,
    variant: meta.variant,
    seed: meta.seed,
    options: { withoutSource: [...meta.withoutSource] },
    decisions: decisions
      .filter((d) => d.turn <= played)
      .map((d) => ({ turn: d.turn, actor: d.actor, action: d.action, target: d.target ?? null })),
    hashes: game.hashes.slice(1),
    ...(made.length ? { forecasts: made } : {}),
  };
}

/**
 * Checks the envelope of a replay before its full schema, so that a file from a newer greatgame says which
 * version it needs instead of listing schema errors.
 */
export function replayVersionProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return 'is not a replay: expected a JSON object';
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== REPLAY_FORMAT)
    return `is not a replay: expected format "${REPLAY_FORMAT}", found ${JSON.stringify(format ?? null)}`;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `has an invalid version ${JSON.stringify(version ?? null)}: expected ${REPLAY_VERSION}`;
  }
  if (version > REPLAY_VERSION) {
    return `is replay format version ${version}, which needs a newer greatgame (this one reads version ${REPLAY_VERSION})`;
  }
  return null;
}
