import { beforeAll, describe, expect, it } from 'vitest';
import { buildDebrief, type Debrief } from '../../game/analysis/debrief.ts';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { type Game, playScripted } from '../../game/engine/index.ts';
import type { Forecast } from '../../game/replay/forecasts.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { debriefHtml, forecastsSection } from '../../game/text/debrief-html.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Issue 13: the after-action report holds "forecasts and their scores". A replay with forecasts gets a table
 * per role with each forecast scored against what the game did; one without gets one line saying so.
 */
const DECISIONS = [
  { turn: 1, actor: 'russia', action: 'pass', target: null },
  { turn: 2, actor: 'russia', action: 'pass', target: null },
];

let game: Game;
/** An indicator's value after `t` turns. */
const at = (t: number, indicator: string) =>
  (t === 0 ? game.initial.indicators[indicator] : game.log[t - 1]?.indicators[indicator]) ?? -1;

function debriefOf(forecasts: Forecast[]): Debrief {
  const built = buildDebrief(shipped, library, replayOf(game, DECISIONS, ENGINE_VERSION, forecasts));
  if (!built.ok) throw new Error(built.message);
  return built.debrief;
}

/** An indicator that moved in turn 1, and which way. */
let moved: { indicator: string; way: 'up' | 'down' };
let still: string;

beforeAll(() => {
  const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, DECISIONS, 2);
  if (!played.ok) throw new Error(played.error.message);
  game = played.game;
  const names = Object.keys(game.initial.indicators).sort();
  const indicator = names.find((n) => at(0, n) !== at(1, n));
  const unmoved = names.find((n) => at(0, n) === at(1, n));
  if (!indicator || !unmoved) throw new Error('turn 1 should move some indicators and leave others');
  moved = { indicator, way: at(1, indicator) > at(0, indicator) ? 'up' : 'down' };
  still = unmoved;
});

describe('the debrief of a game with forecasts', () => {
  it('scores each forecast against the turn it was made for, by role and turn', () => {
    const wrongWay = moved.way === 'up' ? 'down' : 'up';
    const d = debriefOf([
      { turn: 1, actor: 'russia', indicator: moved.indicator, direction: moved.way, confidence: 80 },
      { turn: 1, actor: 'russia', indicator: still, direction: 'up', confidence: 100 },
      {
        turn: 2,
        actor: 'russia',
        indicator: moved.indicator,
        value: at(2, moved.indicator) <= 97 ? at(2, moved.indicator) + 3 : at(2, moved.indicator) - 3,
      },
      { turn: 1, actor: 'tajikistan', indicator: moved.indicator, direction: wrongWay, confidence: 60 },
    ]);
    expect(d.forecasts.map((r) => r.actor)).toEqual(['russia', 'tajikistan']);
    const [russia, tajikistan] = d.forecasts;
    expect(russia?.rows.map((r) => [r.turn, r.indicator, r.hit, r.brier, r.error])).toEqual([
      [1, moved.indicator, true, expect.closeTo(0.04), null],
      [1, still, false, 1, null],
      [2, moved.indicator, null, null, 3],
    ]);
    expect(russia?.rows[0]).toMatchObject({
      before: at(0, moved.indicator),
      after: at(1, moved.indicator),
      month: 'April 2021',
      said: `${moved.way} (80% sure)`,
      score: 'right, score 0.04 (Brier, lower is better)',
    });
    expect(russia?.rows[1]?.outcome).toBe(`it stayed at ${at(0, still)}`);
    expect(russia?.totals).toEqual({
      brier: expect.closeTo(0.52),
      error: 3,
      directions: 2,
      right: 1,
      values: 1,
    });
    expect(russia?.summary).toBe(
      'Mean Brier score 0.52 over 2 directions (1 right); mean absolute error 3 over 1 value.',
    );
    expect(tajikistan?.rows[0]).toMatchObject({ hit: false, brier: expect.closeTo(0.36) });
  });

  it('writes a table per role on the page, with the outcome and score beside each forecast', () => {
    const d = debriefOf([
      { turn: 1, actor: 'russia', indicator: moved.indicator, direction: moved.way, confidence: 100 },
      { turn: 2, actor: 'russia', indicator: moved.indicator, value: at(2, moved.indicator) },
    ]);
    const html = forecastsSection(d);
    expect(html).toContain('<h2>Forecasts and their scores</h2>');
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toContain('<h3>Russia</h3>');
    expect(html).toContain(`${at(0, moved.indicator)} → ${at(1, moved.indicator)}`);
    expect(html).toContain('right, score 0.00 (Brier, lower is better)');
    expect(html).toContain('exactly right, off by 0 (absolute error, lower is better)');
    expect(html).toContain(
      'Mean Brier score 0.00 over 1 direction (1 right); mean absolute error 0 over 1 value.',
    );
    const page = debriefHtml(d, replayOf(game, DECISIONS, ENGINE_VERSION), { script: '', css: '' });
    expect(page).toContain('Which forecast missed by most');
  });
});

describe('the debrief of a game without forecasts', () => {
  it('has no forecast rows, and the page says so in one line, with no empty table', () => {
    const d = debriefOf([]);
    expect(d.forecasts).toEqual([]);
    const section = forecastsSection(d);
    expect(section).toContain('<p>No one made a forecast in this game.</p>');
    expect(section).not.toContain('<table');
    const page = debriefHtml(d, replayOf(game, DECISIONS, ENGINE_VERSION), { script: '', css: '' });
    expect(page).toContain('No one made a forecast in this game.');
    expect(page).not.toContain('Which forecast missed');
  });
});
