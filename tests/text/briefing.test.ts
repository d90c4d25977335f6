import { describe, expect, it } from 'vitest';
import { newGame, type ScenarioContent } from '../../game/engine/index.ts';
import { roleBriefing } from '../../game/text/briefing.ts';
import { briefingCardsHtml } from '../../game/text/briefing-html.ts';
import { briefingText } from '../../game/text/briefing-text.ts';
import { escapeHtml } from '../../game/text/html.ts';
import { library, shipped } from '../helpers/shipped.ts';

function content(scenario: string): ScenarioContent {
  const resolved = shipped.resolve({ scenario, variant: 'baseline', withoutSource: [] });
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.content;
}

const withdrawal = content('withdrawal-2021');
const russia = library.actors.get('russia');
const opened = newGame(shipped, { scenario: 'withdrawal-2021', seed: 1 });
if (!opened.ok) throw new Error(opened.error.message);
/** What the game's cards and the CLI pass: the scenario's briefing file and a game at its first turn. */
const context = { briefing: library.scenarios.get('withdrawal-2021')?.briefing ?? null, start: opened.game };

describe('a role briefing', () => {
  const briefing = roleBriefing(withdrawal, 'russia');

  it("gives the scenario's period to the last month of its last turn, and its summary", () => {
    expect(briefing?.scenario).toMatchObject({ period: 'April 2021 to February 2022' });
    expect(briefing?.scenario.summary).toBe(withdrawal.scenario.summary);
    // A quarterly scenario ends with the last month of its last quarter.
    expect(roleBriefing(content('emirate-2022'), 'russia')?.scenario.period).toBe(
      'January 2022 to December 2023',
    );
  });

  it("lists the actor's interests, the weightiest first, each with its first quote", () => {
    const weights = briefing?.interests.map((i) => i.weight) ?? [];
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(briefing?.interests.map((i) => i.title).sort()).toEqual(
      russia?.interests.map((i) => i.title).sort(),
    );
    for (const interest of briefing?.interests ?? []) {
      const source = russia?.interests.find((i) => i.title === interest.title);
      expect(interest.citation).toEqual(source?.citations[0]);
    }
  });

  it('lists every lever with its cost and chance in percent', () => {
    expect(briefing?.levers).toHaveLength(russia?.levers.length ?? -1);
    const channel = briefing?.levers.find((l) => l.title.startsWith('Open or widen a channel'));
    expect(channel).toMatchObject({ cost: 1, chancePercent: 85 });
  });

  it("quotes only the starting facts that concern the actor: its relations, its interests' indicators, its zones", () => {
    const paths = withdrawal.scenario.facts.filter((f) => briefing?.facts.includes(f.citations[0] as never));
    expect(paths.length).toBeGreaterThan(0);
    expect(briefing?.facts.length).toBeLessThanOrEqual(3);
    const indicators = new Set(russia?.interests.map((i) => i.indicator));
    for (const { path } of paths) {
      const [head, a, b] = path.split('.');
      const concerns =
        (head === 'relations' && (a === 'russia' || b === 'russia')) ||
        (head === 'indicators' && indicators.has(a ?? ''));
      expect(concerns, path).toBe(true);
    }
  });

  it('names what every other actor of the scenario wants most, and not the actor itself', () => {
    const others = withdrawal.scenario.actors.map((a) => a.id).filter((id) => id !== 'russia');
    expect(briefing?.others.map((o) => o.id)).toEqual([...others].sort());
    const taliban = briefing?.others.find((o) => o.id === 'taliban');
    expect(taliban?.wants).toEqual([
      'Power and control of territory',
      'International legitimacy and recognition',
    ]);
  });

  it('is null for an actor that does not play in the scenario', () => {
    expect(roleBriefing(content('moscow-format-2016'), 'resistance')).toBeNull();
  });
});

