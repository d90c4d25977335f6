/**
 * Headless Chromium from an npm package (@sparticuz/chromium, pinned), or CHROME_PATH. WebGL runs on SwiftShader.
 * Shared by the browser tests (tests/browser/chromium.ts) and `npm run bench` (scripts/bench-browser.ts), so both
 * measure and check the same browser with the same flags. Kept apart from serve-build.ts so that test files that
 * only need a browser do not load Vite.
 */
import chromium from '@sparticuz/chromium';
import { type Browser, chromium as playwright } from 'playwright-core';

/** The flags keep it off the network: this machine reaches no hosts but the package registries. */
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
