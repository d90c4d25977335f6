import { describe, expect, it } from 'vitest';
import { parseVariantList } from '../../game/analysis/sweep-bounds.ts';
import { MAX_PAGE_WORKERS, pageWorkers, sweepBatches } from '../../game/ui/explore/batches.ts';
import { planOfRequest, type SweepRequest } from '../../game/ui/explore/plan.ts';
import { shipped } from '../helpers/shipped.ts';

/** The explore page's form as `greatgame explore` reads its options, and how the page cuts a sweep for its workers. */
const request = (change: Partial<SweepRequest> = {}): SweepRequest => ({
  scenario: 'withdrawal-2021',
  variants: 'baseline',
  runs: '200',
  firstSeed: '1',
  withoutSource: [],
  ...change,
});

describe('the --variants syntax, shared by the CLI and the page', () => {
  it('drops the spaces around commas and pluses, the first entry the reference', () => {
    expect(parseVariantList(' baseline , us-stays + poppy-ban-fails')).toEqual({
      ok: true,
      variants: ['baseline', 'us-stays+poppy-ban-fails'],
    });
  });

  it('refuses an empty id and a variant listed twice', () => {
    expect(parseVariantList('baseline,,us-stays')).toEqual({
      ok: false,
      message: "--variants: '' has an empty variant id",
    });
    expect(parseVariantList('us-stays, us-stays')).toEqual({
      ok: false,
      message: "--variants: 'us-stays' is listed twice",
    });
  });
});

describe("the page's sweep plan", () => {
  it('is the plan of the CLI defaults: 200 seeds from 1', () => {
    const planned = planOfRequest(shipped, request());
    expect(planned).toEqual({
      ok: true,
      plan: {
        scenario: 'withdrawal-2021',
        variants: ['baseline'],
        seeds: Array.from({ length: 200 }, (_, i) => i + 1),
        withoutSource: [],
      },
    });
  });

  it.each([
    [{ runs: '1' }, '--runs: expected 2 to 100000 runs per variant'],
    [{ runs: '2e3' }, '--runs: expected 2 to 100000 runs per variant'],
    [{ runs: '100001' }, '--runs: expected 2 to 100000 runs per variant'],
    [{ firstSeed: '-1' }, '--first-seed: expected a non-negative integer'],
    [{ firstSeed: String(Number.MAX_SAFE_INTEGER) }, 'the last seed would be too large'],
    [{ variants: 'baseline,no-such-variant' }, 'no-such-variant'],
    [{ runs: '100000', variants: 'baseline,us-stays,a,b,c' }, '500000 games; at most 400000'],
    [{ scenario: 'no-such-scenario' }, 'no-such-scenario'],
  ])('refuses %o before anything is played', (change, message) => {
    const planned = planOfRequest(shipped, request(change));
    expect(planned.ok).toBe(false);
    if (!planned.ok) expect(planned.message).toContain(message);
  });
});

describe("the page's batches", () => {
  it('cover every seed once, in seed order, 20 seeds at most each, each played by every variant (the reference first)', () => {
    const plan = { scenario: 's', variants: ['a', 'b'], seeds: [5, 6, 7, 8, 9], withoutSource: ['r'] };
    const batches = sweepBatches(plan, 2);
    expect(batches.map((b) => [b.variants, b.seeds])).toEqual([
      [
        ['a', 'b'],
        [5, 6],
      ],
      [
        ['a', 'b'],
        [7, 8],
      ],
      [['a', 'b'], [9]],
    ]);
    expect(batches[0]?.plan).toEqual({ scenario: 's', withoutSource: ['r'] });
    expect(sweepBatches({ ...plan, seeds: Array.from({ length: 45 }, (_, i) => i) }).length).toBe(3);
  });

  it('go to one worker per core, capped, never more than the batches, one when the browser says nothing', () => {
    expect(pageWorkers(4, 100)).toBe(4);
    expect(pageWorkers(64, 100)).toBe(MAX_PAGE_WORKERS);
    expect(pageWorkers(4, 2)).toBe(2);
    expect(pageWorkers(undefined, 100)).toBe(1);
    expect(pageWorkers(0, 100)).toBe(1);
  });
});
