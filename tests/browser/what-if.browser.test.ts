import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BranchSummary } from '../../game/analysis/branch.ts';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { playScripted } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { metricRows, outcomeSentence } from '../../game/ui/what-if/words.ts';
import { greatgame } from '../cli/helpers.ts';
import { shipped } from '../helpers/shipped.ts';
import { decideAndPlay, downloadReplay, openPage, settled, useBrowser } from './chromium.ts';

/**
 * Issue 14 in the browser: "What if the AI had played from here?" on the timeline plays `greatgame branch`'s
 * continuations in a worker and shows the CLI's figures in words; the game-over panel opens the debrief.
 */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

const chromium = useBrowser();
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'greatgame-what-if-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the what-if dialog for the turn shown, chooses `runs` and waits for the result. */
async function whatIf(page: Page, runs: number): Promise<void> {
  await page.click('#what-if-open');
  await page.selectOption('#what-if-runs', String(runs));
  await page.click('#what-if-start');
  await page.waitForSelector('#what-if-result', { timeout: 60_000 });
}

/** The dialog's figures as shown: each metric's row of cells, by metric, and the outcome sentences. */
async function shownFigures(page: Page): Promise<{ rows: Record<string, string[]>; outcomes: string[] }> {
  return page.evaluate(() => {
    const rows: Record<string, string[]> = {};
    for (const tr of document.querySelectorAll<HTMLElement>('#what-if tr[data-metric]'))
      rows[tr.dataset.metric ?? ''] = [...tr.children].map((c) => c.textContent ?? '');
    const outcomes = [...document.querySelectorAll('#what-if-outcomes li')].map((li) => li.textContent ?? '');
    return { rows, outcomes };
  });
}

/** What the dialog should show for the CLI's summary: the same words over `greatgame branch --json`'s figures. */
function expectedFigures(summary: BranchSummary): { rows: Record<string, string[]>; outcomes: string[] } {
  const { indicators, scores } = metricRows(summary);
  const rows: Record<string, string[]> = {};
  for (const r of [...indicators, ...scores])
    rows[r.metric] = [r.label, r.recorded, r.range, r.mean, r.interval, r.compared];
  const outcomes = Object.entries(summary.flags).map(([flag, f]) =>
    outcomeSentence(flag, f.recorded, f.asRecorded),
  );
  return { rows, outcomes };
}

