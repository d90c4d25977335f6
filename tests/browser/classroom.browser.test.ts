import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ReplayFile, verifyReplay } from '../../game/engine/index.ts';
import { type ClassroomServer, openClassroom } from '../../game/server/server.ts';
import { shipped } from '../helpers/shipped.ts';
import { openPage, useBrowser } from './chromium.ts';

/**
 * The classroom in the bundled Chromium: the real server (in this process, on 127.0.0.1 port 0, a temp data
 * folder) serving the build that tests/browser/global-setup.ts made for every browser test, a teacher and three
 * students in four browser contexts, two turns played.
 * Every wait is on the page's own state (body[data-cl-*], the elements), bounded by WAIT.
 */
const WAIT = 20_000;
/** A step's bound: four pages with WebGL maps on a shared 2-core machine are slow, but not this slow. */
const STEP = 120_000;
let dataDir: string;
let server: ClassroomServer;
let base: string;
const chromium = useBrowser();
const pages: { page: Page; errors: string[]; label: string }[] = [];
const serverErrors: unknown[] = [];

beforeAll(async () => {
  // The classroom server serves the shared build's folder itself (it only reads it): the pages at /teach and
  // /join must come from the same origin as its API and WebSocket.
  const staticDir = inject('distDir');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error(`no build in ${staticDir}`);
  dataDir = mkdtempSync(join(tmpdir(), 'greatgame-classroom-data-'));
  server = await openClassroom({
    dataDir,
    staticDir,
    content: shipped,
    onError: (e) => serverErrors.push(e),
  });
  const address = await server.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
}, 180_000);

