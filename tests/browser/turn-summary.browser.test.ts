import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, settled, useBrowser } from './chromium.ts';

/**
 * Issue 13, "what happened this turn", as a player meets it: after a turn, the Log tab opens on a summary of
 * it, above the log; the player's own moves are marked in words; and the log keeps the reader's place.
 */
const baseUrl = inject('baseUrl');
const GAME = `${baseUrl}?scenario=withdrawal-2021&seed=3&humans=russia`;

const chromium = useBrowser();

/** Decides for Russia from whichever tab is shown: the decision form is kept (hidden) under another tab. */
async function decide(page: Page, action: string, turn: number): Promise<void> {
  await page.evaluate((a) => {
    const radio = document.querySelector<HTMLInputElement>(`#action-${a}`);
    if (!radio) throw new Error(`no action ${a}`);
    radio.checked = true;
    document.querySelector<HTMLFormElement>('#decide')?.requestSubmit();
  }, action);
  await page.waitForFunction((t) => window.__greatgame.turn === t, turn);
  await settled(page);
}

const scrollOf = (page: Page) => page.evaluate(() => document.querySelector('#tab-log')?.scrollTop ?? -1);

/** Where a turn's section of the log sits on screen, relative to the top of the panel. */
const placeOf = (page: Page, turn: number) =>
  page.evaluate((t) => {
    const panel = document.querySelector('#tab-log');
    const section = document.querySelector(`#tab-log section.turn[data-turn="${t}"]`);
    if (!panel || !section) return null;
    return section.getBoundingClientRect().top - panel.getBoundingClientRect().top;
  }, turn);

describe('what happened this turn', () => {
  it('comes first in the log, says how the move went, and the log marks the move and keeps its place', async () => {
    const { page, errors } = await openPage(chromium.browser, GAME);
    await settled(page);
    await decide(page, 'convene_talks', 1);
    // Where the player is, on the Decide tab: what happened is open at its top, on screen (finding 12).
    const fold = page.locator('#tab-decide details.summary-fold');
    expect(await fold.getAttribute('open')).not.toBeNull();
    expect(await fold.locator('.turn-summary h3').isVisible()).toBe(true);
    expect(await fold.locator('.turn-summary h3').textContent()).toBe('What happened in April 2021');
    const box = await fold.locator('.turn-summary h3').boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);
    await page.keyboard.press('j');
    await page.waitForSelector('#tab-log .turn-summary');

    // The summary, then the log below it.
    const order = await page.evaluate(() => {
      const summary = document.querySelector('#tab-log .turn-summary');
      const first = document.querySelector('#tab-log section.turn');
      return summary && first ? summary.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    const summary = await page.textContent('#tab-log .turn-summary');
    expect(summary).toContain('What happened in April 2021');
    expect(summary).toContain('Your move');
    expect(summary).toMatch(
      /Russia's move, Convene regional talks[^,]*, (succeeded\.|failed: it was an? \d+% chance)/,
    );
    const changes = await page.$$('#tab-log .turn-summary .change');
    expect(changes.length).toBeGreaterThanOrEqual(3);
    expect(changes.length).toBeLessThanOrEqual(5);

    // The player's own move is marked with a word, not a colour alone.
    const own = await page.$$eval('#tab-log section.turn .entry.own', (entries) =>
      entries.map((e) => ({
        actor: e.getAttribute('data-actor'),
        mark: e.querySelector('.own-mark')?.textContent,
      })),
    );
    expect(own).toEqual([{ actor: 'russia', mark: 'your move' }]);
    expect(await page.$$('#tab-log section.turn .entry:not(.own) .own-mark')).toHaveLength(0);

    // At the newest end, a new turn shows at once.
    expect(await scrollOf(page)).toBe(0);
    await decide(page, 'pass', 2);
    expect(await scrollOf(page)).toBe(0);
    expect(await page.textContent('#tab-log .turn-summary h3')).toBe('What happened in May 2021');
    // On the next turn, the tables that read Russia's talks say so.
    expect(await page.textContent('#tab-log .turn-summary')).toContain(
      'Who reacted in May 2021 to your April 2021 move, “Convene regional talks',
    );

    for (let turn = 3; turn <= 4; turn++) await decide(page, 'pass', turn);
    // A reader further down keeps the turn they read where it was, however much arrives above it.
    await page.evaluate(() => {
      const panel = document.querySelector('#tab-log');
      const section = document.querySelector<HTMLElement>('#tab-log section.turn[data-turn="2"]');
      if (panel && section)
        panel.scrollTop += section.getBoundingClientRect().top - panel.getBoundingClientRect().top - 20;
    });
    const before = await placeOf(page, 2);
    const scrolled = await scrollOf(page);
    expect(scrolled).toBeGreaterThan(0);
    await decide(page, 'pass', 5);
    const after = await placeOf(page, 2);
    expect(before).not.toBeNull();
    expect(Math.abs((after ?? 0) - (before ?? 0))).toBeLessThanOrEqual(2);
    expect(await scrollOf(page)).toBeGreaterThan(scrolled);
    // Looking back at a turn on the timeline shows what happened in it and the player's move (finding 44).
    await page.keyboard.press('a');
    for (const viewing of [4, 3, 2, 1]) {
      await page.keyboard.press(',');
      await page.waitForFunction((v) => window.__greatgame.viewing === v, viewing);
    }
    const back = page.locator('#tab-decide .looking-back');
    await back.waitFor();
    expect(await back.locator('.viewing').textContent()).toContain('turn 1 (read-only)');
    expect(await back.locator('.turn-summary h3').textContent()).toBe('What happened in April 2021');
    expect(await back.locator('.turn-summary').textContent()).toMatch(/Your move.*Russia's move, Convene/s);
    expect(await page.$$('#tab-decide form')).toHaveLength(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
