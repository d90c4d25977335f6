import { describe, expect, inject, it } from 'vitest';
import { verifyReplay } from '../../game/engine/index.ts';
import { scoreForecast } from '../../game/replay/forecasts.ts';
import { forecastSentence } from '../../game/text/forecast-words.ts';
import { shipped } from '../helpers/shipped.ts';
import { downloadReplay, openPage, settled, useBrowser } from './chromium.ts';

/**
 * Issue 13, forecasts: before the turn a person predicts indicators in the decision panel; after it each is
 * shown beside its outcome with its score, and the downloaded replay carries them.
 */
const baseUrl = inject('baseUrl');

const chromium = useBrowser();

describe('a forecast in the browser', () => {
  it('is made in the decision panel, scored beside its outcome after the turn, and kept in the replay', async () => {
    const { page, errors } = await openPage(
      chromium.browser,
      `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`,
    );
    await settled(page);
    const before = await page.evaluate(() => window.__greatgame.state?.indicators ?? {});
    // The form sits below every move: a line under the heading leads down to it.
    const link = page.locator('#forecast-link');
    expect(await link.textContent()).toBe('Forecast (optional) ↓');
    const linkTop = (await link.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
    expect(linkTop).toBeLessThan((await page.locator('#decide').boundingBox())?.y ?? 0);
    await link.click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'forecast-indicator-0',
    );
    expect(await page.locator('#forecast').isVisible()).toBe(true);
    await page.check('#action-pass');
    await page.selectOption('select[name=forecast-indicator-0]', 'peace_process');
    await page.selectOption('select[name=forecast-kind-0]', 'up');
    await page.selectOption('select[name=forecast-sure-0]', '100');
    await page.selectOption('select[name=forecast-indicator-1]', 'taliban_territory');
    await page.selectOption('select[name=forecast-kind-1]', 'value');
    expect(await page.isVisible('select[name=forecast-sure-1]'), 'a value needs no confidence').toBe(false);

    // A value left empty is asked for beside the row at fault, not in a banner over the tabs; nothing is played.
    await page.focus('input[name=forecast-value-1]');
    await page.keyboard.press('Enter');
    const problem = page.locator('.forecast-row[data-row="1"] .forecast-error');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Give the value you expect');
    expect(await page.$('#error')).toBeNull();
    expect(await page.$$('.forecast-row[data-row="0"] .forecast-error')).toHaveLength(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('forecast-value-1');
    expect(await page.getAttribute('input[name=forecast-value-1]', 'aria-describedby')).toBe(
      'forecast-error-1',
    );
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(0);

    // Typed and entered from the keyboard, the forecast goes in with the decision and the turn is played.
    await page.focus('input[name=forecast-value-1]');
    await page.keyboard.type('50');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__greatgame.turn === 1);
    await settled(page);
    const after = await page.evaluate(() => window.__greatgame.state?.indicators ?? {});

    const made = [
      { turn: 1, actor: 'russia', indicator: 'peace_process', direction: 'up' as const, confidence: 100 },
      { turn: 1, actor: 'russia', indicator: 'taliban_territory', value: 50 },
    ];
    const results = (await page.textContent('#forecast-results')) ?? '';
    expect(results).toContain('Forecasts for turn 1 · April 2021');
    for (const f of made) {
      const score = scoreForecast(f, before[f.indicator] ?? -1, after[f.indicator] ?? -1);
      expect(results).toContain(forecastSentence(score));
    }
    expect(results).toMatch(
      /You said up \(100% sure\); it (went from \d+ to \d+|stayed at \d+): (right|wrong), score (0|1)\.00 \(Brier, lower is better\)\./,
    );

    const { path, replay } = await downloadReplay(page);
    expect(replay.forecasts).toEqual(made);
    const checked = verifyReplay(shipped, replay);
    expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: 1 });

    // Opened again, the replay shows the forecasts beside the turn they were made for, named by their actor.
    await page.setInputFiles('#replay-file', path);
    await page.waitForFunction(() => window.__greatgame.verdict === 'verified');
    expect(await page.$('#forecast-results'), 'nothing to score before turn 1').toBeNull();
    await page.keyboard.press('.');
    await page.waitForFunction(() => window.__greatgame.viewing === 1);
    expect(await page.textContent('#forecast-results')).toContain('Russia said up (100% sure); it ');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in hot-seat, asks each person for their own and shows each only their own scores', async () => {
    const { page, errors } = await openPage(
      chromium.browser,
      `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia,tajikistan`,
    );
    await settled(page);
    await page.click('#handover-ready');
    await page.check('#action-pass');
    await page.selectOption('select[name=forecast-indicator-0]', 'peace_process');
    await page.click('#submit-decision');
    await page.click('#handover-ready');
    expect(await page.textContent('#decide')).toContain('Decide for Tajikistan');
    expect(await page.inputValue('select[name=forecast-indicator-0]'), 'a fresh form').toBe('');
    await page.check('#action-pass');
    await page.selectOption('select[name=forecast-indicator-0]', 'tajik_taliban_tension');
    await page.selectOption('select[name=forecast-kind-0]', 'down');
    await page.click('#submit-decision');
    await page.waitForFunction(() => window.__greatgame.turn === 1);
    await page.click('#handover-ready');
    const russia = (await page.textContent('#forecast-results')) ?? '';
    expect(russia).toContain('Peace process');
    expect(russia).toContain('You said up (70% sure)');
    expect(russia, 'Tajikistan’s forecast is not shown to Russia').not.toContain('Tajik');
    const { replay } = await downloadReplay(page);
    expect(replay.forecasts?.map((f) => [f.actor, f.indicator, f.direction])).toEqual([
      ['russia', 'peace_process', 'up'],
      ['tajikistan', 'tajik_taliban_tension', 'down'],
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
