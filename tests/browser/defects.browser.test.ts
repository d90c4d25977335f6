import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, settled } from './chromium.ts';

/** The defects a new user listed (issue 13), each as the user met it. */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const checkedAction = (page: Page) =>
  page.evaluate(
    () => document.querySelector<HTMLInputElement>('#decide input[name=action]:checked')?.value ?? null,
  );

describe('the decision panel', () => {
  it('chooses nothing for the player: Enter with no action chosen asks for one and plays nothing', async () => {
    const { page, errors } = await openPage(browser, GAME);
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
    const { page, errors } = await openPage(browser, GAME);
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
