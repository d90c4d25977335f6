import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { MapGeometry } from '../../game/map/geometry.ts';
import { labelBoxes } from '../../game/scenes/label-boxes.ts';
import { decideAndPlay, openPage, settled, useBrowser } from './chromium.ts';

/** The phone defects a new user listed (issue 13), at 390x844 with touch, each as the user met it. */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

const chromium = useBrowser();

type Rect = { x: number; y: number; width: number; height: number };
const box = async (page: Page, selector: string): Promise<Rect> => {
  const found = await (await page.$(selector))?.boundingBox();
  if (!found) throw new Error(`${selector} is not on the page`);
  return found;
};
const intersect = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('on a 390 px phone', () => {
  it('shows the whole scenario list in the setup dialog', async () => {
    const { page, errors } = await openPage(chromium.browser, baseUrl, { phone: true });
    await page.waitForSelector('#setup-scenario');
    for (const selector of ['#setup-scenario', '.dialog']) {
      const { x, width } = await box(page, selector);
      expect(x, `${selector} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(x + width, `${selector} ends on screen`).toBeLessThanOrEqual(390);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the map’s labels at a readable size', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME, { phone: true });
    await settled(page);
    expect(await page.evaluate(() => window.__greatgame.labelPx)).toBeGreaterThanOrEqual(9);
    // The boxes the badges keep clear of hold the labels as Phaser draws them, so no badge covers one.
    const geometry = JSON.parse(
      readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8'),
    ) as MapGeometry;
    const boxes = labelBoxes(geometry);
    const drawn = await page.evaluate(() => window.__greatgame.labelBounds);
    expect(drawn.length).toBe(boxes.length);
    for (const label of drawn)
      expect(
        boxes.some(
          (b) =>
            b.left <= label.left && b.top <= label.top && b.right >= label.right && b.bottom >= label.bottom,
        ),
        `${label.text} at ${label.left},${label.top}-${label.right},${label.bottom} is inside its box`,
      ).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('puts the error banner under the bar, not over its buttons, and dismisses it', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME, { phone: true });
    await settled(page);
    await page.tap('#submit-decision');
    await page.waitForSelector('#error');
    expect(intersect(await box(page, '#error'), await box(page, '#bar'))).toBe(false);
    await page.tap('#dismiss-error');
    await page.waitForFunction(() => !document.querySelector('#error'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('closes a tapped zone’s tooltip when the tab changes, by key or by tap', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME, { phone: true });
    await settled(page);
    const canvas = await box(page, '#map canvas');
    const tapZone = async () => {
      await page.touchscreen.tap(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
      await page.waitForSelector('#tooltip:not([hidden])');
    };
    await tapZone();
    await page.keyboard.press('j');
    await page.waitForSelector('#tooltip[hidden]', { state: 'attached' });
    await tapZone();
    await page.tap('#tab-button-charts');
    await page.waitForSelector('#tooltip[hidden]', { state: 'attached' });
    expect(await page.getAttribute('#tab-button-charts', 'aria-selected')).toBe('true');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the actor of a tapped badge, lists every badge for a screen reader and keys the colours in the legend', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME, { phone: true });
    await settled(page);
    await decideAndPlay(page, 'pass', 1);
    // Playing scrolls the phone's page down to the log: back up to the map, as a player would.
    await page.locator('#map canvas').scrollIntoViewIfNeeded();
    const badges = await page.evaluate(() => window.__greatgame.badges);
    expect(badges.length, 'turn 1 has actions on the map').toBeGreaterThan(3);
    // A badge the finger can reach: on the canvas as shown, not under the legend's button.
    const reachable = await page.evaluate(
      (all) =>
        all.filter((b) => document.elementFromPoint(b.clientX, b.clientY) instanceof HTMLCanvasElement),
      badges,
    );
    const badge = reachable[0];
    if (!badge) throw new Error('no badge shows on the phone’s map');
    await page.touchscreen.tap(badge.clientX, badge.clientY);
    await page.waitForSelector('#tooltip:not([hidden]) #badge-tooltip');
    const said = await page.textContent('#badge-tooltip');
    expect(said).toBe(badge.label);
    // It names an actor in words, as the legend does, and says how the action went.
    const names = await page.$$eval('#legend .actors > span', (s) => s.map((e) => e.textContent ?? ''));
    expect(names).toContain('Russia');
    expect(
      names.some((n) => said?.startsWith(`${n}: `)),
      `${said} names one of ${names.join(', ')}`,
    ).toBe(true);
    expect(said).toMatch(/\((succeeded|failed)\)$/);
    // The legend's colour for that actor is the badge's.
    const actor = names.find((n) => said?.startsWith(`${n}: `));
    const legendColour = await page.$$eval(
      '#legend .actors > span',
      (spans, name) =>
        spans
          .find((s) => s.textContent === name)
          ?.querySelector<HTMLElement>('.mark')
          ?.style.getPropertyValue('--colour') ?? null,
      actor,
    );
    expect(legendColour?.toLowerCase()).toBe(badge.colour.toLowerCase());
    // Every badge is in the list a screen reader reads (in actor order; the map groups them by place).
    const listed = await page.$$eval('#map-actions li', (items) => items.map((i) => i.textContent));
    expect([...listed].sort()).toEqual(badges.map((b) => b.label).sort());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
