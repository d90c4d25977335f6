import { describe, expect, it } from 'vitest';
import type { Condition } from '../../game/engine/index.ts';
import { periodNote } from '../../game/text/citation-period.ts';
import { library } from '../helpers/shipped.ts';

/**
 * Issue 12: a quote from the wrong period misleads a student ("In 2016-2017 ..." behind an April 2021 move).
 * Every row's citations say which months they describe, or that they are background; and a quote about
 * another time than its move says so beside it ("background, 2017" or "later, 2022").
 */

interface Window {
  from: string;
  to: string;
}

/** The months a row's `date` atoms allow, within the scenario's own period (`all` narrows; the rest is kept). */
function dateWindow(condition: Condition, window: Window): Window {
  if ('all' in condition) return condition.all.reduce((w, c) => dateWindow(c, w), window);
  if (!('input' in condition) || condition.input !== 'date' || typeof condition.value !== 'string')
    return window;
  const value = condition.value;
  const max = (a: string, b: string) => (a > b ? a : b);
  const min = (a: string, b: string) => (a < b ? a : b);
  switch (condition.op) {
    case '>=':
    case '>':
      return { ...window, from: max(window.from, value) };
    case '<=':
    case '<':
      return { ...window, to: min(window.to, value) };
    case '==':
      return { from: max(window.from, value), to: min(window.to, value) };
    default:
      return window;
  }
}

const rows = [...library.scenarios.values()].flatMap((entry) => {
  const { scenario } = entry;
  return scenario.actors.flatMap(({ id }) =>
    (library.actors.get(id)?.rules ?? []).map((row) => ({
      scenario: scenario.id,
      row,
      window: dateWindow(row.when, { from: scenario.start, to: scenario.end }),
    })),
  );
});

describe('citation periods', () => {
  it('every citation of every row gives the period it describes, or is marked background', () => {
    const unmarked = [...library.actors.values()].flatMap((actor) =>
      actor.rules.flatMap((row) =>
        row.citations.flatMap((c, i) => (c.period || c.background ? [] : [`${row.id} citations[${i}]`])),
      ),
    );
    expect(unmarked).toEqual([]);
  });

  const reachable = rows.filter(({ window }) => window.from <= window.to);
  const outside = reachable.flatMap(({ scenario, row, window }) =>
    row.citations.flatMap((c, i) =>
      c.period && (c.period.to < window.from || c.period.from > window.to)
        ? [{ where: `${scenario} ${row.id} citations[${i}]`, c, window }]
        : [],
    ),
  );

  it('no quote about another time than its move shows without saying when it was true', () => {
    // Rows are shared by the scenarios: the emirate's rows cite 2021 passages for moves of 2022-2023, and a
    // 2016 game can reach a situation the reports describe in 2021. There are such quotes in both directions.
    expect(outside.some(({ c, window }) => c.period && c.period.to < window.from)).toBe(true);
    expect(outside.some(({ c, window }) => c.period && c.period.from > window.to)).toBe(true);
    const bare = outside.flatMap(({ where, c, window }) =>
      [window.from, window.to].some((date) => periodNote(c, date) === null) ? [where] : [],
    );
    expect(bare).toEqual([]);
  });
});

describe('the period note beside a quote', () => {
  const quote = { source: '000_8c4da183d0938c5d.txt', quote: 'In 2016-2017 Russia and China ...' };

  it('says "background" and the year the period ended, for a move made after it', () => {
    const period = { from: '2016-01', to: '2017-12' };
    expect(periodNote({ ...quote, period }, '2021-04')).toBe('background, 2017');
    expect(periodNote({ ...quote, period }, '2018-01')).toBe('background, 2017');
  });

  it('says nothing for a move made within the period', () => {
    const period = { from: '2016-01', to: '2017-12' };
    expect(periodNote({ ...quote, period }, '2017-12')).toBeNull();
    expect(periodNote({ ...quote, period }, '2016-01')).toBeNull();
  });

  it('says "later" and the year the period began, for a move made before it', () => {
    const period = { from: '2016-01', to: '2017-12' };
    expect(periodNote({ ...quote, period }, '2015-12')).toBe('later, 2016');
  });

  it("says background and the report's year for a passage about no time in particular", () => {
    expect(periodNote({ ...quote, background: true }, '2021-04')).toBe('background, 2018');
  });

  it('says nothing for a citation that gives neither', () => {
    expect(periodNote(quote, '2021-04')).toBeNull();
  });
});
