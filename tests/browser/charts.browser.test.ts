import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { openPage, settled, useBrowser } from './chromium.ts';

const chromium = useBrowser();
let page: Page;
let errors: string[];

/** The page's window listeners of one event type, counted by the DevTools protocol. */
async function windowListeners(type: string): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId ?? '' });
  await cdp.detach();
  return listeners.filter((l) => l.type === type).length;
}

beforeAll(async () => {
  ({ page, errors } = await openPage(
    chromium.browser,
    `${inject('baseUrl')}?scenario=withdrawal-2021&seed=2`,
  ));
  await settled(page);
});

describe('the charts panel', () => {
  it('keeps two uPlot charts alive however often it is drawn (each one adds a window listener)', async () => {
    await page.click('#tab-button-charts');
    await page.waitForSelector('#tab-charts .uplot');
    const before = await windowListeners('dppxchange');
    for (let turn = 1; turn <= 10; turn++) {
      await page.keyboard.press('n');
      await page.waitForFunction((t) => window.__greatgame.turn === t, turn);
      await settled(page);
    }
    expect(await page.locator('#tab-charts .uplot').count()).toBe(2);
    expect(await windowListeners('dppxchange')).toBe(before);
    expect(errors).toEqual([]);
  });

  it('makes a chart anew, and drops the old one, when the indicators shown change', async () => {
    const before = await windowListeners('dppxchange');
    await page.click('#tab-charts summary');
    for (let i = 0; i < 4; i++) {
      // The panel is rebuilt on every change; the picker stays open while boxes are ticked one after another.
      expect(await page.$eval('#tab-charts details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.locator('#tab-charts .choices input[type=checkbox]').nth(i).click();
      await page.waitForSelector('#tab-charts .uplot');
    }
    expect(await page.locator('#tab-charts .uplot').count()).toBe(2);
    expect(await windowListeners('dppxchange')).toBe(before);
  });
});
