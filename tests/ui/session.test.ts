import { describe, expect, it } from 'vitest';
import { playScripted } from '../../game/engine/index.ts';
import { replayRecords, Session } from '../../game/ui/session.ts';
import { shipped } from '../helpers/shipped.ts';

const SCENARIO = 'withdrawal-2021';

function started(humans: string[], seed = 3): Session {
  const session = new Session(shipped);
  const problem = session.start({ scenario: SCENARIO, variant: 'baseline', seed, humans });
  if (problem) throw new Error(problem);
  return session;
}

describe('the browser session', () => {
  it('refuses an unknown scenario with a message and starts nothing', () => {
    const session = new Session(shipped);
    expect(session.start({ scenario: 'nowhere', variant: 'baseline', seed: 1, humans: [] })).toMatch(
      /nowhere/,
    );
    expect(session.started).toBe(false);
  });

  it('gives one human the keyboard at once, with no hand-over screen', () => {
    const session = started(['russia']);
    expect(session.handoverTo).toBeNull();
    expect(session.deciding).toBe('russia');
    expect(session.decide('russia', 'pass', null)).toBeNull();
    expect(session.turnsPlayed).toBe(1);
    expect(session.deciding).toBe('russia');
  });

  it('hands the screen from human to human in actor-id order, and plays the turn after the last decision', () => {
    const session = started(['tajikistan', 'russia']);
    expect(session.handoverTo).toBe('russia');
    expect(session.deciding).toBeNull();
    session.confirmHandover();
    expect(session.decide('tajikistan', 'pass', null)).toMatch(/not tajikistan's turn/);
    expect(session.decide('russia', 'pass', null)).toBeNull();
    expect(session.turnsPlayed).toBe(0);
    expect(session.handoverTo).toBe('tajikistan');
    session.confirmHandover();
    expect(session.decide('tajikistan', 'pass', null)).toBeNull();
    expect(session.turnsPlayed).toBe(1);
    expect(session.handoverTo).toBe('russia');
  });

  it('plays the same game as the engine does with the same decisions', () => {
    const session = started(['russia']);
    session.decide('russia', 'convene_talks', null);
    session.decide('russia', 'pass', null);
    const node = playScripted(shipped, { scenario: SCENARIO, seed: 3 }, session.decisions, 2);
    if (!node.ok) throw new Error(node.error.message);
    expect(session.live.hashes).toEqual(node.game.hashes);
  });

  it('looks back read-only: a past turn cannot be played, the last one is the live game again', () => {
    const session = started([]);
    session.advance();
    session.advance();
    session.scrub(1);
    expect(session.viewing).toBe(1);
    expect(session.shown.log.length).toBe(1);
    expect(session.advance()).toBe('return to the live game first');
    session.scrub(-5);
    expect(session.viewing).toBe(0);
    session.scrub(99);
    expect(session.viewing).toBeNull();
    expect(session.advance()).toBeNull();
    expect(session.turnsPlayed).toBe(3);
  });

  it('plays a replay back from its start, then continues it live with the same people', () => {
    const recorded = started(['russia']);
    recorded.decide('russia', 'convene_talks', null);
    recorded.decide('russia', 'pass', null);
    const replayed = replayRecords(shipped, recorded.replay());
    if (!replayed.ok) throw new Error(replayed.message);
    expect(replayed.verdict.kind).toBe('verified');

    const session = new Session(shipped);
    session.load(recorded.replay(), replayed.verdict, replayed.records);
    expect(session.viewing).toBe(0);
    expect(session.deciding).toBeNull();
    expect(session.advance()).toBe('return to the live game first');

    session.leavePlayback();
    expect(session.playback).toBeNull();
    expect(session.turnsPlayed).toBe(2);
    expect(session.deciding).toBe('russia');
  });
});
