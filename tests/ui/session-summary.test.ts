import { describe, expect, it } from 'vitest';
import { replayRecords, Session } from '../../game/ui/session.ts';
import { shipped } from '../helpers/shipped.ts';

/**
 * Issue 13: the summary of each turn on every way the page plays, hot-seat and a loaded replay included: the
 * people's own moves, and the same summary for a turn whether it was played live or replayed from its file.
 */
function hotSeat(turns: number): Session {
  const session = new Session(shipped);
  const problem = session.start({
    scenario: 'withdrawal-2021',
    variant: 'baseline',
    seed: 3,
    humans: ['russia', 'tajikistan'],
  });
  if (problem) throw new Error(problem);
  for (let t = 1; t <= turns; t++) {
    session.confirmHandover();
    expect(session.decide('russia', t === 1 ? 'convene_talks' : 'pass', null)).toBeNull();
    session.confirmHandover();
    expect(session.decide('tajikistan', 'pass', null)).toBeNull();
  }
  return session;
}

describe('the session’s summary of a turn', () => {
  it('has none before the first turn', () => {
    expect(hotSeat(0).summaryOf(0)).toBeNull();
  });

  it('in hot-seat, says what became of each person’s move, and who read them the turn after', () => {
    const session = hotSeat(2);
    const first = session.summaryOf(1);
    expect(first?.own.map((o) => o.actor)).toEqual(['russia', 'tajikistan']);
    // Seed 3: the talks succeed, and the tables that answer talks read that.
    expect(first?.own[0]?.text).toMatch(/^Russia's move, Convene regional talks.*, succeeded\.$/);
    expect(first?.own[1]?.text).toBe("Tajikistan's move was to pass.");
    expect(first?.reacting).toEqual([]);
    const second = session.summaryOf(2);
    expect(second?.month).toBe('May 2021');
    expect(second?.reacting).toEqual(['russia', 'tajikistan']);
    expect(second?.reactions.some((r) => r.to === 'russia' && r.read.includes("Russia's last move"))).toBe(
      true,
    );
  });

  it('for a loaded replay, gives each turn the summary it had live, its people the actors it recorded', () => {
    const live = hotSeat(3);
    const replayed = replayRecords(shipped, live.replay());
    if (!replayed.ok) throw new Error(replayed.message);
    const playback = new Session(shipped);
    playback.load(live.replay(), replayed.verdict, replayed.records);
    for (let t = 1; t <= 3; t++) expect(playback.summaryOf(t)).toEqual(live.summaryOf(t));
  });
});
