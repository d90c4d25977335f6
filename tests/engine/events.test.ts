import { describe, expect, it } from 'vitest';
import { newGame, step } from '../../game/engine/index.ts';
import { deckCard, eventsFile, miniContent, sourceOf } from '../helpers/mini.ts';

const card = (id: string, weight: number) => deckCard(id, { weight });

/** How often each outcome of the deck draw comes up over many seeds of the four-turn mini scenario. */
function deckOutcomes(deck: { quiet: number; cards: unknown[] }, seeds: number): Record<string, number> {
  const source = sourceOf(miniContent({ events: eventsFile({ deck }) }));
  const counts: Record<string, number> = {};
  for (let seed = 1; seed <= seeds; seed++) {
    const created = newGame(source, { scenario: 'mini', seed });
    if (!created.ok) throw new Error(created.error.message);
    let game = created.game;
    while (game.state.meta.phase !== 'over') {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
      const drawn = stepped.log.events.filter((e) => e.source === 'deck').map((e) => e.id);
      expect(drawn.length).toBeLessThanOrEqual(1);
      const key = drawn[0] ?? 'quiet';
      counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}

describe('the deck', () => {
  it('draws each card, or nothing, in proportion to its weight: at most one a turn', () => {
    // quiet 2, first 1, second 1 over 400 draws: 200, 100, 100 expected, each within about 3 standard deviations.
    const counts = deckOutcomes({ quiet: 2, cards: [card('first', 1), card('second', 1)] }, 100);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(400);
    expect(counts.quiet).toBeGreaterThan(170);
    expect(counts.quiet).toBeLessThan(230);
    expect(counts.first).toBeGreaterThan(75);
    expect(counts.first).toBeLessThan(125);
    expect(counts.second).toBeGreaterThan(75);
    expect(counts.second).toBeLessThan(125);
  });

  it('gives a heavier card more turns, and the last card its share too', () => {
    const counts = deckOutcomes({ quiet: 0, cards: [card('light', 1), card('heavy', 3)] }, 100);
    expect(counts.quiet).toBeUndefined();
    expect(counts.heavy).toBeGreaterThan(270);
    expect(counts.light).toBeGreaterThan(70);
  });
});
