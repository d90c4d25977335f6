import { describe, expect, it } from 'vitest';
import { type Cause, mainCause } from '../../game/analysis/debrief-discussion.ts';

/**
 * Review 2, finding 24: a turning point's question says through what it came about. "Mostly" is for a cause
 * larger than any other; when the largest shares tie, the question says so.
 */
const cause = (kind: Cause['kind'], change: number, because: string[] = []): Cause => ({
  kind,
  change,
  because,
});
const withdrawal = cause('events', -5, ['The final US withdrawal commences']);
const usMove = cause('moves', -5, ['United States: Withdraw the troops']);

describe('the cause clause of a turning point', () => {
  it('"mostly" for a cause larger than the others', () => {
    expect(mainCause({ causes: [cause('moves', -2), withdrawal] })).toBe(
      ', mostly through events (The final US withdrawal commences)',
    );
  });

  it('"half ... half" when two equal causes made the whole change (US presence 25 to 15: -5 and -5)', () => {
    expect(mainCause({ causes: [withdrawal, usMove] })).toBe(
      ', half through events (The final US withdrawal commences), half through moves (United States: Withdraw the troops)',
    );
  });

  it('"as much ... as" when two equal causes stand beside smaller ones, "equally" for three', () => {
    expect(mainCause({ causes: [withdrawal, cause('world', 1), usMove] })).toBe(
      ', as much through events (The final US withdrawal commences) as through moves (United States: Withdraw the troops)',
    );
    expect(mainCause({ causes: [withdrawal, usMove, cause('world', 5)] })).toBe(
      ', equally through events (The final US withdrawal commences), moves (United States: Withdraw the troops) and the world’s own dynamics',
    );
  });
});
