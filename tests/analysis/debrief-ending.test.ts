import { beforeAll, describe, expect, it } from 'vitest';
import { buildDebrief, type Debrief } from '../../game/analysis/debrief.ts';
import { KEY_OUTCOMES } from '../../game/analysis/debrief-ending.ts';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { type DecisionEntry, type Game, playScripted } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { debriefHtml } from '../../game/text/debrief-html.ts';
import { escapeHtml } from '../../game/text/html.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * The review of the after-action report (items 14-17): it says where the game ended, gives the teacher a
 * 20-minute plan with questions from this game, recalls what each person's role wanted, and marks the
 * scripted events that acted for a person's role. A person played Russia for the whole game (11 turns, to
 * February 2022, so that January 2022's "Russia shifts to practical interaction" fires).
 */
const RUSSIA: DecisionEntry[] = [
  { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
  { turn: 3, actor: 'russia', action: 'pass', target: null },
];
const CHARTS = { script: '', css: '' };

function played(decisions: DecisionEntry[]): { game: Game; debrief: Debrief; html: string } {
  const run = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions, 11);
  if (!run.ok) throw new Error(run.error.message);
  const replay = replayOf(run.game, decisions, ENGINE_VERSION);
  const built = buildDebrief(shipped, library, replay);
  if (!built.ok) throw new Error(built.message);
  return { game: run.game, debrief: built.debrief, html: debriefHtml(built.debrief, replay, CHARTS) };
}

let game: Game;
let debrief: Debrief;
let html: string;
beforeAll(() => {
  ({ game, debrief, html } = played(RUSSIA));
});

describe('where the game ended', () => {
  it('lists every actor’s final score, highest first, the person’s role marked', () => {
    const last = game.log[game.log.length - 1];
    const { scores } = debrief.ending;
    expect(scores.map((s) => s.actor).sort()).toEqual([...game.prepared.actorIds].sort());
    for (const s of scores) expect(s.end).toBe(last?.scores[s.actor]);
    expect(scores.map((s) => s.end)).toEqual([...scores.map((s) => s.end)].sort((a, b) => b - a));
    expect(scores.filter((s) => s.human).map((s) => s.actor)).toEqual(['russia']);
    expect(html).toMatch(/<tr class="human"><td>Russia \(played by a person\)<\/td>/);
  });

  it('says how the key outcomes ended: Kabul, a US base, recognition', () => {
    const { outcomes } = debrief.ending;
    expect(outcomes.map((o) => o.flag)).toEqual([...KEY_OUTCOMES]);
    for (const o of outcomes) expect(o.held).toBe(game.state.flags[o.flag] === true);
    expect(outcomes.find((o) => o.flag === 'kabul_fallen')?.held).toBe(true);
  });

  it('closes with two or three sentences that name the outcome and the person’s role', () => {
    const { summary } = debrief.ending;
    expect(summary.length).toBeGreaterThanOrEqual(2);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(summary.join(' ')).toContain('Kabul fell to the Taliban');
    const rank = debrief.ending.scores.findIndex((s) => s.actor === 'russia') + 1;
    const russia = debrief.ending.scores[rank - 1];
    expect(summary.join(' ')).toContain(
      `Russia, played by a person, went from ${russia?.start} to ${russia?.end} (${rank}th of ${debrief.ending.scores.length})`,
    );
    expect(html).toContain('<h2>Where the game ended</h2>');
  });

  it('names the best and worst served with their article, as a sentence does: "and the Afghan Republic worst"', () => {
    const { scores, summary } = debrief.ending;
    const bottom = scores[scores.length - 1];
    const words: Record<string, string> = { afghan_republic: 'the Afghan Republic', taliban: 'the Taliban' };
    const name = words[bottom?.actor ?? ''] ?? bottom?.name;
    expect(summary.join(' ')).toContain(`and ${name} worst, at ${bottom?.end}`);
    expect(summary.join(' ')).not.toMatch(/and (Afghan Republic|The Taliban) worst/);
  });

  it('says how far chance alone moves the person’s score, and reads each decision against that range', () => {
    const [range, ...others] = debrief.ending.chance;
    expect(others).toEqual([]);
    expect(range).toMatchObject({ actor: 'russia', runs: 20 });
    if (!range) throw new Error('Russia was played by a person');
    expect(range.p5).toBeLessThanOrEqual(range.p95);
    expect(range.p95 - range.p5, 'the dice move a score').toBeGreaterThan(0);
    expect(html).toContain(
      `in 20 games the rule tables play from the start with other dice, Russia’s score ends between ${range.p5} and ${range.p95} (the middle 90%)`,
    );
    for (const x of debrief.decisions) {
      const { recorded, tables } = x.continuation.score;
      const inside = [recorded, tables].every((v) => v >= range.p5 && v <= range.p95);
      expect(html).toContain(`${recorded} as played, ${tables} had the tables played on`);
      expect(html).toContain(inside ? 'the decision made no clear difference' : 'a clear difference');
    }
  });
});

