import { describe, expect, it } from 'vitest';
import { decidePanel, SUMMARY_OPEN_TURNS } from '../../game/ui/decide.ts';
import { Session } from '../../game/ui/session.ts';
import { type FakeElement, useFakeDocument } from '../helpers/fake-dom.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * The single-screen decision panel around the turn just played (the second newcomer review, findings 12, 42 and
 * 44): what happened is open where the player is on the first turns, the forecast is one link away from the top,
 * and a turn looked back at on the timeline shows what happened in it and the player's move.
 */
useFakeDocument();

const handlers = { openQuote: () => {}, report: () => {}, debrief: () => {} };
const panel = (session: Session) => decidePanel(session, library, handlers) as unknown as FakeElement;

/** Russia played by a person, who convenes talks on the first turn and passes after. */
function played(turns: number): Session {
  const session = new Session(shipped);
  const failed = session.start({
    scenario: 'withdrawal-2021',
    variant: 'baseline',
    seed: 3,
    humans: ['russia'],
  });
  if (failed) throw new Error(failed);
  for (let t = 1; t <= turns; t++) {
    const problem = session.decide('russia', t === 1 ? 'convene_talks' : 'pass', null);
    if (problem) throw new Error(`turn ${t}: ${problem}`);
  }
  return session;
}

describe('the decision panel after a turn', () => {
  it(`shows what happened open on the first ${SUMMARY_OPEN_TURNS} turns, then folded`, () => {
    expect(SUMMARY_OPEN_TURNS).toBeGreaterThanOrEqual(1);
    const session = played(0);
    expect(panel(session).find('details', 'summary-fold')).toEqual([]);
    for (let turn = 1; turn <= SUMMARY_OPEN_TURNS + 1; turn++) {
      session.decide('russia', turn === 1 ? 'convene_talks' : 'pass', null);
      const [fold] = panel(session).find('details', 'summary-fold');
      expect(fold, `turn ${turn}`).toBeDefined();
      expect(fold?.attributes.has('open'), `turn ${turn}`).toBe(turn <= SUMMARY_OPEN_TURNS);
      expect(fold?.find('section', 'turn-summary')).toHaveLength(1);
    }
  });

  it('offers the forecast in one line under the heading, before the moves and the form', () => {
    const shown = panel(played(1));
    const order = shown.all();
    const link = order.find((e) => e.attributes.get('id') === 'forecast-link');
    expect(link?.textContent).toBe('Forecast (optional) ↓');
    expect(link?.attributes.get('href')).toBe('#forecast');
    const heading = order.findIndex((e) => e.tagName === 'h2');
    const form = order.findIndex((e) => e.attributes.get('id') === 'decide');
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(link as FakeElement)).toBeGreaterThan(heading);
    expect(order.indexOf(link as FakeElement)).toBeLessThan(form);
  });

  it('looking back at a turn, shows that turn’s summary and the player’s move, read-only', () => {
    const session = played(3);
    session.scrub(1);
    const shown = panel(session);
    expect(shown.textContent).toContain('You are looking at turn 1 (read-only)');
    const [summary] = shown.find('section', 'turn-summary');
    expect(summary?.find('h3')[0]?.textContent).toBe('What happened in April 2021');
    expect(summary?.textContent).toContain('Your move');
    expect(summary?.textContent).toMatch(/Russia's move, Convene regional talks/);
    // Read-only: no form to decide with.
    expect(shown.all().some((e) => e.tagName === 'form' || e.tagName === 'button')).toBe(false);

    session.scrub(2);
    expect(panel(session).find('h3')[0]?.textContent).toBe('What happened in May 2021');
    session.scrub(0);
    expect(panel(session).textContent).toContain('before its first turn: nothing has happened yet');
  });
});
