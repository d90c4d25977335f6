/** Turn dates. A quarter is named by its first month, so every date is a `YYYY-MM` string. */
export type TurnLength = 'month' | 'quarter';

/** How many months one turn spans. */
export const monthsPer: Readonly<Record<TurnLength, number>> = { month: 1, quarter: 3 };

function toIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function fromIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** The date of turn `turn` (1-based). */
export function dateOfTurn(start: string, length: TurnLength, turn: number): string {
  return fromIndex(toIndex(start) + (turn - 1) * monthsPer[length]);
}

/** How many turns run from `start` to `end`, both included; 0 if `end` is before `start`. */
export function turnCount(start: string, end: string, length: TurnLength): number {
  const span = toIndex(end) - toIndex(start);
  return span < 0 ? 0 : Math.floor(span / monthsPer[length]) + 1;
}

/** The date `months` months after `date` (before it, if negative). */
export function shiftMonths(date: string, months: number): string {
  return fromIndex(toIndex(date) + months);
}

/** How many months from `a` to `b` (negative if `b` comes first). */
export function monthsBetween(a: string, b: string): number {
  return toIndex(b) - toIndex(a);
}
