import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OutcomeDistribution, outcomeDistribution } from '../game/analysis/distribution.ts';
import { ReplayFile, verifyReplay } from '../game/engine/index.ts';
import { library, shipped } from './helpers/shipped.ts';

/**
 * The regression guard for the AI. tests/golden/ records, per scenario, the outcome distribution over 200
 * fixed seeds and one replay. The engine is deterministic and the summaries are rounded the same way every
 * time, so the distribution is compared exactly: any change in a final indicator's mean, standard deviation,
 * 5th or 95th percentile, or in an action's frequency, fails. (A tolerance would only let a change in the AI's
 * play through unreviewed.) Update the files deliberately with `npm run golden` and review the diff.
 */
const GOLDEN = new URL('./golden/', import.meta.url);
/** The seeds scripts/golden.ts plays: 1000 to 1199. */
const GOLDEN_SEEDS = Array.from({ length: 200 }, (_, i) => 1000 + i);
const STATISTICS = ['mean', 'sd', 'p5', 'p95'] as const;
const scenarios = [...library.scenarios.keys()].sort();

const read = (name: string) => JSON.parse(readFileSync(new URL(name, GOLDEN), 'utf8')) as unknown;
const union = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();

describe('golden files', () => {
  it('exist for every scenario, and only for scenarios', () => {
    const files = readdirSync(GOLDEN)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files).toEqual(scenarios.flatMap((s) => [`${s}.json`, `${s}.replay.json`]).sort());
  });
});

describe.each(scenarios)(
  '%s plays as recorded in tests/golden (run `npm run golden` to accept a change)',
  (scenario) => {
    const golden = read(`${scenario}.json`) as OutcomeDistribution;
    const now = outcomeDistribution(shipped, scenario, 'baseline', GOLDEN_SEEDS);

    it('records the baseline over the seeds 1000 to 1199', () => {
      expect({ scenario: golden.scenario, variant: golden.variant, seeds: golden.seeds }).toEqual({
        scenario,
        variant: 'baseline',
        seeds: GOLDEN_SEEDS,
      });
    });

    it("keeps every final indicator's mean, sd, p5 and p95 exactly", () => {
      const moved = union(now.indicators, golden.indicators).flatMap((name) =>
        STATISTICS.filter((stat) => now.indicators[name]?.[stat] !== golden.indicators[name]?.[stat]).map(
          (stat) => `${name}.${stat}: ${golden.indicators[name]?.[stat]} -> ${now.indicators[name]?.[stat]}`,
        ),
      );
      expect(moved).toEqual([]);
    });

    it("keeps every action's frequency exactly", () => {
      const moved = union(now.actions, golden.actions)
        .filter((k) => now.actions[k] !== golden.actions[k])
        .map((k) => `${k}: ${golden.actions[k]}% -> ${now.actions[k]}%`);
      expect(moved).toEqual([]);
    });

    it('replays its golden game hash for hash', () => {
      const replay = ReplayFile.parse(read(`${scenario}.replay.json`));
      const checked = verifyReplay(shipped, replay);
      expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: replay.hashes.length });
    });
  },
);
