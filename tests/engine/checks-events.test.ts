import { describe, expect, it } from 'vitest';
import { checkContent } from '../../game/engine/checks/index.ts';
import { CITE, deckCard, eventsFile, miniContent } from '../helpers/mini.ts';

/**
 * The events check (checks/events.ts): scheduled history and the deck. Ids are unique across both, each
 * condition is checked where it stands (without `$target`: an event has no target), and each defect gives
 * exactly the problem listed at its path in the events file.
 */
function problems(parts: Parameters<typeof eventsFile>[0]) {
  return checkContent(miniContent({ events: eventsFile(parts) })).map(({ file, path, message }) => {
    expect(file).toBe('mini/events.json');
    return { path, message };
  });
}

const scheduled = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: `Event ${id}`,
  on: '2021-02',
  effects: [],
  citations: CITE,
  ...extra,
});
const card = (id: string, extra: Record<string, unknown> = {}) =>
  deckCard(id, { title: `Card ${id}`, ...extra });
const deck = (...cards: unknown[]) => ({ quiet: 1, cards });

const UNKNOWN = { input: 'indicators.morale', op: '>', value: 1 };
const TARGETED = { input: 'zones.$target.taliban', op: '>', value: 1 };
const FINE = { input: 'indicators.peace_process', op: '>', value: 1 };

describe('event ids', () => {
  it('are unique among the scheduled events', () => {
    expect(problems({ scheduled: [scheduled('talks'), scheduled('raid'), scheduled('talks')] })).toEqual([
      { path: 'scheduled[2].id', message: "duplicate event 'talks'" },
    ]);
  });

  it('are unique among the cards', () => {
    expect(problems({ deck: deck(card('raid'), card('talks'), card('raid')) })).toEqual([
      { path: 'deck.cards[2].id', message: "duplicate event 'raid'" },
    ]);
  });

  it('are unique between history and the deck', () => {
    expect(problems({ scheduled: [scheduled('talks')], deck: deck(card('raid'), card('talks')) })).toEqual([
      { path: 'deck.cards[1].id', message: "duplicate event 'talks'" },
    ]);
    expect(problems({ scheduled: [scheduled('talks')], deck: deck(card('raid')) })).toEqual([]);
  });
});

describe('scheduled events', () => {
  it('need a date or a condition', () => {
    expect(problems({ scheduled: [scheduled('talks', { on: null })] })).toEqual([
      { path: 'scheduled[0]', message: 'a scheduled event needs on (a date) or when (a condition)' },
    ]);
    expect(problems({ scheduled: [scheduled('talks', { on: null, when: FINE })] })).toEqual([]);
  });

  it('read known inputs in their condition, and never $target', () => {
    expect(problems({ scheduled: [scheduled('a'), scheduled('b', { when: UNKNOWN })] })).toEqual([
      { path: 'scheduled[1].when.input', message: "unknown indicator 'morale'" },
    ]);
    expect(problems({ scheduled: [scheduled('a', { when: TARGETED })] })).toEqual([
      { path: 'scheduled[0].when.input', message: "'$target' can only be read in a lever's requires" },
    ]);
  });

  it('have effects that are checked at their own path', () => {
    const effects = [{ kind: 'flag', flag: 'moon_landing', set: true, citations: CITE }];
    expect(problems({ scheduled: [scheduled('a'), scheduled('b', { effects })] })).toEqual([
      {
        path: 'scheduled[1].effects[0].flag',
        message: "unknown flag 'moon_landing' (declare it in the scenario's flags)",
      },
    ]);
  });
});

describe('deck cards', () => {
  it('read known inputs in their bonuses, and never $target', () => {
    const bonuses = [
      { when: FINE, add: 1 },
      { when: UNKNOWN, add: 2 },
      { when: TARGETED, add: 3 },
    ];
    expect(problems({ deck: deck(card('raid'), card('talks', { bonuses })) })).toEqual([
      { path: 'deck.cards[1].bonuses[1].when.input', message: "unknown indicator 'morale'" },
      {
        path: 'deck.cards[1].bonuses[2].when.input',
        message: "'$target' can only be read in a lever's requires",
      },
    ]);
  });

  it('have effects that are checked at their own path', () => {
    const effects = [{ kind: 'relation', from: 'russia', to: 'martians', add: 1, citations: CITE }];
    expect(problems({ deck: deck(card('raid'), card('talks', { effects })) })).toEqual([
      { path: 'deck.cards[1].effects[0].to', message: "unknown actor 'martians'" },
    ]);
  });
});
