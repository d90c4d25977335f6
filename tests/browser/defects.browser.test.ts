import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, settled, useBrowser } from './chromium.ts';

/** The defects a new user listed (issue 13), each as the user met it. */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

const chromium = useBrowser();

const checkedAction = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLInputElement>('#decide input[name=action]:checked')?.value ?? null,
  );

describe('the decision panel', () => {
  it('chooses nothing for the player: Enter with no action chosen asks for one and plays nothing', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    expect(await checkedAction(page)).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#error');
    expect(await page.textContent('#error')).toContain('Choose an action first');
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('numbers every action, and its number typed on the keyboard chooses it, past 9 too', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    const values = await page.$$eval('#decide input[name=action]', (radios) =>
      radios.map((r) => (r as HTMLInputElement).value),
    );
    expect(values.length, 'Russia has more actions than one digit reaches in April 2021').toBeGreaterThan(9);
    const labels = await page.$$eval('#decide .action label > span', (s) => s.map((e) => e.textContent));
    expect(labels.every((l, i) => l?.startsWith(`${i + 1}. `))).toBe(true);
    for (const n of [3, values.length, 10]) {
      for (const digit of String(n)) await page.keyboard.press(digit);
      expect(await checkedAction(page), `typed ${n}`).toBe(values[n - 1]);
      // A pause ends the number: the next digit starts a new one.
      await page.waitForTimeout(1300);
    }
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.__greatgame.turn === 1);
    expect(await page.evaluate(() => window.__greatgame.state?.meta.turn)).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the charts', () => {
  it('show the latest values in their legends when not hovered, and the player’s own actor among the scores', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    for (let turn = 1; turn <= 2; turn++) {
      await page.check('#action-pass');
      await page.click('#submit-decision');
      await page.waitForFunction((t) => window.__greatgame.turn === t, turn);
      await settled(page);
    }
    await page.keyboard.press('c');
    const legend = (chart: number) =>
      page.$$eval(`#tab-charts .chart:nth-of-type(${chart}) .u-legend tr.u-series`, (rows) =>
        rows.slice(1).map((r) => ({
          label: r.querySelector('.u-label')?.textContent ?? '',
          value: r.querySelector('.u-value')?.textContent ?? '',
        })),
      );
    const charts = await page.$$('#tab-charts .chart');
    expect(charts).toHaveLength(2);
    const indicators = await legend(1);
    expect(indicators.length).toBeGreaterThan(0);
    expect(indicators.every((r) => r.value !== '--' && r.value !== '')).toBe(true);
    const scores = await legend(2);
    const russia = scores.find((r) => r.label === 'Russia (you)');
    expect(russia?.value).toBe(
      String(await page.evaluate(() => window.__greatgame.state?.actors.russia?.score)),
    );
    // Hovering shows the turn under the cursor; leaving returns to the latest.
    const box = await charts[1]?.$('.u-over');
    const area = await box?.boundingBox();
    if (!area) throw new Error('no chart area');
    await page.mouse.move(area.x + 2, area.y + area.height / 2);
    await page.mouse.move(area.x + area.width + 40, area.y - 40);
    expect((await legend(2)).find((r) => r.label === 'Russia (you)')?.value).toBe(russia?.value);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
