import { beforeAll, describe, expect, inject, it } from 'vitest';
import { newGame, type ScenarioContent } from '../../game/engine/index.ts';
import { roleBriefing } from '../../game/text/briefing.ts';
import { briefingCardsHtml } from '../../game/text/briefing-html.ts';
import { library, shipped } from '../helpers/shipped.ts';
import { openPage, settled, useBrowser } from './chromium.ts';

const chromium = useBrowser();
beforeAll(async () => {});

function cards(scenario: string): { html: string; roles: number } {
  const resolved = shipped.resolve({ scenario, variant: 'baseline', withoutSource: [] });
  if (!resolved.ok) throw new Error(resolved.error.message);
  const content: ScenarioContent = resolved.content;
  const opened = newGame(shipped, { scenario, seed: 1 });
  const context = {
    briefing: library.scenarios.get(scenario)?.briefing ?? null,
    start: opened.ok ? opened.game : null,
  };
  const briefings = content.scenario.actors.flatMap((a) => roleBriefing(content, a.id, context) ?? []);
  return { html: briefingCardsHtml(briefings, content.scenario.start), roles: briefings.length };
}

/** Pages in a PDF, counted by its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describe('the printable briefing cards', () => {
  it.each([...library.scenarios.keys()].sort())('of %s print on one A4 page per role', async (scenario) => {
    const { html, roles } = cards(scenario);
    const page = await chromium.browser.newPage();
    await page.setContent(html);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.close();
    expect(pageCount(pdf)).toBe(roles);
  });
});

describe('the Briefing button', () => {
  it("opens every role's card in a new tab when the computer plays them all", async () => {
    const { page, errors } = await openPage(
      chromium.browser,
      `${inject('baseUrl')}?scenario=withdrawal-2021&seed=2`,
    );
    await settled(page);
    const [tab] = await Promise.all([page.waitForEvent('popup'), page.click('#open-briefing')]);
    await tab.waitForLoadState();
    const roles = await tab
      .locator('section.card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-actor')));
    expect(roles).toEqual(
      [...(library.scenarios.get('withdrawal-2021')?.scenario.actors.map((a) => a.id) ?? [])].sort(),
    );
    expect(await tab.locator('section.card[data-actor="russia"] h1').textContent()).toBe('Russia');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('the briefing before turn 1 (issue 13: "Read your briefing, then play")', () => {
  it("opens on the one player's card after Start, with Print, and Play goes to the first decision", async () => {
    const { page, errors } = await openPage(chromium.browser, inject('baseUrl'));
    await page.waitForSelector('#setup-start');
    await page.click('#setup-start');
    await page.waitForSelector('#briefing-dialog');
    expect(await page.textContent('#briefing-dialog h2')).toBe('Read your briefing, then play');
    expect(await page.isVisible('#briefing-print')).toBe(true);
    const card = page.frameLocator('#briefing-frame');
    expect(await card.locator('section.card').getAttribute('data-actor')).toBe('russia');
    expect(await card.locator('section.card').textContent()).toContain(
      'It is April 2021 and the last American troops',
    );
    await page.click('#briefing-play');
    await settled(page);
    expect(await page.textContent('#decide')).toContain('Decide for Russia');
    // The panel speaks as the card does: the measure and its direction, and a quote against a move says so.
    const panel = (await page.textContent('#side')) ?? '';
    expect(panel).toContain('Measured by Terror threat to Central Asia: lower is better;');
    const troops = page.locator('.action', { hasText: 'Deploy Russian troops into Afghanistan' });
    expect(await troops.locator('.against').textContent()).toBe('Against this move, the reports say:');
    expect(await troops.locator('.serves').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('in hot-seat: the first hand-over says who plays first and opens that player’s briefing', async () => {
    const { page, errors } = await openPage(
      chromium.browser,
      `${inject('baseUrl')}?scenario=withdrawal-2021&seed=2&humans=russia,taliban`,
    );
    await settled(page);
    expect(await page.textContent('#overlay h2')).toBe('Russia plays first');
    expect(await page.textContent('#overlay')).not.toContain('previous player');
    await page.click('#handover-briefing');
    expect(
      await page.frameLocator('#briefing-frame').locator('section.card').getAttribute('data-actor'),
    ).toBe('russia');
    await page.click('#briefing-play');
    await page.click('#handover-ready');
    await page.check('#action-pass');
    await page.click('#submit-decision');
    expect(await page.textContent('#overlay h2')).toBe('Pass the screen to the Taliban');
    expect(await page.textContent('#handover-ready')).toBe('I am the Taliban');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
