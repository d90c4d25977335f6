import { describe, expect, it } from 'vitest';
import {
  Forecast,
  forecastTotals,
  ReplayWithForecasts,
  scoreForecast,
  scoreForecasts,
} from '../../game/replay/forecasts.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { playToEnd } from '../helpers/shipped.ts';

/** Issue 13, forecasts: a person predicts indicators before a turn; the replay keeps them, unhashed. */
const up = { turn: 1, actor: 'russia', indicator: 'peace_process', direction: 'up', confidence: 80 } as const;

describe('scoring a forecast', () => {
  it('gives a direction the Brier score of its confidence against whether it came true', () => {
    expect(scoreForecast(up, 30, 35).brier).toBeCloseTo(0.04);
    expect(scoreForecast(up, 30, 25).brier).toBeCloseTo(0.64);
    expect(scoreForecast({ ...up, direction: 'down' }, 30, 25).hit).toBe(1);
  });

  it('counts an indicator that did not move as a miss for either direction', () => {
    expect(scoreForecast(up, 30, 30).hit).toBe(0);
    expect(scoreForecast({ ...up, direction: 'down' }, 30, 30).hit).toBe(0);
  });

  it('gives a value its absolute error against where the indicator ended', () => {
    const value = { turn: 1, actor: 'russia', indicator: 'peace_process', value: 40 };
    expect(scoreForecast(value, 30, 33)).toMatchObject({ error: 7, brier: null, hit: null });
  });

  it('averages Brier scores and errors apart', () => {
    const scores = [scoreForecast(up, 30, 35), scoreForecast(up, 30, 25)];
    expect(forecastTotals(scores)).toEqual({ brier: expect.closeTo(0.34), error: null });
  });

  it("reads before and after from the game's log, and leaves out turns not played", () => {
    const game = playToEnd('withdrawal-2021', 1);
    const before = game.log[0]?.indicators.peace_process ?? -1;
    const after = game.log[1]?.indicators.peace_process ?? -1;
    const [scored, ...rest] = scoreForecasts(game, [
      { ...up, turn: 2 },
      { ...up, turn: 99 },
    ]);
    expect(rest).toEqual([]);
    expect(scored).toMatchObject({ before, after });
  });
});

describe('a forecast entry', () => {
  it('takes exactly one of a direction (with its confidence) and a value', () => {
    expect(Forecast.safeParse(up).success).toBe(true);
    const both = Forecast.safeParse({ ...up, value: 30 });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toMatch(/turn 1 by russia for peace_process has both/);
    expect(Forecast.safeParse({ ...up, confidence: undefined }).success).toBe(false);
    expect(Forecast.safeParse({ turn: 1, actor: 'russia', indicator: 'peace_process' }).success).toBe(false);
    expect(Forecast.safeParse({ ...up, confidence: 40 }).success).toBe(false);
  });
});

describe('the replay file with forecasts', () => {
  it('reads a replay with the optional list and one without it, and names a bad entry by its place', () => {
    const game = playToEnd('withdrawal-2021', 1);
    const plain = replayOf(game, [], '0.0.0');
    expect(ReplayWithForecasts.safeParse(plain).success).toBe(true);
    expect(ReplayWithForecasts.safeParse({ ...plain, forecasts: [up] }).success).toBe(true);
    const bad = ReplayWithForecasts.safeParse({ ...plain, forecasts: [up, { ...up, value: 3 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['forecasts', 1]);
  });
});
