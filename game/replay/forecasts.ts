import { z } from 'zod';
import type { Game } from '../engine/index.ts';
import { ActorId, IndicatorName, ReplayFile } from '../engine/index.ts';

/**
 * A person's forecast for one indicator, made before a turn resolves: which way it will move ("up" or "down",
 * with a confidence of 50-100%) or where it will stand. Forecasts travel in a replay file as an optional
 * `forecasts` list beside the decisions. They are never hashed and never played: a replay verifies the same
 * with them or without them, and an older file without the list reads as before.
 */
export const Forecast = z
  .strictObject({
    turn: z.number().int().min(1),
    actor: ActorId,
    indicator: IndicatorName,
    direction: z.enum(['up', 'down']).optional(),
    confidence: z.number().min(50).max(100).optional(),
    value: z.number().min(0).max(100).optional(),
  })
  .superRefine((f, ctx) => {
    const says = `the forecast of turn ${f.turn} by ${f.actor} for ${f.indicator}`;
    const problem =
      f.direction === undefined && f.value === undefined
        ? `${says} has neither a direction ("up" or "down") nor a value: give exactly one`
        : f.direction !== undefined && f.value !== undefined
          ? `${says} has both a direction and a value: give exactly one`
          : f.direction !== undefined && f.confidence === undefined
            ? `${says} gives a direction without its confidence (50 to 100)`
            : f.value !== undefined && f.confidence !== undefined
              ? `${says} gives a confidence with a value: a confidence goes with a direction only`
              : null;
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
export type Forecast = z.infer<typeof Forecast>;
export const ForecastList = z.array(Forecast);

/** A replay file as this greatgame reads and writes it: the engine's replay, and the forecasts made in it. */
export const ReplayWithForecasts = ReplayFile.extend({ forecasts: ForecastList.optional() });
export type ReplayWithForecasts = z.infer<typeof ReplayWithForecasts>;

/** Most forecasts a role makes on one turn: two or three indicators, as the issue asks. */
export const MAX_FORECASTS_PER_TURN = 3;

export interface ForecastScore {
  forecast: Forecast;
  before: number;
  after: number;
  /** For a direction: 1 if the indicator moved the way predicted, else 0 (no move is a miss). */
  hit: 0 | 1 | null;
  /** For a direction: (confidence/100 - hit)^2, from 0 (sure and right) to 1 (sure and wrong). */
  brier: number | null;
  /** For a value: how far the forecast was from where the indicator ended. */
  error: number | null;
}

/** Scores one forecast against the indicator's value before and after its turn. */
export function scoreForecast(forecast: Forecast, before: number, after: number): ForecastScore {
  if (forecast.direction !== undefined) {
    const moved = forecast.direction === 'up' ? after > before : after < before;
    const hit = moved ? 1 : 0;
    const p = (forecast.confidence ?? 50) / 100;
    return { forecast, before, after, hit, brier: (p - hit) ** 2, error: null };
  }
  return { forecast, before, after, hit: null, brier: null, error: Math.abs((forecast.value ?? 0) - after) };
}

/** An indicator's value after `turns` turns of a game: the start for 0, else that turn's log. */
function valueAfter(game: Game, turns: number, indicator: string): number | undefined {
  return turns === 0 ? game.initial.indicators[indicator] : game.log[turns - 1]?.indicators[indicator];
}

/**
 * Scores every forecast whose turn the game has played, in the order given. A forecast of a turn not yet
 * played, or of an indicator this game does not have, is left out: it has no outcome to be scored against.
 */
export function scoreForecasts(game: Game, forecasts: readonly Forecast[]): ForecastScore[] {
  return forecasts.flatMap((f) => {
    const before = valueAfter(game, f.turn - 1, f.indicator);
    const after = valueAfter(game, f.turn, f.indicator);
    return before === undefined || after === undefined ? [] : [scoreForecast(f, before, after)];
  });
}

/** The mean Brier score and mean absolute error of a set of scores, or null where there is none of a kind. */
export function forecastTotals(scores: readonly ForecastScore[]): {
  brier: number | null;
  error: number | null;
} {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  return {
    brier: mean(scores.flatMap((s) => (s.brier === null ? [] : [s.brier]))),
    error: mean(scores.flatMap((s) => (s.error === null ? [] : [s.error]))),
  };
}

/** A classroom team's forecast (values per indicator, `protocol/classroom.ts`) as replay entries. */
export function fromClassroomForecast(
  turn: number,
  actor: string,
  forecast: { predictions: Readonly<Record<string, number>> },
): Forecast[] {
  return Object.keys(forecast.predictions)
    .sort()
    .map((indicator) => ({ turn, actor, indicator, value: forecast.predictions[indicator] ?? 0 }));
}
