import { describe, expect, it } from 'vitest';
import { dateOfTurn, monthsBetween, shiftMonths, turnCount } from '../../game/engine/calendar.ts';

describe('the calendar of turns', () => {
  it('dates turn t by month or by quarter, across the new year', () => {
    expect(dateOfTurn('2021-04', 'month', 1)).toBe('2021-04');
    expect(dateOfTurn('2021-04', 'month', 10)).toBe('2022-01');
    expect(dateOfTurn('2016-10', 'quarter', 2)).toBe('2017-01');
    expect(dateOfTurn('2016-10', 'quarter', 7)).toBe('2018-04');
  });

  it('counts the turns from start to end, both included', () => {
    expect(turnCount('2021-04', '2022-02', 'month')).toBe(11);
    expect(turnCount('2016-10', '2018-04', 'quarter')).toBe(7);
    // One turn when the period is a single month; an end inside the last quarter still counts it.
    expect(turnCount('2021-04', '2021-04', 'month')).toBe(1);
    expect(turnCount('2021-04', '2021-04', 'quarter')).toBe(1);
    expect(turnCount('2022-01', '2023-11', 'quarter')).toBe(8);
  });

  it('counts no turns when the end comes before the start', () => {
    expect(turnCount('2021-04', '2021-03', 'month')).toBe(0);
    expect(turnCount('2021-04', '2020-01', 'month')).toBe(0);
    expect(turnCount('2021-04', '2021-01', 'quarter')).toBe(0);
  });

  it('shifts a date by months either way, and measures the months between two dates', () => {
    expect(shiftMonths('2021-11', 3)).toBe('2022-02');
    expect(shiftMonths('2021-01', -1)).toBe('2020-12');
    expect(shiftMonths('2021-06', 0)).toBe('2021-06');
    expect(monthsBetween('2021-11', '2022-02')).toBe(3);
    expect(monthsBetween('2022-02', '2021-11')).toBe(-3);
  });
});
