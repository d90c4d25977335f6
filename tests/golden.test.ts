import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type OutcomeDistribution, outcomeDistribution } from '../game/analysis/distribution.ts';
import { ReplayFile, verifyReplay } from '../game/engine/index.ts';
import { library, shipped } from './helpers/shipped.ts';

/**
 * The regression guard for the AI. tests/golden/ records, per scenario, the outcome distribution over 200
 * fixed seeds and one replay. A mean that moves by more than 1.5 points, or an action frequency by more than
 * 3 percentage points, fails: update the files deliberately with `npm run golden` and review the diff.
 */
const GOLDEN = new URL('./golden/', import.meta.url);
const MEAN_TOLERANCE = 1.5;
const FREQUENCY_TOLERANCE = 3;
const scenarios = [...library.scenarios.keys()].sort();

const read = (name: string) => JSON.parse(readFileSync(new URL(name, GOLDEN), 'utf8')) as unknown;

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
    const now = outcomeDistribution(shipped, scenario, 'baseline', golden.seeds);

    it('over 200 seeds', () => {
      expect(golden.seeds).toHaveLength(200);
    });

    it(`keeps every final indicator's mean within ${MEAN_TOLERANCE} points`, () => {
      const moved = Object.entries(now.indicators)
        .filter(
          ([name, d]) =>
            Math.abs(d.mean - (golden.indicators[name]?.mean ?? Number.NaN)) > MEAN_TOLERANCE ||
            !(name in golden.indicators),
        )
        .map(([name, d]) => `${name}: ${golden.indicators[name]?.mean} -> ${d.mean}`);
      expect(moved).toEqual([]);
    });

    it(`keeps every action's frequency within ${FREQUENCY_TOLERANCE} percentage points`, () => {
      const keys = [...new Set([...Object.keys(now.actions), ...Object.keys(golden.actions)])].sort();
      const moved = keys
        .filter((k) => Math.abs((now.actions[k] ?? 0) - (golden.actions[k] ?? 0)) > FREQUENCY_TOLERANCE)
        .map((k) => `${k}: ${golden.actions[k] ?? 0}% -> ${now.actions[k] ?? 0}%`);
      expect(moved).toEqual([]);
    });

    it('replays its golden game hash for hash', () => {
      const replay = ReplayFile.parse(read(`${scenario}.replay.json`));
      const checked = verifyReplay(shipped, replay);
      expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: replay.hashes.length });
    });
  },
);
