import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  expectCleanFailure,
  expectSuccess,
  greatgameMany,
  messageLines,
  parseStdout,
  type Result,
  SCENARIO,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
const Quote = z.looseObject({ source: z.string(), quote: z.string() });
const Briefings = z.array(
  z.strictObject({
    scenario: z.strictObject({ id: z.string(), title: z.string(), period: z.string(), summary: z.string() }),
    actor: z.strictObject({ id: z.string(), name: z.string() }),
    situation: z
      .strictObject({ text: z.string().min(40), citations: z.array(Quote).min(1), own: z.boolean() })
      .nullable(),
    start: z.strictObject({
      posture: z.string(),
      resources: z.number(),
      income: z.number(),
      per: z.enum(['month', 'quarter']),
    }),
    facts: z.array(Quote),
    interests: z.array(
      z.strictObject({
        title: z.string(),
        measure: z.string(),
        want: z.enum(['up', 'down']),
        weight: z.number(),
        totalWeight: z.number(),
        citation: Quote,
      }),
    ),
    levers: z.array(
      z.strictObject({
        title: z.string(),
        cost: z.number(),
        chancePercent: z.number(),
        citation: Quote,
        now: z.boolean().nullable(),
        needs: z.string().nullable(),
      }),
    ),
    others: z.array(z.strictObject({ id: z.string(), name: z.string(), wants: z.array(z.string()) })),
  }),
);

let text: Result;
let json: Result;
let cards: Result;
let help: Result;
let stranger: Result;
let nowhere: Result;
let noFolder: Result;
beforeAll(async () => {
  [text, json, cards, help, stranger, nowhere, noFolder] = await greatgameMany(
    [
      ['briefing', '--scenario', SCENARIO, '--actor', 'russia'],
      ['briefing', '--scenario', SCENARIO, '--json'],
      ['briefing', '--scenario', SCENARIO, '--out', 'cards.html'],
      ['briefing', '--help'],
      ['briefing', '--scenario', 'moscow-format-2016', '--actor', 'resistance'],
      ['briefing', '--scenario', 'nowhere'],
      ['briefing', '--scenario', SCENARIO, '--out', 'no/such/folder/cards.html'],
    ],
    temp.dir,
  );
});
afterAll(() => temp.remove());

describe('greatgame briefing', () => {
  it("prints one role's briefing: the situation, its interests with quotes, its levers, what the others want", () => {
    expectSuccess(text);
    expect(text.stdout).toMatch(/^RUSSIA · /);
    for (const heading of ['The situation', 'What you want', 'What you can do', 'What the others want'])
      expect(text.stdout).toContain(heading);
    expect(text.stdout).toContain('(Diana Janse, SCEEUS, 2021)');
  });

  it("--json prints every actor's briefing, in id order", () => {
    const briefings = parseStdout(json, Briefings);
    const ids = briefings.map((b) => b.actor.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('taliban');
    // The situation at the start, the role's own; and which moves wait for later, read at the first turn.
    const taliban = briefings.find((b) => b.actor.id === 'taliban');
    expect(taliban?.situation).toMatchObject({ own: true });
    expect(taliban?.levers.some((l) => l.now === false && l.needs === 'Kabul has fallen')).toBe(true);
  });

  it('--out writes the printable cards, one per role, and says so', () => {
    expectSuccess(cards);
    const html = readFileSync(temp.file('cards.html'), 'utf8');
    const count = html.match(/<section class="card"/g)?.length;
    expect(cards.stdout).toBe(`wrote ${count} briefing card(s) to cards.html\n`);
    expect(count).toBe(parseStdout(json, Briefings).length);
  });

  it('--help gives examples', () => {
    expectSuccess(help);
    expect(help.stdout).toContain('greatgame briefing --scenario emirate-2022 --out cards.html');
  });

  it('refuses an actor the scenario does not have, an unknown scenario and an unwritable file (exit 2)', () => {
    expectCleanFailure(stranger, 2);
    expect(messageLines(stranger)[0]).toMatch(
      /^greatgame: --actor resistance: not an actor of moscow-format-2016 \(actors: afghan_republic, /,
    );
    expectCleanFailure(nowhere, 2);
    expect(messageLines(nowhere)[0]).toMatch(/^greatgame: unknown scenario 'nowhere'/);
    expectCleanFailure(noFolder, 2);
    expect(messageLines(noFolder)[0]).toMatch(/^greatgame: cannot write no\/such\/folder\/cards.html/);
  });
});
