import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { playScripted } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { debriefReport } from '../../game/text/debrief-report.ts';
import { AUTOSAVE_KEY } from '../../game/ui/autosave.ts';
import { library, shipped } from '../helpers/shipped.ts';
import { decideAndPlay, openPage, settled, useBrowser, WHOLE_GAME_TIMEOUT } from './chromium.ts';

/** Issue 13 in the browser: the Debrief button, and the game saved in the browser and resumed after a reload. */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

const chromium = useBrowser();

/** The log of the turn shown, as a student reads it. */
async function logText(page: Page): Promise<string> {
  await page.keyboard.press('j');
  const text = (await page.textContent('#tab-log')) ?? '';
  await page.keyboard.press('a');
  return text;
}

const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), AUTOSAVE_KEY);

describe('the game saved in this browser', () => {
  it('survives a reload: the page offers it, and resuming gives the same turn, hashes and log', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    await decideAndPlay(page, 'convene_talks', 1);
    await decideAndPlay(page, 'pass', 2);
    const hashes = await page.evaluate(() => window.__greatgame.hashes);
    const log = await logText(page);
    expect(JSON.parse((await saved(page)) ?? '{}').hashes).toEqual(hashes.slice(1));

    // The game is saved: the reload asks nothing (a refused reload would never show the offer).
    await page.reload();
    await page.waitForSelector('#resume-offer');
    expect(await page.textContent('#resume-offer')).toBe(
      'Resume your game of Withdrawal and takeover, 2021, at turn 3 of 11 (June 2021)? You play Russia.',
    );
    expect(await page.evaluate(() => window.__greatgame.state)).toBeNull();
    await page.click('#resume-game');
    await settled(page);
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(2);
    expect(await page.evaluate(() => window.__greatgame.hashes)).toEqual(hashes);
    expect(await logText(page)).toBe(log);
    expect(await page.textContent('#decide')).toContain('Decide for Russia');

    // "New game" sets the save aside and starts the address's game from its first turn.
    await page.reload();
    await page.click('#resume-new');
    await settled(page);
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(0);
    expect(await saved(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sets a saved value that does not parse aside with a quiet notice, and starts afresh', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    await page.evaluate((key) => localStorage.setItem(key, '{"format": "greatgame-replay", '), AUTOSAVE_KEY);
    await page.reload();
    await page.waitForSelector('#notice');
    expect(await page.getAttribute('#notice', 'role')).toBe('status');
    expect(await page.textContent('#notice')).toContain('Your saved game could not be resumed');
    await settled(page);
    expect(await page.$('#resume-offer')).toBeNull();
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(0);
    expect(await saved(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('asks before closing only when a decision is not yet saved: one of two people has decided', async () => {
    const { page, errors } = await openPage(chromium.browser, `${GAME},tajikistan`);
    await page.click('#handover-ready');
    await settled(page);
    await page.check('#action-pass');
    await page.click('#submit-decision');
    await page.waitForSelector('#handover-ready');
    expect(errors).toEqual([]);
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });
});

/** Opens the after-action report from the Debrief button: the new tab's headings, and whether its charts drew. */
async function debrief(page: Page): Promise<{ headings: string[]; charts: number }> {
  const [tab] = await Promise.all([page.waitForEvent('popup'), page.click('#open-debrief')]);
  await tab.waitForLoadState();
  const headings = await tab.locator('h1, h2').allTextContents();
  const charts = await tab.locator('.chart canvas').count();
  await tab.close();
  return { headings, charts };
}

const HEADINGS = [
  'Turning points',
  'Your decisions beside the rule tables’ choices',
  'Interest scores and indicators over time',
  'Questions for discussion',
  'The timeline',
];

describe('the Debrief button', () => {
  it(
    'opens the after-action report of a loaded replay, and of a game played to its end',
    async () => {
      const decisions = [{ turn: 1, actor: 'russia', action: 'convene_talks', target: null }];
      const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions, 4);
      if (!played.ok) throw new Error(played.error.message);
      const replay = replayOf(played.game, decisions, ENGINE_VERSION);

      const { page, errors } = await openPage(chromium.browser, `${baseUrl}?scenario=withdrawal-2021&seed=2`);
      await settled(page);
      expect(await page.isDisabled('#open-debrief'), 'a game under way has no report yet').toBe(true);
      await page.setInputFiles('#replay-file', {
        name: 'game.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(replay)),
      });
      await page.waitForFunction(() => window.__greatgame.verdict === 'verified');
      const ofReplay = await debrief(page);
      expect(ofReplay.headings[0]).toBe('After-action report: Withdrawal and takeover, 2021');
      for (const heading of HEADINGS) expect(ofReplay.headings).toContain(heading);
      expect(ofReplay.charts, 'the inlined uPlot drew both charts').toBe(2);

      // Left, the replay goes on live with Russia played by a person again, to the end.
      await page.click('#leave-replay');
      for (let turn = 5; turn <= 11; turn++) await decideAndPlay(page, 'pass', turn);
      await page.waitForSelector('text=The game is over');
      // The panel says first how the game ended, in the debrief's words (second review, finding 23).
      expect(await page.textContent('#game-over-ending')).toMatch(/^After 11 turns, in .* ended best served/);
      const atEnd = await debrief(page);
      for (const heading of HEADINGS) expect(atEnd.headings).toContain(heading);
      expect(errors).toEqual([]);
      await page.context().close();
    },
    WHOLE_GAME_TIMEOUT,
  );
});

describe('the report’s charts (second review, finding 38)', () => {
  it('draw one chart and one legend each, inside a 390 px phone, and the page never scrolls sideways', async () => {
    const decisions = [{ turn: 1, actor: 'russia', action: 'convene_talks', target: null }];
    const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions, 11);
    if (!played.ok) throw new Error(played.error.message);
    const report = debriefReport(shipped, library, replayOf(played.game, decisions, ENGINE_VERSION));
    if (!report.ok) throw new Error(report.message);
    const dist = (file: string) => readFileSync(`node_modules/uplot/dist/${file}`, 'utf8');
    const html = report.html({ script: dist('uPlot.iife.min.js'), css: dist('uPlot.min.css') });
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.setContent(html);
    const shown = await page.evaluate(() =>
      ['chart-scores', 'chart-indicators'].map((id) => {
        const holder = document.getElementById(id);
        const canvas = holder?.querySelector('canvas')?.getBoundingClientRect();
        const legend = holder?.querySelector('.u-legend')?.getBoundingClientRect();
        return {
          plots: holder?.querySelectorAll('.uplot').length,
          legends: holder?.querySelectorAll('.u-legend').length,
          // No gap: the plot starts right under the heading, the legend right under the plot.
          gap: (canvas?.top ?? 0) - (holder?.previousElementSibling?.getBoundingClientRect().bottom ?? 0),
          right: Math.max(canvas?.right ?? 0, legend?.right ?? 0),
        };
      }),
    );
    for (const chart of shown) {
      expect(chart).toMatchObject({ plots: 1, legends: 1 });
      expect(chart.gap).toBeLessThan(40);
      expect(chart.right).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
