import { describe, expect, it } from 'vitest';
import { type Push, shortOf, turnSummary } from '../../game/analysis/turn-summary.ts';
import type { Game } from '../../game/engine/index.ts';
import { PERIOD_LEGEND } from '../../game/text/citation-period.ts';
import { logPanel } from '../../game/ui/log.ts';
import { summaryBlock } from '../../game/ui/turn-summary.ts';
import { type FakeElement, FakeText, useFakeDocument } from '../helpers/fake-dom.ts';
import { library, playToEnd } from '../helpers/shipped.ts';

/**
 * Review 2, findings 31, 33 and 35: the summary's words for the one player ("Your move.", not "A person
 * decided it."), why a move changed a value by less than it promised (the scale ends at 100), and a legend
 * line for the quote tags "(background, 2018)" and "(later, 2021)".
 */
const text = (node: unknown): string =>
  node instanceof FakeText ? node.data : (node as FakeElement).childNodes.map(text).join(' ');
useFakeDocument();

const game = playToEnd('withdrawal-2021', 1);
/** Turn 1's summary with Russia's table-chosen move told as a person's. */
function summaryWithOwnMove(g: Game) {
  const log = g.log[0];
  if (!log) throw new Error('no turn');
  const actions = log.actions.map((a) => (a.actor === 'russia' ? { ...a, ruleId: null, why: null } : a));
  return turnSummary(g.prepared, { before: g.initial, log: { ...log, actions }, humans: ['russia'] });
}

describe('the one player’s own move in the summary', () => {
  const summary = summaryWithOwnMove(game);
  const moved = summary.all.some((c) => c.causes.some((k) => k.human));

  it('reads "Your move." for one player, and "A person decided it." with several', () => {
    expect(moved).toBe(true);
    const single = text(summaryBlock(summary, true));
    expect(single).toContain('Your move.');
    expect(single).not.toContain('A person decided it.');
    expect(text(summaryBlock(summary, false))).toContain('A person decided it.');
  });
});

describe('a move that changed a value by less than it promised', () => {
  const add = (n: number): Push => ({ add: n });

  it('says the scale ends at 100 (or 0) when the value reached it', () => {
    expect(shortOf(add(6), 3, 100)).toBe(' (not the full +6: it cannot go past 100)');
    expect(shortOf(add(-5), -2, 0)).toBe(' (not the full -5: it cannot go below 0)');
  });

  it('says nothing when it took all, or fell short for a reason the log does not show', () => {
    expect(shortOf(add(6), 6, 70)).toBe('');
    expect(shortOf(add(6), 3, 80)).toBe('');
    expect(shortOf(undefined, 3, 100)).toBe('');
  });
});

describe('the quote tags', () => {
  it('are explained once above the log, in plain words', () => {
    const panel = text(logPanel(game, library, { actor: null, openQuote: () => {}, setActor: () => {} }));
    expect(panel).toContain(PERIOD_LEGEND);
    expect(PERIOD_LEGEND).toMatch(/“background, 2018” means .* earlier time/);
    expect(PERIOD_LEGEND).toMatch(/“later, 2021” means .* after this month/);
  });
});
