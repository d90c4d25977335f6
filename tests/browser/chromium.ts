import chromium from '@sparticuz/chromium';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';

/**
 * Headless Chromium from an npm package (@sparticuz/chromium, pinned), or CHROME_PATH. WebGL runs on SwiftShader.
 * The flags keep it off the network: this machine reaches no hosts but the package registries.
 */
export const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
];

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROME_PATH ?? (await chromium.executablePath());
  return playwright.launch({ executablePath, headless: true, args: FLAGS });
}

/** A page of fixed size and locale, with every console error and page error collected. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    locale: 'en-US',
    acceptDownloads: true,
  });
  const page = await context.newPage();
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
