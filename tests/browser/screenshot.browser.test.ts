import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, settled, useBrowser } from './chromium.ts';

/**
 * The map after turn 1 of withdrawal-2021 (seed 2, every actor on its table) against a committed reference:
 * at most 0.5% of pixels may differ, at pixelmatch threshold 0.1. The reference records the browser that made
 * it; `npm run screenshot:update` remakes it on purpose (review the picture before committing it).
 */
const REFERENCE = new URL('./reference/map-turn1.png', import.meta.url);
const REFERENCE_INFO = new URL('./reference/map-turn1.json', import.meta.url);
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);
const MAX_DIFFERENT = 0.005;

const chromium = useBrowser();
let shot: Buffer;
let version: string;

beforeAll(async () => {
  version = chromium.browser.version();
  const { page, errors } = await openPage(
    chromium.browser,
    `${inject('baseUrl')}?scenario=withdrawal-2021&seed=2`,
  );
  await settled(page);
  await page.click('#next-turn');
  await page.waitForFunction(() => window.__greatgame.turn === 1);
  await settled(page);
  shot = await page.locator('#map canvas').screenshot();
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(new URL('map-turn1.png', ARTIFACTS), shot);
  if (errors.length) throw new Error(`console errors: ${errors.join('\n')}`);
  if (process.env.UPDATE_SCREENSHOT === '1') {
    writeFileSync(REFERENCE, shot);
    writeFileSync(
      REFERENCE_INFO,
      `${JSON.stringify({ browser: version, scenario: 'withdrawal-2021', seed: 2, turn: 1 }, null, 2)}\n`,
    );
  }
});

describe('the map after turn 1', () => {
  it('matches the committed reference within 0.5% of pixels', () => {
    expect(existsSync(REFERENCE), 'no reference: run `npm run screenshot:update` and review it').toBe(true);
    const info = JSON.parse(readFileSync(REFERENCE_INFO, 'utf8')) as { browser: string };
    const expected = PNG.sync.read(readFileSync(REFERENCE));
    const actual = PNG.sync.read(shot);
    const versions = `reference made with Chromium ${info.browser}, this run uses ${version}`;
    expect(`${actual.width}x${actual.height}`, versions).toBe(`${expected.width}x${expected.height}`);
    const diff = new PNG({ width: actual.width, height: actual.height });
    const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
      threshold: 0.1,
    });
    writeFileSync(new URL('map-turn1.diff.png', ARTIFACTS), PNG.sync.write(diff));
    const share = different / (actual.width * actual.height);
    expect(
      share,
      `${(share * 100).toFixed(2)}% of pixels differ (${versions}); see test-artifacts/map-turn1.diff.png`,
    ).toBeLessThanOrEqual(MAX_DIFFERENT);
  });

  it('is a real map: sea, land and coloured zones, not a blank canvas', () => {
    const png = PNG.sync.read(shot);
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97)
      colours.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
    expect(colours.size).toBeGreaterThan(50);
  });
});
