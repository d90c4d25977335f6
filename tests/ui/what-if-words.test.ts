import { describe, expect, it } from 'vitest';
import {
  type BranchOutcome,
  type BranchSummary,
  branchStart,
  playContinuation,
  recordingOf,
  summariseBranch,
} from '../../game/analysis/branch.ts';
import type { Interval } from '../../game/analysis/statistics.ts';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { playScripted } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { compared, fromWords, introLines, metricRows, outcomeSentence } from '../../game/ui/what-if/words.ts';
import { shipped } from '../helpers/shipped.ts';

/** Issue 14 in the browser: the what-if dialog's figures, in the words a student reads. */
const interval = (mean: number, low: number, high: number): Interval => ({ mean, low, high, n: 20 });

/** A withdrawal-2021 game of seed 7, Russia played by a person on turn 1, four turns long, branched after turn 2. */
function branched(runs: number): {
  summary: BranchSummary;
  start: ReturnType<typeof branchStart>;
  outcomes: BranchOutcome[];
} {
  const decisions = [
    { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
    { turn: 3, actor: 'russia', action: 'pass', target: null },
  ];
  const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions, 4);
  if (!played.ok) throw new Error(played.error.message);
  const found = recordingOf(shipped, replayOf(played.game, decisions, ENGINE_VERSION));
  if (!found.ok) throw new Error(found.message);
  const outcomes = Array.from({ length: runs }, (_, i) => playContinuation(found.recording, 2, i + 1));
  return {
    summary: summariseBranch(found.recording, 2, outcomes),
    start: branchStart(found.recording, 2),
    outcomes,
  };
}

describe('the what-if words', () => {
  it('sets the one game against the spread of single continuations, not against the interval of their mean', () => {
    const spread = { p5: 30, p95: 60 };
    expect(compared(29, spread)).toBe('higher than in your game');
    expect(compared(61, spread)).toBe('lower than in your game');
    expect(compared(30, spread)).toBe('no clear difference');
    expect(compared(60, spread)).toBe('no clear difference');
    // Outside the mean's 95% interval (44 to 46, as a thousand runs would make it) but well inside the spread:
    // ordinary dice, not a clear difference.
    expect(compared(50, spread)).toBe('no clear difference');
  });

  it('takes the middle 90% from the single continuations: the 1st and 19th of twenty sorted ends', () => {
    const { summary, outcomes } = branched(20);
    for (const [name, m] of Object.entries(summary.metrics)) {
      const ends = outcomes.map((o) => o.metrics[name] ?? 0).sort((x, y) => x - y);
      expect([m.spread.p5, m.spread.p95], name).toEqual([ends[0], ends[18]]);
    }
  });

  it('says a key outcome as the recorded game ended, and the share of continuations that end the same way', () => {
    expect(outcomeSentence('kabul_fallen', true, interval(0.62, 0.55, 0.69))).toBe(
      'Kabul has fallen in your game, and at the end of 62% of the continuations (95% interval 55% to 69%); in the others, Kabul has not fallen.',
    );
    expect(outcomeSentence('kabul_fallen', false, interval(1, 0.84, 1))).toBe(
      'Kabul has not fallen in your game, and at the end of 100% of the continuations (95% interval 84% to 100%).',
    );
  });

  it('labels every indicator and score with the vocabulary, never an id, with the figures of the summary', () => {
    const { summary, start } = branched(6);
    const { indicators, scores } = metricRows(summary);
    expect(indicators.length + scores.length).toBe(Object.keys(summary.metrics).length);
    for (const row of [...indicators, ...scores]) expect(row.label).not.toMatch(/_|score:/);
    const territory = indicators.find((r) => r.metric === 'taliban_territory');
    const m = summary.metrics.taliban_territory;
    if (!territory || !m) throw new Error('withdrawal-2021 has the Taliban’s territory');
    expect(territory.label).toBe('Taliban territory');
    expect(territory.recorded).toBe(`${m.recorded}%`);
    expect(territory.mean).toBe(`${m.continuations.mean.toFixed(1)}%`);
    expect(territory.range).toBe(`${m.spread.p5}% to ${m.spread.p95}%`);
    expect(territory.compared).toBe(compared(m.recorded, m.spread));
    expect(territory.interval).toBe(
      `${m.continuations.low.toFixed(1)}% to ${m.continuations.high.toFixed(1)}%`,
    );
    expect(scores.find((r) => r.metric === 'score:russia')?.label).toBe("Russia's interest score");
    expect(introLines(summary, start)).toEqual([
      'Withdrawal and takeover, 2021: 6 continuations after turn 2 (May 2021) to the end (turn 11), the rule tables playing every actor, each with dice of its own.',
      'In your game a person played Russia after turn 2; here the rule tables play it too.',
      'Your game stops after turn 4 of 11: its values are those after turn 4, the continuations’ those at the end.',
    ]);
  });

  it('names where the continuations start', () => {
    expect(fromWords(0, null)).toBe('from the first turn');
    expect(fromWords(3, 'June 2021')).toBe('after turn 3 (June 2021)');
  });
});