describe("the situation: the scenario's start, for that role, never its end", () => {
  const taliban = roleBriefing(withdrawal, 'taliban', context);

  it("is the role's own paragraph, with its quotes, and not the hindsight summary", () => {
    expect(taliban?.situation?.own).toBe(true);
    expect(taliban?.situation?.text).toMatch(/^It is April 2021\. You, the Taliban,/);
    expect(taliban?.situation?.citations.length).toBeGreaterThan(0);
    const text = taliban ? briefingText(taliban, withdrawal.scenario.start) : '';
    const html = taliban ? briefingCardsHtml([taliban], withdrawal.scenario.start) : '';
    for (const page of [text, html]) {
      expect(page).toContain('You, the Taliban,');
      expect(page).not.toContain(withdrawal.scenario.summary);
      expect(page).not.toContain('take Kabul');
    }
  });

  it("falls back to the scenario's opening for a role without a paragraph, and to nothing without a file", () => {
    const briefing = context.briefing;
    if (!briefing) throw new Error('no briefing file');
    const { taliban: _, ...roles } = briefing.roles;
    const fallback = roleBriefing(withdrawal, 'taliban', { briefing: { ...briefing, roles } });
    expect(fallback?.situation).toEqual({ ...briefing.opening, own: false });
    expect(roleBriefing(withdrawal, 'taliban')?.situation).toBeNull();
  });
});

describe('the interests, the start and the moves, in words', () => {
  const briefing = roleBriefing(withdrawal, 'russia', context);
  if (!briefing) throw new Error('no briefing');
  const text = briefingText(briefing, withdrawal.scenario.start);
  const html = briefingCardsHtml([briefing], withdrawal.scenario.start);
  const total = russia?.interests.reduce((sum, i) => sum + i.weight, 0);

  it('names the measure of each interest and its direction, and the weight as parts of the score', () => {
    expect(text).toContain(
      `No spill-over of terrorism and instability into Central Asia. Measured by Terror threat to Central Asia: lower is better; 5 of the ${total} parts of your score.`,
    );
    expect(text).toContain('a weight of 5 counts five times as much as a weight of 1');
    expect(text).not.toMatch(/less is better|more is better|\(weight \d/);
  });

  it('quotes every interest on the card, not only the weightiest', () => {
    for (const interest of briefing.interests) expect(html).toContain(escapeHtml(interest.citation.quote));
  });

  it('says what posture and resources are', () => {
    expect(text).toContain('Your stance at the start: engaged (how you stand towards the others;');
    expect(text).toContain('Resources: 10 points to spend on moves');
    expect(text).toContain('and 2 more each month');
  });

  it('groups the moves into possible now and later, with what a later one waits for, in words', () => {
    const recognise = briefing.levers.find((l) => l.title.startsWith('Formally recognise'));
    expect(recognise).toMatchObject({ now: false, needs: 'Kabul has fallen' });
    expect(briefing.levers.find((l) => l.title.startsWith('Convene'))).toMatchObject({ now: true });
    const now = text.slice(text.indexOf('What you can do now'), text.indexOf('What you can do later'));
    expect(now).toContain('Convene');
    expect(now).not.toContain('Formally recognise');
    expect(text).toMatch(/Formally recognise [^\n]*: when Kabul has fallen/);
    expect(html).toContain('data-group="later"');
    // What holds now is the situation's business: a later move says only what it waits for.
    expect(briefing.levers.map((l) => l.needs ?? '').join(' ')).not.toContain('(now');
    expect(text).toMatch(/\d+% chance it works/);
    expect(text).not.toMatch(/\d% chance[^ ]|\d% chance [^i]/);
  });
});

describe('the briefing as text and as printable cards', () => {
  const briefing = roleBriefing(withdrawal, 'russia', context);
  if (!briefing) throw new Error('no briefing');

  it('names sources by author, institution and year, never by file name', () => {
    const text = briefingText(briefing, withdrawal.scenario.start);
    expect(text).toContain('(Diana Janse, SCEEUS, 2021)');
    expect(text).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });

  it('writes one card per role in one self-contained page: no script, no link, no remote address', () => {
    const all = withdrawal.scenario.actors.flatMap((a) => roleBriefing(withdrawal, a.id, context) ?? []);
    const html = briefingCardsHtml(all, withdrawal.scenario.start);
    expect(html.match(/<section class="card"/g)).toHaveLength(all.length);
    expect(html).not.toMatch(/<script|<link|https?:\/\//);
    expect(html).toContain('@page');
  });

  it('escapes what it prints', () => {
    const html = briefingCardsHtml(
      [{ ...briefing, actor: { id: 'x', name: 'A <b>bold</b> & "quoted" name' } }],
      withdrawal.scenario.start,
    );
    expect(html).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; name');
  });
});
