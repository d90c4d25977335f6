/**
 * The browser half of `npm run bench`: builds the game, serves it on loopback and measures it in headless
 * Chromium (the same one the browser tests use): time from load to the first map drawn, time for a turn advance
 * with its redraw, and the gzipped sizes of the initial JS and of the Phaser chunk.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from './browser/chromium.ts';
import { serveBuild } from './browser/serve-build.ts';

export const BROWSER_TARGETS = { firstMapMs: 2000, turnMs: 16, initialJsKb: 400 };

export interface BrowserFigures {
  browser: string;
  firstMapMs: number;
  turnMs: number;
  turnWithFrameMs: number;
  initialJsKb: number;
  phaserKb: number;
  targets: typeof BROWSER_TARGETS;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function measureBrowser(progress: (text: string) => void): Promise<BrowserFigures> {
  progress('building the game...');
  const served = await serveBuild({ prefix: 'greatgame-bench-', logLevel: 'silent' });
  try {
    const { outDir, url } = served;
    const assets = readdirSync(join(outDir, 'assets'));
    const gzipKb = (prefix: string) =>
      assets
        .filter((f) => f.startsWith(prefix) && f.endsWith('.js'))
        .reduce((sum, f) => sum + gzipSync(readFileSync(join(outDir, 'assets', f))).length / 1024, 0);

    const browser = await launch();
    try {
      progress('measuring the first map...');
      const firsts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
        await page.goto(`${url}?scenario=withdrawal-2021&seed=${i + 1}`);
        await page.waitForFunction(
          () => window.__greatgame?.firstDrawnAt !== null && window.__greatgame?.ready,
          null,
          { timeout: 30_000 },
        );
        firsts.push((await page.evaluate(() => window.__greatgame.firstDrawnAt)) ?? 0);
        await page.close();
      }

      progress('measuring turn advances...');
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, locale: 'en-US' });
      await page.goto(`${url}?scenario=withdrawal-2021&seed=9`);
      await page.waitForFunction(() => window.__greatgame?.ready);
      // A string, not a function: tsx wraps named functions in a helper the page does not have.
      const turns = (await page.evaluate(`(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
        const sync = [];
        const framed = [];
        for (let t = 0; t < 10; t++) {
          const button = document.getElementById('next-turn');
          if (!button) break;
          const started = performance.now();
          button.click(); // engine step, panels re-rendered, map shapes restyled
          sync.push(performance.now() - started);
          await frame();
          framed.push((await frame()) - started);
        }
        return { sync, framed };
      })()`)) as { sync: number[]; framed: number[] };
      return {
        browser: browser.version(),
        firstMapMs: Math.round(median(firsts)),
        turnMs: Number(median(turns.sync).toFixed(1)),
        turnWithFrameMs: Number(median(turns.framed).toFixed(1)),
        initialJsKb: Math.round(gzipKb('index-')),
        phaserKb: Math.round(gzipKb('phaser-')),
        targets: BROWSER_TARGETS,
      };
    } finally {
      await browser.close();
    }
  } finally {
    await served.close();
  }
}
