import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ReplayWithForecasts } from '../../game/replay/forecasts.ts';

// The browser itself (the pinned @sparticuz/chromium or CHROME_PATH, and its flags) is shared with `npm run bench`.
import { launch } from '../../scripts/browser/chromium.ts';

/**
 * A page of fixed size and locale, with every console error and page error collected. `language` makes the
 * page see another `navigator.language`, as a browser with that setting would report it; `phone` opens it as
 * a 390x844 touch screen.
 */
export async function openPage(
  browser: Browser,
  url: string,
  { language, phone = false }: { language?: string; phone?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: phone ? { width: 390, height: 844 } : { width: 1600, height: 1000 },
    hasTouch: phone,
    isMobile: phone,
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  if (language)
    await page.addInitScript((tag) => {
      Object.defineProperty(Navigator.prototype, 'language', { get: () => tag, configurable: true });
    }, language);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  await page.goto(url);
  return { page, errors };
}

/** Waits until the page's game is ready and its map has drawn the turn shown, with no animation running. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__greatgame?.ready && window.__greatgame.idle, null, {
    timeout: 20_000,
  });
}

/** Chooses `action` for the one human actor, submits it, and waits until turn `turn` has been played and drawn. */
export async function decideAndPlay(page: Page, action: string, turn: number): Promise<void> {
  await page.check(`#action-${action}`);
  await page.click('#submit-decision');
  await page.waitForFunction((t) => window.__greatgame.turn === t, turn);
  await settled(page);
}

/** Presses Download replay and reads the file the browser saved: its path, and the replay parsed (with its forecasts). */
export async function downloadReplay(page: Page): Promise<{ path: string; replay: ReplayWithForecasts }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-replay')]);
  const path = await download.path();
  return { path, replay: ReplayWithForecasts.parse(JSON.parse(readFileSync(path, 'utf8'))) };
}

/** The browser a test file shares: launched before its first test, closed after its last. */
export interface SharedBrowser {
  readonly browser: Browser;
}

/**
 * Launches one Chromium for the calling test file (in `beforeAll`) and closes it after the file's own `afterAll`
 * hooks, which run first. Call it at the top level of the file; read `.browser` inside hooks and tests.
 */
export function useBrowser(): SharedBrowser {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser(): Browser {
      if (!launched) throw new Error('the browser is not running: useBrowser() launches it before the tests');
      return launched;
    },
  };
}

/**
 * A test that plays a whole game through the page. Eleven turns, each drawn and settled, took 58 s of the default
 * 60 s on a loaded 2-core machine; the bound is a guard against a hang, not a speed check (that is `npm run bench`).
 */
export const WHOLE_GAME_TIMEOUT = 180_000;