describe('What if the AI had played from here?', () => {
  it('shows, for a turn looked back at, the figures `greatgame branch` gives on the downloaded replay', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    await decideAndPlay(page, 'convene_talks', 1);
    await decideAndPlay(page, 'pass', 2);
    await decideAndPlay(page, 'pass', 3);
    const { path } = await downloadReplay(page);
    await page.keyboard.press(',');
    await page.waitForFunction(() => window.__greatgame.viewing === 2);
    await settled(page);
    await whatIf(page, 50);

    const cli = await greatgame(
      ['branch', path, '--turn', '2', '--runs', '50', '--json', '--workers', '1'],
      dir,
    );
    expect(cli.stderr).toBe('');
    const summary: BranchSummary = JSON.parse(cli.stdout);
    const shown = await shownFigures(page);
    expect(Object.keys(shown.rows)).toEqual(Object.keys(summary.metrics));
    expect(shown).toEqual(expectedFigures(summary));
    expect(shown.outcomes.length, 'withdrawal-2021 keeps Kabul and the US base').toBeGreaterThan(0);
    const text = (await page.textContent('#what-if')) ?? '';
    expect(text).toContain('50 continuations after turn 2 (May 2021) to the end (turn 11)');
    expect(text).toContain(
      'In your game a person played Russia after turn 2; here the rule tables play it too',
    );
    expect(text, 'no snake_case id reaches the student').not.toMatch(/\b[a-z]+_[a-z_]+\b/);
    expect(await page.evaluate(() => document.activeElement?.id), 'the result has the focus').toBe(
      'what-if-result',
    );

    // Escape closes it, and the page is the page again.
    await page.keyboard.press('Escape');
    await page.waitForSelector('#what-if', { state: 'detached' });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);

  it('shows its progress, and Cancel stops the worker and says how far it got', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    await page.keyboard.press('w');
    await page.waitForSelector('#what-if-runs');
    expect(await page.evaluate(() => document.activeElement?.id), 'the keys reach the dialog').toBe(
      'what-if-runs',
    );
    expect(await page.inputValue('#what-if-runs')).toBe('100');
    await page.selectOption('#what-if-runs', '1000');
    await page.click('#what-if-start');
    await page.waitForFunction(
      () => Number(document.querySelector<HTMLProgressElement>('#what-if-progress')?.value) > 0,
    );
    await page.click('#what-if-cancel');
    expect(await page.textContent('#what-if-cancelled')).toMatch(
      /^Cancelled after \d+ of 1000 continuations\.$/,
    );
    expect(await page.$('#what-if-result')).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says clearly when the worker cannot start', async () => {
    const context = await chromium.browser.newContext();
    await context.addInitScript(() => {
      window.Worker = class {
        constructor() {
          throw new Error('workers are blocked here');
        }
      } as unknown as typeof Worker;
    });
    const page = await context.newPage();
    await page.goto(GAME);
    await settled(page);
    await whatIfStart(page);
    await page.waitForSelector('#what-if-error');
    expect(await page.textContent('#what-if-error')).toBe(
      'The continuations could not be played in this browser: its background worker did not start. Reload the page and try again. (workers are blocked here)',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('what-if-close');
    await context.close();
  });
});

async function whatIfStart(page: Page): Promise<void> {
  await page.click('#what-if-open');
  await page.click('#what-if-start');
}

describe('the debrief from the decision panel', () => {
  it('opens the report from a replay played back and from the game-over panel, and plays on from turn 0', async () => {
    const decisions = [{ turn: 1, actor: 'russia', action: 'convene_talks', target: null }];
    const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions);
    if (!played.ok) throw new Error(played.error.message);
    const replay = replayOf(played.game, decisions, ENGINE_VERSION);
    const { page, errors } = await openPage(chromium.browser, `${baseUrl}?scenario=withdrawal-2021&seed=2`);
    await settled(page);
    await page.setInputFiles('#replay-file', {
      name: 'game.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(replay)),
    });
    await page.waitForFunction(() => window.__greatgame.verdict === 'verified');
    const report = async () => {
      const [tab] = await Promise.all([page.waitForEvent('popup'), page.click('#panel-debrief')]);
      await tab.waitForLoadState();
      const heading = await tab.locator('h1').first().textContent();
      await tab.close();
      return heading;
    };
    expect(await report(), 'from the replay panel').toBe(
      'After-action report: Withdrawal and takeover, 2021',
    );

    // The replay's turn 0: the tables from the very start, against the whole recorded game.
    await whatIf(page, 50);
    expect(await page.textContent('#what-if')).toContain(
      '50 continuations from the first turn to the end (turn 11)',
    );
    await page.click('#what-if-close');

    await page.click('#leave-replay');
    await page.waitForSelector('text=The game is over');
    expect(await report(), 'from the game-over panel').toBe(
      'After-action report: Withdrawal and takeover, 2021',
    );

    // From the last turn of a finished game nothing is left to play: every continuation is the game itself.
    await whatIf(page, 50);
    expect(await page.textContent('#what-if')).toContain(
      'The game is over after turn 11: nothing is left to play',
    );
    const comparisons = await page.$$eval('#what-if tr[data-metric] td:last-child', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(comparisons.length).toBeGreaterThan(10);
    expect(new Set(comparisons)).toEqual(new Set(['no clear difference']));
    expect(errors).toEqual([]);
    await page.context().close();
  }, 240_000);
});
