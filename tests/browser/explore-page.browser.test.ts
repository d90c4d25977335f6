import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { KEY_OUTCOMES } from '../../game/analysis/divergence.ts';
import type { ExploreSummary } from '../../game/analysis/explore.ts';
import { type Histogram, histogramsOf } from '../../game/analysis/histogram.ts';
import { openSweepFile } from '../../game/analysis/open-sweep-file.ts';
import type { SensitivitySummary } from '../../game/analysis/sensitivity.ts';
import { shareCell } from '../../game/text/sweep-words.ts';
import { openPage, useBrowser } from './chromium.ts';

/**
 * Issue 14's explore page in the bundled Chromium: a sweep played in the page's Web Workers gives exactly the
 * figures `greatgame explore --json` prints for the same seeds, and the page shows the CLI's own files the same.
 */
const baseUrl = inject('baseUrl');
const SWEEP = ['--scenario', 'withdrawal-2021', '--variants', 'baseline,us-stays', '--runs', '40'];
const chromium = useBrowser();
let dir: string;
let cliJson: ExploreSummary;
let sensitivityJson: SensitivitySummary;
/** The histograms of the CLI's CSV, built in Node: what the page must show for the same seeds. */
let cliHistograms: Record<string, Histogram>;

const cli = (...args: string[]) =>
  execFileSync(process.execPath, ['bin/greatgame.mjs', ...args], { encoding: 'utf8' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'greatgame-explore-page-'));
  const printed = cli('explore', ...SWEEP, '--json', '--csv', join(dir, 'runs.csv'));
  writeFileSync(join(dir, 'sweep.json'), printed);
  const sensitivity = cli(
    ...['sensitivity', '--scenario', 'withdrawal-2021', '--metric', 'taliban_territory', '--by', 'report'],
    ...['--runs', '10', '--json'],
  );
  writeFileSync(join(dir, 'sensitivity.json'), sensitivity);
  sensitivityJson = JSON.parse(sensitivity);
  writeFileSync(join(dir, 'broken.json'), printed.replace('"runs": 40', '"runs": "forty"'));
  cliJson = JSON.parse(printed);
  const read = openSweepFile('runs.csv', readFileSync(join(dir, 'runs.csv'), 'utf8'));
  if (read.kind !== 'explore' || !read.runs) throw new Error(`runs.csv: ${read.kind}`);
  cliHistograms = histogramsOf(read.summary.variants, read.runs);
}, 120_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openExplore(language?: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(chromium.browser, `${baseUrl}explore`, language ? { language } : {});
  await opened.page.waitForFunction(() => window.__greatgameExplore?.state === 'idle');
  return opened;
}

const state = (page: Page) => page.evaluate(() => window.__greatgameExplore);

/** Charts of a summary: the differences, us-stays' divergence shares, the first turn that differs, a spread per metric. */
const summaryCharts = () => 3 + Object.keys(cliJson.metrics).length;

/** The divergence table's cells for us-stays, and what the CLI's figures give for them. */
async function divergenceCells(page: Page): Promise<{ shown: (string | null)[]; cli: string[] }> {
  const d = cliJson.divergence['us-stays'];
  if (!d || d.firstTurn.median === null) throw new Error('us-stays never diverges from baseline');
  const rows = ['pairs', 'never', 'first-turn', ...KEY_OUTCOMES.map((k) => `flip:${k.flag}`)];
  const shown = await Promise.all(
    rows.map((row) =>
      page.textContent(`#ex-divergence-table tr[data-row="${row}"] td[data-variant="us-stays"]`),
    ),
  );
  const { median, p5, p95 } = d.firstTurn;
  const cli = [
    String(d.pairs),
    shareCell(d.never),
    `${median} (${p5}-${p95})`,
    ...KEY_OUTCOMES.map((k) => shareCell(d.flips[k.flag] ?? { mean: 0, low: 0, high: 0, n: 0 })),
  ];
  return { shown, cli };
}