afterAll(async () => {
  await Promise.all(
    pages.map((p) =>
      p.page
        .context()
        .close()
        .catch(() => {}),
    ),
  );
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function open(label: string, path: string, phone = false) {
  const opened = await openPage(chromium.browser, `${base}${path}`, { phone });
  pages.push({ ...opened, label });
  return opened.page;
}

const turnIs = (page: Page, turn: number) =>
  page.waitForSelector(`body[data-cl-turn="${turn}"][data-cl-link="open"]`, { timeout: WAIT });

async function joinAs(page: Page, name: string) {
  await page.fill('#cl-name', name);
  await page.click('#cl-join');
  await page.waitForSelector('body[data-cl-link="open"] #cl-decision', { timeout: WAIT });
}

/**
 * Chooses an action (and its first target) on a student's page and sets it as the team's decision: the page
 * says it was recorded, or (for the last team to decide) the turn it completed has played and the page moved on.
 */
async function decide(page: Page, role: string, action: string) {
  const turn = await page.evaluate(() => document.body.dataset.clTurn);
  await page.check(`#cl-action-${role}-${action}`);
  await page.click(`#cl-submit-${role}`);
  await page.waitForFunction(
    (before) =>
      document.querySelector('.cl-decide .cl-feedback')?.textContent === 'Decision recorded.' ||
      document.body.dataset.clTurn !== before,
    turn,
    { timeout: WAIT },
  );
}

describe('a classroom session in four browsers', () => {
  let teacher: Page;
  const students: Record<string, Page> = {};

  it(
    'the teacher creates a session and gets a code, a QR code and a brief per role',
    async () => {
      teacher = await open('teacher', '/teach');
      await teacher.waitForSelector('#cl-create', { timeout: WAIT });
      await teacher.fill('#cl-seed', '7');
      await teacher.click('#cl-create');
      await teacher.waitForSelector('#cl-teams', { timeout: WAIT });
      expect(new URL(teacher.url()).pathname).toBe('/teach');
      const slips = teacher.locator('.cl-slip');
      await expect.poll(() => slips.count()).toBe(3);
      expect(await slips.first().locator('h3').textContent()).toBe('Russia');
      expect(await slips.first().locator('.cl-brief').textContent()).toMatch(/^You play Russia/);
      // What to do next, at the top; the codes before the teams, the map and the log; no ids in the event picker.
      const steps = teacher.locator('#cl-steps');
      expect(await steps.isVisible()).toBe(true);
      expect(await steps.locator('li').allTextContents()).toEqual([
        expect.stringMatching(/^Give each team its code/),
        expect.stringMatching(/^Wait until every team shows/),
        expect.stringMatching(/^Play the turn/),
      ]);
      const top = async (selector: string) => (await teacher.locator(selector).boundingBox())?.y ?? -1;
      expect(await top('#cl-steps')).toBeLessThan(await top('#cl-sheet'));
      expect(await top('#cl-sheet')).toBeLessThan(await top('#cl-teams'));
      expect(await top('#cl-sheet')).toBeLessThan(await top('#cl-map'));
      const options = await teacher.locator('#cl-custom-indicator option').allTextContents();
      expect(options).toContain('Humanitarian need');
      expect(options.filter((o) => o.includes('_'))).toEqual([]);
      await teacher.waitForFunction(
        () => document.querySelector<HTMLImageElement>('.cl-qr')?.src.startsWith('data:image/svg+xml'),
        null,
        {
          timeout: WAIT,
        },
      );
    },
    STEP,
  );

  it(
    'three students join: one on a phone, two on laptops; the teacher sees each team connected',
    async () => {
      const code = async (role: string) =>
        (await teacher.locator(`tr[data-role=${role}] .cl-code`).textContent()) ?? '';
      const url = await teacher.locator('.cl-slip[data-role=russia] .cl-url').textContent();
      expect(url).toBe(`${base}/join?code=${await code('russia')}`);
      students.russia = await open('russia', `/join?code=${await code('russia')}`, true);
      await joinAs(students.russia, 'Ann <script>window.__pwned = 1</script>');
      students.us = await open('us', `/join?code=${await code('us')}`);
      await joinAs(students.us, 'Bo');
      students.taliban = await open('taliban', '/join');
      await students.taliban.fill('#cl-code', (await code('taliban')).toLowerCase());
      await joinAs(students.taliban, 'Cy');
      for (const [role, name] of [
        ['russia', 'Ann'],
        ['us', 'Bo'],
        ['taliban', 'Cy'],
      ])
        await teacher.waitForSelector(`tr[data-role=${role}] .cl-members .cl-on:has-text("${name}")`, {
          timeout: WAIT,
        });
      // The name was shown as typed, as text: nothing ran.
      expect(await teacher.locator('tr[data-role=russia] .cl-on').textContent()).toContain('<script>');
      expect(await teacher.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      // The phone's page fits its width: no sideways scrolling.
      const phone = students.russia;
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await phone.locator('#cl-briefing').textContent()).toContain('What Russia wants');
      // Words, not ids; the full role card is there, folded; nothing is chosen for the team.
      expect(await phone.locator('#cl-briefing').textContent()).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      expect(await phone.locator('#cl-card').getAttribute('open')).toBeNull();
      await phone.click('#cl-card summary');
      const card = phone.frameLocator('#cl-card iframe');
      await expect.poll(() => card.locator('h1').textContent(), { timeout: WAIT }).toBe('Russia');
      expect(await card.locator('body').textContent()).toContain('What the others want');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      for (const page of Object.values(students))
        expect(await page.locator('.cl-decide-form input[type=radio]:checked').count()).toBe(0);
    },
    STEP,
  );

  it(
    'they exchange a message and a proposal; the answered proposal goes in everyone’s log',
    async () => {
      const { russia, us, taliban } = students as Record<'russia' | 'us' | 'taliban', Page>;
      await russia.selectOption('#cl-message-form-to', 'us');
      await russia.fill('#cl-message-form-text', '<img src=x onerror="window.__pwned=1">Talks in Moscow?');
      await russia.click('#cl-message-form-send');
      await us.waitForSelector('#cl-messages li:has-text("Talks in Moscow?")', { timeout: WAIT });
      expect(await us.locator('#cl-messages img').count()).toBe(0);
      expect(await us.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
      await teacher.waitForSelector('#cl-messages li:has-text("Talks in Moscow?")', { timeout: WAIT });
      // Addressed to the United States alone: the Taliban never get it.
      expect(await taliban.locator('#cl-messages').textContent()).not.toContain('Talks in Moscow?');

      await us.selectOption('#cl-propose-form-to', 'russia');
      await us.fill('#cl-propose-form-text', 'Joint border talks, no bases');
      await us.click('#cl-propose-form-send');
      await russia.click('#cl-proposals li:has-text("Joint border talks") [data-accept=yes]', {
        timeout: WAIT,
      });
      for (const page of [russia, us, taliban, teacher])
        await page.waitForSelector('#cl-public-log li[data-kind=proposal]:has-text("accepted")', {
          timeout: WAIT,
        });
    },
    STEP,
  );

  it(
    'turn 1: two decide, one reloads mid-turn and rejoins as the same role, and the turn plays when all have decided',
    async () => {
      const { russia, us, taliban } = students as Record<'russia' | 'us' | 'taliban', Page>;
      await decide(russia, 'russia', 'convene_talks');
      await teacher.waitForSelector(
        'tr[data-role=russia][data-decided=true] .cl-team-decision:has-text("Convene")',
        { timeout: WAIT },
      );
      await us.waitForSelector('#cl-decision', { timeout: WAIT });
      await decide(us, 'us', 'pass');
      await taliban.reload();
      await turnIs(taliban, 1);
      expect(await taliban.locator('h1').textContent()).toContain('The Taliban');
      expect(await taliban.locator('#cl-team').textContent()).toContain('Cy');
      await decide(taliban, 'taliban', 'pass');
      for (const page of [russia, us, taliban, teacher]) await turnIs(page, 2);
      // The first turn is played: the console's next steps are done with.
      expect(await teacher.locator('#cl-steps').isVisible()).toBe(false);
      // What happened in the turn comes first in the log, the student's own move marked as theirs (issue 13).
      for (const page of [russia, taliban]) {
        const summary = page.locator('#cl-log .turn-summary');
        await summary.waitFor({ timeout: WAIT });
        expect(await summary.locator('h3').textContent()).toBe('What happened in April 2021');
        expect(await summary.textContent()).toContain('Your move');
      }
      expect(await russia.locator('#cl-log .entry.own[data-actor=russia] .own-mark').textContent()).toBe(
        'your move',
      );
      expect(await russia.locator('#cl-log .entry.own[data-actor=us] .own-mark').textContent()).toBe(
        'a person’s move',
      );
      await teacher.waitForSelector(
        '#cl-public-log li[data-kind=resolve]:has-text("every team had decided")',
        {
          timeout: WAIT,
        },
      );
    },
    STEP,
  );

  it(
    'turn 2: the teacher injects an event (or, until the server takes one, pauses and resumes) and advances',
    async () => {
      await teacher.click('#cl-inject');
      const feedback = teacher.locator('.cl-bar .cl-feedback');
      await expect.poll(() => feedback.textContent(), { timeout: WAIT }).not.toBe('…');
      const said = (await feedback.textContent()) ?? '';
      if (said.includes('not_implemented')) {
        await teacher.click('#cl-pause');
        await students.us!.waitForSelector('body[data-cl-paused="true"]', { timeout: WAIT });
        expect(await students.us!.locator('#cl-decision + div').textContent()).toContain('paused');
        await teacher.click('#cl-resume');
        await students.us!.waitForSelector('body[data-cl-paused="false"]', { timeout: WAIT });
      } else {
        expect(said).toMatch(/event is in/);
        await teacher.fill('#cl-custom-title', 'Floods in the north');
        await teacher.selectOption('#cl-custom-indicator', 'humanitarian_need');
        await teacher.fill('#cl-custom-change', '+6');
        await teacher.click('#cl-custom-inject');
        for (const page of [students.us!, teacher])
          await page.waitForSelector('#cl-public-log li[data-kind=inject]:has-text("Floods in the north")', {
            timeout: WAIT,
          });
      }
      await decide(students.russia!, 'russia', 'pass');
      await teacher.click('#cl-advance');
      for (const page of [...Object.values(students), teacher]) await turnIs(page, 3);
      await teacher.waitForSelector('#cl-public-log li[data-kind=resolve]:has-text("the teacher moved on")', {
        timeout: WAIT,
      });
    },
    STEP,
  );

  it(
    'the replay downloads from the console and verifies with the engine',
    async () => {
      const [download] = await Promise.all([
        teacher.waitForEvent('download', { timeout: WAIT }),
        teacher.click('#cl-replay'),
      ]);
      const replay = ReplayFile.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
      expect(replay.seed).toBe(7);
      expect(replay.decisions).toContainEqual(
        expect.objectContaining({ turn: 1, actor: 'russia', action: 'convene_talks' }),
      );
      const verified = verifyReplay(shipped, replay);
      expect(verified.ok && verified.verdict).toEqual({ kind: 'verified', turns: 2 });
    },
    STEP,
  );

  it(
    '"show to class" hides decisions, messages and codes, and keeps the map, the log and who has decided',
    async () => {
      await teacher.click('#cl-projector');
      await teacher.waitForSelector('.cl-projector', { timeout: WAIT });
      expect(await teacher.locator('#cl-messages').isVisible()).toBe(false);
      expect(await teacher.locator('#cl-sheet').isVisible()).toBe(false);
      expect(await teacher.locator('#cl-teams .cl-code').count()).toBe(0);
      expect(await teacher.locator('#cl-teams').textContent()).not.toContain('Convene');
      expect(await teacher.locator('#cl-teams tr[data-role=russia]').textContent()).toMatch(
        /deciding|decided/,
      );
      expect(await teacher.locator('#cl-map canvas').isVisible()).toBe(true);
      expect(await teacher.locator('#cl-public-log').isVisible()).toBe(true);
      await teacher.click('#cl-projector');
    },
    STEP,
  );

  it('left no error on any page or in the server', () => {
    for (const p of pages) expect(p.errors, p.label).toEqual([]);
    expect(serverErrors).toEqual([]);
  });
});
