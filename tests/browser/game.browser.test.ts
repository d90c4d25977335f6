import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DecisionEntry } from '../../game/engine/index.ts';
import { playScripted, verifyReplay } from '../../game/engine/index.ts';
import { encodeShareFragment } from '../../game/replay/share-link.ts';
import { shipped } from '../helpers/shipped.ts';
import { downloadReplay, launch, openPage, settled } from './chromium.ts';

const SCENARIO = 'withdrawal-2021';
const SEED = 5;
/** Russia's moves, in order of preference: the first legal one of these is taken each turn. */
const PREFERRED = ['convene_talks', 'border_drill', 'engage_taliban', 'humanitarian_aid'];

let browser: Browser;
let page: Page;
let errors: string[];
const decisions: DecisionEntry[] = [];
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launch();
  ({ page, errors } = await openPage(browser, `${baseUrl}?scenario=${SCENARIO}&seed=${SEED}&humans=russia`));
  await settled(page);
});

afterAll(async () => {
  await browser?.close();
});

describe('the browser game, played as Russia', () => {
  it('opens the game the URL names, drawn with WebGL', async () => {
    expect(await page.evaluate(() => window.__greatgame.renderer)).toBe('webgl');
    expect(await page.evaluate(() => window.__greatgame.state?.meta.scenario)).toBe(SCENARIO);
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(0);
  });

  it('lets the render loop sleep while the map is still, and wakes it for the pointer and the keys', async () => {
    await page.waitForFunction(() => window.__greatgame.asleep);
    const canvas = page.locator('#map canvas');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('no map canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector('#tooltip:not([hidden])');
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await page.waitForFunction(() => window.__greatgame.asleep);
    const before = await canvas.screenshot();
    await page.keyboard.press('+');
    await page.waitForFunction(() => window.__greatgame.asleep);
    expect((await canvas.screenshot()).equals(before), 'the zoom was drawn').toBe(false);
    await page.keyboard.press('0');
    await page.waitForFunction(() => window.__greatgame.asleep);
  });

  it('plays three turns through the decision panel', async () => {
    for (let turn = 1; turn <= 3; turn++) {
      const offered = await page.$$eval('#decide input[name=action]', (radios) =>
        radios.map((r) => (r as HTMLInputElement).value),
      );
      const action = PREFERRED.find((a) => offered.includes(a)) ?? 'pass';
      await page.check(`#action-${action}`);
      const select = await page.$(`#decide select[name=target-${action}]`);
      const target = select ? await select.evaluate((s) => (s as HTMLSelectElement).value) : null;
      await page.click('#submit-decision');
      await page.waitForFunction((t) => window.__greatgame.turn === t, turn);
      await settled(page);
      decisions.push({ turn, actor: 'russia', action, target });
    }
    expect(decisions.map((d) => d.action)).not.toEqual(['pass', 'pass', 'pass']);
  });

  it('gives every turn the hash that `greatgame run` gives with the same decisions: Node and Chromium agree bit for bit', async () => {
    const node = playScripted(shipped, { scenario: SCENARIO, seed: SEED }, decisions, 3);
    if (!node.ok) throw new Error(node.error.message);
    expect(await page.evaluate(() => window.__greatgame.hashes)).toEqual(node.game.hashes);
  });

  it('scrubs back a turn, read-only, and returns to the live game', async () => {
    const node = playScripted(shipped, { scenario: SCENARIO, seed: SEED }, decisions, 3);
    if (!node.ok) throw new Error(node.error.message);
    await page.keyboard.press(',');
    await page.waitForFunction(() => window.__greatgame.viewing === 2);
    await settled(page);
    expect(await page.evaluate(() => window.__greatgame.hash)).toBe(node.game.hashes[2]);
    expect(await page.textContent('#tab-decide')).toContain('read-only');
    await page.keyboard.press('l');
    await page.waitForFunction(() => window.__greatgame.viewing === null);
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(3);
  });

  it('downloads a replay file that `greatgame replay --verify` accepts', async () => {
    const { replay } = await downloadReplay(page);
    expect(replay.decisions).toEqual(decisions);
    const checked = verifyReplay(shipped, replay);
    expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: 3 });
  });

  it('loads a replay file, plays it back verified, and then continues it live with Russia played by a person', async () => {
    await page.setInputFiles('#replay-file', (await downloadReplay(page)).path);
    await page.waitForFunction(() => window.__greatgame.verdict === 'verified');
    await settled(page);
    expect(await page.evaluate(() => window.__greatgame.viewing)).toBe(0);
    await page.keyboard.press('.');
    await page.waitForFunction(() => window.__greatgame.viewing === 1);
    await page.click('#leave-replay');
    expect(await page.textContent('#decide')).toContain('Decide for Russia');
    expect(await page.evaluate(() => window.__greatgame.turn)).toBe(3);
  });

  it('follows a share link: the game plays back turn by turn and verifies itself', async () => {
    await page.click('#share-link');
    const url = await page.inputValue('#share-url');
    expect(url).toContain('#r=');
    const shared = await openPage(browser, url);
    await shared.page.waitForFunction(() => window.__greatgame.verdict !== null);
    expect(await shared.page.evaluate(() => window.__greatgame.verdict)).toBe('verified');
    await settled(shared.page);
    expect(shared.errors).toEqual([]);
    await shared.page.close();
    await page.keyboard.press('Escape');
  });

  it('says on which turn a tampered replay diverges', async () => {
    const { replay } = await downloadReplay(page);
    replay.hashes[1] = '0000000000000000';
    const tampered = await openPage(browser, `${baseUrl}${encodeShareFragment(replay)}`);
    await tampered.page.waitForFunction(() => window.__greatgame.verdict !== null);
    expect(await tampered.page.evaluate(() => window.__greatgame.verdict)).toBe('hash_mismatch');
    expect(await tampered.page.textContent('#verdict')).toContain('diverged on turn 2');
    await tampered.page.close();
  });

  it('answers its keyboard shortcuts in either case, and lists them on the help overlay', async () => {
    const visible = (id: string) => page.$eval(`#${id}`, (e) => !(e as HTMLElement).hidden);
    await page.keyboard.press('Shift+J');
    expect(await visible('tab-log')).toBe(true);
    await page.keyboard.press('c');
    expect(await visible('tab-charts')).toBe(true);
    await page.keyboard.press('a');
    expect(await visible('tab-decide')).toBe(true);
    await page.keyboard.press('2');
    expect(await page.$eval('#decide input[data-key="2"]', (r) => (r as HTMLInputElement).checked)).toBe(
      true,
    );
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__greatgame.turn), 'Enter decides only on the Decide tab').toBe(
      3,
    );
    await page.keyboard.press('a');
    await page.keyboard.press('?');
    expect(await page.textContent('#help-dialog')).toContain('Keyboard shortcuts');
    await page.keyboard.press('Escape');
    expect(await page.$('#help-dialog')).toBeNull();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('hot-seat: two people at one screen', () => {
  it('hands the screen over between human actors, hiding the decision until the next player confirms', async () => {
    const { page: seat, errors: seatErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=${SEED}&humans=russia,tajikistan`,
    );
    await settled(seat);
    expect(await seat.textContent('#overlay')).toContain('Pass the screen to Russia');
    expect(await seat.$('#decide')).toBeNull();
    await seat.click('#handover-ready');
    await seat.check('#action-pass');
    await seat.click('#submit-decision');
    expect(await seat.textContent('#overlay')).toContain('Pass the screen to Tajikistan');
    expect(await seat.evaluate(() => window.__greatgame.turn)).toBe(0);
    await seat.keyboard.press('s');
    expect(
      await seat.$('#share-url'),
      'no share link (it would show Russia’s move) behind the hand-over',
    ).toBeNull();
    expect(await seat.textContent('#overlay')).toContain('Pass the screen to Tajikistan');
    // Nor by Tab and Enter: the page behind the hand-over cannot be reached, and the keys start on its button.
    expect(await seat.evaluate(() => document.activeElement?.id)).toBe('handover-ready');
    for (const part of ['#bar', '#map', '#side', '#timeline'])
      expect(await seat.$eval(part, (e) => (e as HTMLElement).inert), part).toBe(true);
    await seat.keyboard.press('Tab');
    expect(await seat.evaluate(() => document.activeElement?.closest('#bar'))).toBeNull();
    await seat.click('#handover-ready');
    expect(await seat.$eval('#bar', (e) => (e as HTMLElement).inert)).toBe(false);
    expect(await seat.textContent('#decide')).toContain('Decide for Tajikistan');
    await seat.check('#action-pass');
    await seat.click('#submit-decision');
    await seat.waitForFunction(() => window.__greatgame.turn === 1);
    expect(seatErrors).toEqual([]);
    await seat.close();
  });
});

describe('a whole game in the browser', () => {
  it('plays withdrawal-2021 as Russia to the end, the map changing every turn', async () => {
    const { page: full, errors: fullErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=11&humans=russia`,
    );
    await settled(full);
    const zonesSeen = new Set<string>();
    for (let turn = 1; turn <= 11; turn++) {
      await full.check('#action-pass');
      await full.click('#submit-decision');
      await full.waitForFunction((t) => window.__greatgame.turn === t, turn);
      await settled(full);
      zonesSeen.add(JSON.stringify(await full.evaluate(() => window.__greatgame.state?.zones)));
    }
    expect(await full.evaluate(() => window.__greatgame.state?.meta.phase)).toBe('over');
    expect(await full.textContent('#tab-decide')).toContain('The game is over');
    expect(zonesSeen.size).toBe(11);
    const { replay } = await downloadReplay(full);
    const checked = verifyReplay(shipped, replay);
    expect(checked.ok && checked.verdict, 'Node replays all eleven browser turns to the same hashes').toEqual(
      {
        kind: 'verified',
        turns: 11,
      },
    );
    expect(fullErrors).toEqual([]);
    await full.close();
  });
});

describe('the decision panel tells a new player what they need', () => {
  it('shows resources and what is not possible and why, numbers every action, keeps the choice, and says why N waits', async () => {
    const { page: fresh, errors: freshErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=3&humans=russia`,
    );
    await settled(fresh);
    const resources = await fresh.evaluate(() => window.__greatgame.state?.actors.russia?.resources);
    expect(await fresh.textContent('#resources')).toContain(`Resources: ${resources}.`);
    const labels = await fresh.$$eval('#decide .action label > span', (spans) =>
      spans.map((s) => s.textContent ?? ''),
    );
    expect(labels.length, 'Russia has more actions than keys in April 2021').toBeGreaterThan(9);
    expect(labels.every((l, i) => l.startsWith(`${i + 1}. `))).toBe(true);
    // What is not possible yet is listed with the reason, not just left out: Kabul has not fallen in April 2021.
    expect(await fresh.textContent('#unavailable summary')).toMatch(/^Not possible this turn \(\d+\)$/);
    expect(await fresh.textContent('#unavailable [data-action=evacuate_embassy] .why')).toBe(
      'Needs: Kabul has fallen (now: Kabul has not fallen).',
    );
    // The condition as written stays one click away, behind "details".
    expect(await fresh.textContent('#unavailable [data-action=evacuate_embassy] details.raw')).toBe(
      'detailskabul_fallen == true (now false)',
    );
    // The player's choice survives whatever redraws the page: another tab and back, and N's message.
    await fresh.keyboard.press('4');
    const chosen = () =>
      fresh.$eval('#decide input[name=action]:checked', (r) => (r as HTMLInputElement).value);
    const picked = await chosen();
    expect(picked).not.toBe('pass');
    await fresh.keyboard.press('j');
    await fresh.keyboard.press('a');
    await fresh.keyboard.press('n');
    await fresh.waitForSelector('#error');
    expect(await fresh.textContent('#error')).toContain('A person still has to decide this turn');
    expect(await fresh.evaluate(() => window.__greatgame.turn)).toBe(0);
    expect(await chosen()).toBe(picked);
    // Deciding answers the message: it does not stay over the next turn.
    await fresh.keyboard.press('Enter');
    await fresh.waitForFunction(() => window.__greatgame.turn === 1);
    expect(await fresh.$('#error')).toBeNull();
    expect(freshErrors).toEqual([]);
    // Whether closing the tab asks first (only when the autosave would not hold a decision) is
    // debrief-save.browser.test.ts's.
    await fresh.close();
  });
});

describe('keys go where a keyboard user expects', () => {
  it('lets the arrows move between actions, and Enter open a folded section without playing the turn', async () => {
    const { page: keys, errors: keyErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=3&humans=russia`,
    );
    await settled(keys);
    await keys.focus('#action-pass');
    await keys.keyboard.press('ArrowDown');
    const checked = await keys.$eval(
      '#decide input[name=action]:checked',
      (r) => (r as HTMLInputElement).value,
    );
    expect(checked, 'the arrow moved the choice instead of panning the map').not.toBe('pass');
    await keys.focus('#unavailable summary');
    await keys.keyboard.press('Enter');
    expect(await keys.$eval('#unavailable', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await keys.evaluate(() => window.__greatgame.turn)).toBe(0);
    expect(keyErrors).toEqual([]);
    await keys.close();
  });

  it('keeps a half-filled setup form when Escape is pressed before any game', async () => {
    const { page: setup } = await openPage(browser, baseUrl);
    await setup.waitForSelector('#setup-seed');
    await setup.fill('#setup-seed', '4242');
    await setup.keyboard.press('Escape');
    expect(await setup.inputValue('#setup-seed')).toBe('4242');
    await setup.close();
  });
});

describe('on a phone', () => {
  it('fits the width, shows no key hints, keeps the map in shape, and keeps a tapped zone’s values open', async () => {
    const { page: phone, errors: phoneErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=3&humans=russia`,
      { phone: true },
    );
    await settled(phone);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(await phone.isVisible('#new-game .key-hint')).toBe(false);
    const map = await phone.locator('#map').boundingBox();
    if (!map) throw new Error('no map');
    expect(map.width / map.height).toBeCloseTo(4 / 3, 1);
    // Kabul's zone lies near the middle of the map: a tap there opens its tooltip, and it stays after the finger lifts.
    const canvas = await phone.locator('#map canvas').boundingBox();
    if (!canvas) throw new Error('no canvas');
    await phone.touchscreen.tap(canvas.x + canvas.width * 0.52, canvas.y + canvas.height * 0.6);
    await phone.waitForSelector('#tooltip:not([hidden])');
    expect(await phone.isVisible('#tooltip')).toBe(true);
    expect(phoneErrors).toEqual([]);
    await phone.close();
  });
});

describe('what other browsers and bugs would meet', () => {
  it('starts, charts and all, in a browser whose language tag Intl refuses (headless Chromium under LANG=C)', async () => {
    const { page: posix, errors: posixErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&seed=3`,
      {
        language: 'en-US@posix',
      },
    );
    await settled(posix);
    await posix.keyboard.press('c');
    await posix.waitForSelector('#tab-charts .uplot');
    expect(posixErrors).toEqual([]);
    await posix.close();
  });

  it('shows an error nothing caught on the page, instead of leaving it blank or frozen', async () => {
    const { page: broken } = await openPage(browser, `${baseUrl}?scenario=${SCENARIO}&seed=3`);
    await settled(broken);
    await broken.evaluate(() => {
      setTimeout(() => {
        throw new Error('a bug nobody caught');
      });
    });
    await broken.waitForSelector('#fatal');
    expect(await broken.textContent('#fatal')).toContain('a bug nobody caught');
    await broken.close();
  });

  it('starts a combination of variants typed with + in the address bar', async () => {
    const { page: both, errors: bothErrors } = await openPage(
      browser,
      `${baseUrl}?scenario=${SCENARIO}&variant=us-stays+early-recognition&seed=3`,
    );
    await settled(both);
    expect(await both.evaluate(() => window.__greatgame.state?.meta.variant)).toBe(
      'us-stays+early-recognition',
    );
    expect(bothErrors).toEqual([]);
    await both.close();
  });
});

describe('bad input in the browser: a message, and nothing else changes', () => {
  it.each([
    ['?scenario=atlantis-1900', /cannot start.*atlantis-1900/],
    ['?scenario=withdrawal-2021&seed=abc', /\?seed=abc: the seed must be a non-negative integer/],
    ['?scenario=withdrawal-2021&seed=1e3', /\?seed=1e3: the seed must be/],
    ['?scenario=withdrawal-2021&variant=martians-land', /martians-land/],
    ['?scenario=withdrawal-2021&humans=napoleon', /napoleon/],
    ['#r=abc', /share link/i],
  ])('%s says what is wrong and offers the setup form', async (address, message) => {
    const { page: bad, errors: badErrors } = await openPage(browser, `${baseUrl}${address}`);
    await bad.waitForSelector('#error');
    expect(await bad.textContent('#error')).toMatch(message);
    expect(await bad.evaluate(() => window.__greatgame.state)).toBeNull();
    expect(await bad.isVisible('#setup-start')).toBe(true);
    expect(badErrors).toEqual([]);
    await bad.close();
  });

  it('refuses a replay file the command line refuses, naming the problem', async () => {
    const { replay } = await downloadReplay(page);
    const doubled = { ...replay, decisions: [...replay.decisions, replay.decisions[0]] };
    const { page: fresh, errors: freshErrors } = await openPage(browser, baseUrl);
    await fresh.setInputFiles('#replay-file', {
      name: 'doubled.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doubled)),
    });
    await fresh.waitForSelector('#error');
    expect(await fresh.textContent('#error')).toContain('a second decision for russia on turn 1');
    await fresh.setInputFiles('#replay-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "greatgame-replay", '),
    });
    await fresh.waitForFunction(() => document.querySelector('#error')?.textContent?.includes('broken.json'));
    expect(await fresh.evaluate(() => window.__greatgame.state)).toBeNull();
    expect(freshErrors).toEqual([]);
    await fresh.close();
  });

  it('keeps a half-filled setup form while a replay plays on behind it', async () => {
    await page.click('#share-link');
    const url = await page.inputValue('#share-url');
    await page.keyboard.press('Escape');
    const { page: watching } = await openPage(browser, url);
    await watching.waitForFunction(() => window.__greatgame.verdict === 'verified');
    await settled(watching);
    await watching.keyboard.press(' ');
    await watching.keyboard.press('g');
    await watching.fill('#setup-seed', '4242');
    await watching.waitForFunction(() => (window.__greatgame.viewing ?? 0) >= 2);
    expect(await watching.inputValue('#setup-seed')).toBe('4242');
    await watching.close();
  });
});