describe('the explore page', () => {
  it('is linked from the start page', async () => {
    const { page } = await openPage(chromium.browser, baseUrl);
    await page.waitForSelector('#run-explore');
    await Promise.all([page.waitForURL(/\/explore$/), page.click('#run-explore')]);
    await page.waitForFunction(() => window.__greatgameExplore?.state === 'idle');
    await page.context().close();
  });

  it("plays a sweep in Web Workers and gives the CLI's figures for the same seeds", async () => {
    const { page, errors } = await openExplore();
    await page.fill('#ex-variants', 'baseline, us-stays');
    await page.fill('#ex-runs', '40');
    await page.click('#ex-run');
    await page.waitForFunction(() => window.__greatgameExplore.state !== 'running', null, {
      timeout: 60_000,
    });
    const shown = await state(page);
    expect(shown.error).toBeNull();
    expect(shown.state).toBe('done');
    expect(shown.done).toBe(80);
    expect(shown.workers).toBeGreaterThanOrEqual(1);
    expect(shown.explore).toEqual(cliJson);
    // What a reader sees is those numbers too: a spread's cells and a difference's interval.
    const spread = cliJson.metrics.taliban_territory?.['us-stays'];
    const cells = await page.$$eval(
      '#ex-distributions [data-metric="taliban_territory"] tr[data-variant="us-stays"] td',
      (tds) => tds.map((td) => td.textContent),
    );
    expect(cells).toEqual([spread?.mean, spread?.sd, spread?.p5, spread?.p95].map(String));
    const d = cliJson.differences['us-stays']?.taliban_territory;
    expect(
      await page.textContent(
        '#ex-differences tr[data-metric="taliban_territory"] td[data-variant="us-stays"]',
      ),
    ).toMatch(new RegExp(`^${d?.mean} \\[${d?.low}, ${d?.high}\\]`));
    // The divergence figures, and the histograms of the runs: the same counts as the CLI's CSV gives.
    const divergence = await divergenceCells(page);
    expect(divergence.shown).toEqual(divergence.cli);
    expect(shown.histograms).toEqual(cliHistograms);
    const territory = cliHistograms.taliban_territory as Histogram;
    const counts = await page.$$eval(
      '#ex-distributions [data-metric="taliban_territory"] .ex-counts tr[data-bin] td[data-variant="us-stays"]',
      (tds) => tds.map((td) => Number(td.textContent)),
    );
    expect(counts).toEqual(territory.counts['us-stays']);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(await page.locator('#ex-results .uplot').count()).toBe(
      summaryCharts() + Object.keys(cliJson.metrics).length,
    );
    expect(await page.locator('#ex-histogram-note').count()).toBe(0);
    // Words on screen, not the model's ids.
    expect(await page.innerText('#ex-results')).not.toMatch(/[a-z]+_[a-z]+/);
    // Its downloads are the bytes the CLI writes.
    for (const [button, file] of [
      ['#ex-download-json', 'sweep.json'],
      ['#ex-download-csv', 'runs.csv'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync(join(dir, file), 'utf8'));
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stops a sweep at once, and refuses a bad form with the CLI message', async () => {
    const { page, errors } = await openExplore();
    await page.fill('#ex-runs', '1');
    await page.click('#ex-run');
    await expect.poll(() => page.textContent('#ex-error')).toMatch(/--runs: expected 2 to 100000/);
    await page.fill('#ex-runs', '100000');
    await page.click('#ex-run');
    await page.waitForFunction(() => window.__greatgameExplore.done > 0, null, { timeout: 30_000 });
    await page.click('#ex-stop');
    await page.waitForFunction(() => window.__greatgameExplore.state === 'stopped');
    expect((await state(page)).explore).toBeNull();
    expect(await page.isEnabled('#ex-run')).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("opens the CLI's JSON and CSV and shows the same numbers, and names what is wrong with a bad file", async () => {
    const { page, errors } = await openExplore();
    for (const file of ['sweep.json', 'runs.csv']) {
      await page.evaluate(() => {
        document.getElementById('ex-results')?.replaceChildren();
      });
      await page.setInputFiles('#ex-file', join(dir, file));
      await page.waitForSelector('#ex-results .uplot');
      const shown = await state(page);
      expect(shown.error).toBeNull();
      expect(shown.explore).toEqual(cliJson);
      expect(await page.textContent('#ex-about')).toContain(
        'baseline, us-stays (reference baseline), 40 runs',
      );
      const divergence = await divergenceCells(page);
      expect(divergence.shown).toEqual(divergence.cli);
      // A CSV has every run, so its histograms; a JSON summary has none, and the page says so in a line.
      const csv = file.endsWith('.csv');
      expect(shown.histograms).toEqual(csv ? cliHistograms : null);
      expect(await page.locator('#ex-histogram-note').count()).toBe(csv ? 0 : 1);
      expect(await page.locator('#ex-results .uplot').count()).toBe(
        summaryCharts() + (csv ? Object.keys(cliJson.metrics).length : 0),
      );
    }
    await page.setInputFiles('#ex-file', join(dir, 'broken.json'));
    await expect
      .poll(() => page.textContent('#ex-error'))
      .toBe(
        'broken.json is not explore --json output: runs: Invalid input: expected number, received string',
      );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows sensitivity --json's ranked effects as bars, in the CLI's order, even where Intl refuses the language tag", async () => {
    // uPlot formats numbers with navigator.language as it loads: the page's locale guard must come first.
    const { page, errors } = await openExplore('en-US@posix');
    await page.setInputFiles('#ex-file', join(dir, 'sensitivity.json'));
    await page.waitForSelector('#ex-sensitivity .uplot');
    const shown = await state(page);
    expect(shown.error).toBeNull();
    expect(shown.sensitivity).toEqual(sensitivityJson);
    expect(shown.explore).toBeNull();
    const rows = await page.$$eval('#ex-effects tr[data-id]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-id'), tr.querySelector('.ex-effect')?.textContent]),
    );
    expect(rows.map(([id]) => id)).toEqual(sensitivityJson.ablations.map((a) => a.id));
    const first = sensitivityJson.ablations[0]?.effect;
    expect(rows[0]?.[1]).toMatch(new RegExp(`^${first?.mean} \\[${first?.low}, ${first?.high}\\]`));
    expect(await page.locator('#ex-results .uplot').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