describe('the teacher’s 20-minute discussion', () => {
  it('suggests an order with minutes that add up to 20, at the top of the report', () => {
    const { plan } = debrief.discussion;
    expect(plan.reduce((sum, p) => sum + p.minutes, 0)).toBe(20);
    expect(plan.map((p) => p.part)[0]).toBe('Turning points');
    expect(html).toContain('<h2>For the teacher: a 20-minute discussion</h2>');
    expect(html.indexOf('For the teacher')).toBeLessThan(html.indexOf('<h2>Turning points</h2>'));
  });

  it('asks about this game’s own turning points and the person’s differing choices, citing the turn', () => {
    const { questions } = debrief.discussion;
    const points = questions.filter((q) => q.kind === 'turning-point');
    const choices = questions.filter((q) => q.kind === 'decision');
    expect(points.length).toBeGreaterThan(0);
    for (const q of points) {
      const point = debrief.turningPoints.find((p) => p.turn === q.turn);
      expect(q.question).toContain(`Turn ${q.turn} (${point?.month}): ${point?.label}`);
    }
    const differing = debrief.decisions.filter((x) => !x.same);
    expect(choices.map((q) => q.turn)).toEqual(differing.map((x) => x.turn).slice(0, 3));
    const first = differing[0];
    expect(choices[0]?.question).toContain(`“${first?.table.title}”`);
    for (const q of questions) expect(html).toContain(escapeHtml(q.question));
  });
});

describe('what the person’s role wanted', () => {
  it('recalls each interest from the actor’s data, with the quote’s source in words', () => {
    const [russia] = debrief.humans;
    const def = library.actors.get('russia');
    expect(russia?.interests.map((i) => i.title)).toEqual(def?.interests.map((i) => i.title));
    for (const i of russia?.interests ?? []) {
      expect(i.quote?.source).not.toMatch(/\.txt$/);
      expect(i.end).toBe(game.log[game.log.length - 1]?.indicators[i.indicator]);
    }
    expect(html).toContain('<h3>What Russia wanted</h3>');
    expect(html).toContain(`(${russia?.interests[0]?.quote?.source})`);
  });
});

describe('scripted events that act for a person’s role', () => {
  const SHIFT = 'practical-interaction-2022-01';

  it('marks the event that moved Russia’s relations while a person played Russia', () => {
    const event = debrief.timeline.flatMap((t) => t.events).find((ev) => ev.id === SHIFT);
    expect(event?.actsFor).toEqual([{ actor: 'russia', actorName: 'Russia' }]);
    expect(html).toContain('A scripted event, acting for Russia (played by a person)');
    expect(html).toMatch(/Scripted events also acted for Russia[^<]*Russia shifts to practical interaction/);
  });

  it('does not mark news the role only reacts to, though it moves the role’s relations', () => {
    const news = debrief.timeline
      .flatMap((t) => t.events)
      .filter((ev) => /Pashtun government|execute the jailed ISIS-K leader/.test(ev.title));
    expect(news.length).toBeGreaterThan(0);
    for (const ev of news) expect(ev.actsFor).toEqual([]);
  });

  it('marks nothing when no person plays the role the event acts for', () => {
    const other = played([{ turn: 1, actor: 'china', action: 'pass', target: null }]);
    const event = other.debrief.timeline.flatMap((t) => t.events).find((ev) => ev.id === SHIFT);
    expect(event?.actsFor).toEqual([]);
    expect(other.html).not.toContain('acting for Russia');
  });
});
