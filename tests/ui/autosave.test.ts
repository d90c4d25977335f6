import { describe, expect, it } from 'vitest';
import {
  AUTOSAVE_KEY,
  Autosave,
  readSave,
  type SaveRead,
  type SaveSlot,
  writeSave,
} from '../../game/ui/autosave.ts';
import { replayRecords, Session } from '../../game/ui/session.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Issue 13, "a local game is lost on reload": the browser keeps the live game's replay in one slot, rewritten
 * after every turn, and offers to resume it on the next visit. A save is trusted no more than a dropped file.
 */
const SCENARIO = 'withdrawal-2021';

/** localStorage's part, in memory; `refuse` makes every write fail as a full or switched-off storage does. */
class MemorySlot implements SaveSlot {
  readonly items = new Map<string, string>();
  refuse = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function watched(humans: string[], variant = 'baseline') {
  const slot = new MemorySlot();
  const session = new Session(shipped);
  const autosave = new Autosave(session, slot);
  const problem = session.start({ scenario: SCENARIO, variant, seed: 3, humans });
  if (problem) throw new Error(problem);
  return { slot, session, autosave };
}

function saved(read: SaveRead) {
  if (read.kind !== 'saved') throw new Error(`expected a saved game, got ${JSON.stringify(read)}`);
  return read.game;
}

describe('the autosave slot', () => {
  it('holds the replay file of the turns played, rewritten after each turn', () => {
    const { slot, session } = watched(['russia']);
    expect(slot.items.has(AUTOSAVE_KEY)).toBe(false);
    session.decide('russia', 'convene_talks', null);
    expect(JSON.parse(slot.getItem(AUTOSAVE_KEY) ?? '')).toEqual(
      JSON.parse(JSON.stringify(session.replay())),
    );
    session.decide('russia', 'pass', null);
    expect(JSON.parse(slot.getItem(AUTOSAVE_KEY) ?? '').hashes).toHaveLength(2);
  });

  it('resumes at the same turn, with the same record, decisions and player, and plays on to the same game', () => {
    const { slot, session } = watched(['russia']);
    session.decide('russia', 'convene_talks', null);
    session.decide('russia', 'pass', null);
    const game = saved(readSave(slot, shipped, library));
    expect(game.offer).toBe(
      'Resume your game of Withdrawal and takeover, 2021, at turn 3 of 11 (June 2021)? You play Russia.',
    );

    const resumed = new Session(shipped);
    resumed.resume(game.replay, game.records);
    expect(resumed.turnsPlayed).toBe(2);
    expect(resumed.live.hashes).toEqual(session.live.hashes);
    expect(resumed.live.log).toEqual(session.live.log);
    expect(resumed.decisions).toEqual(session.decisions);
    expect(resumed.deciding).toBe('russia');
    expect(resumed.playback).toBeNull();
    for (const s of [session, resumed]) expect(s.decide('russia', 'pass', null)).toBeNull();
    expect(resumed.live.hashes).toEqual(session.live.hashes);
  });

  it('names the variant by its title, and a game the tables play alone', () => {
    const { slot, session } = watched([], 'us-stays');
    session.advance();
    const offer = saved(readSave(slot, shipped, library)).offer;
    expect(offer).toContain(`(${library.variants.get('us-stays')?.title})`);
    expect(offer).toMatch(/at turn 2 of 11 \(May 2021\)\? The rule tables play every actor\.$/);
  });

  it('is cleared when a new game starts and when the game ends', () => {
    const { slot, session } = watched([]);
    session.advance();
    expect(slot.items.has(AUTOSAVE_KEY)).toBe(true);
    session.start({ scenario: SCENARIO, variant: 'baseline', seed: 4, humans: [] });
    expect(slot.items.has(AUTOSAVE_KEY)).toBe(false);
    while (!session.over) {
      expect(session.advance()).toBeNull();
      expect(slot.items.has(AUTOSAVE_KEY)).toBe(!session.over);
    }
  });

  it('never saves a replay being played back, and keeps the game saved before it', () => {
    const { slot, session } = watched(['russia']);
    session.decide('russia', 'pass', null);
    const before = slot.getItem(AUTOSAVE_KEY);
    const other = watched([]);
    other.session.advance();
    other.session.advance();
    const replayed = replayRecords(shipped, other.session.replay());
    if (!replayed.ok) throw new Error(replayed.message);
    session.load(other.session.replay(), replayed.verdict, replayed.records);
    session.scrub(2);
    expect(slot.getItem(AUTOSAVE_KEY)).toBe(before);
  });
});

describe('a saved value that does not parse or verify', () => {
  const recorded = () => {
    const { slot, session } = watched(['russia']);
    session.decide('russia', 'pass', null);
    session.decide('russia', 'pass', null);
    return { slot, replay: JSON.parse(slot.getItem(AUTOSAVE_KEY) ?? '') };
  };
  const cases: [string, (replay: Record<string, unknown>) => string, RegExp][] = [
    ['is not JSON', () => '{"format": "greatgame-replay", ', /not a replay file/],
    ['is not a replay', () => '[1, 2, 3]', /not a replay/],
    ['names an unknown scenario', (r) => JSON.stringify({ ...r, scenario: 'nowhere' }), /nowhere/],
    [
      'has a hash this engine does not reproduce',
      (r) => JSON.stringify({ ...r, hashes: [(r.hashes as string[])[0], 'f'.repeat(16)] }),
      /diverged on turn 2/,
    ],
  ];
  it.each(cases)('is set aside with a notice when it %s', (_, spoil, why) => {
    const { slot, replay } = recorded();
    slot.setItem(AUTOSAVE_KEY, spoil(replay));
    const read = readSave(slot, shipped, library);
    expect(read.kind).toBe('discarded');
    if (read.kind === 'discarded') {
      expect(read.notice).toMatch(/^Your saved game could not be resumed \(/);
      expect(read.notice).toMatch(why);
    }
    expect(slot.items.has(AUTOSAVE_KEY)).toBe(false);
    expect(readSave(slot, shipped, library)).toEqual({ kind: 'none' });
  });
});

describe('what leaving the page would lose', () => {
  it('is nothing once the turn is saved, but a decision of a turn not yet played is lost', () => {
    const { session, autosave } = watched(['russia', 'tajikistan']);
    session.confirmHandover();
    session.decide('russia', 'pass', null);
    expect(autosave.unsaved).toBe(true);
    session.confirmHandover();
    session.decide('tajikistan', 'pass', null);
    expect(session.turnsPlayed).toBe(1);
    expect(autosave.unsaved).toBe(false);
  });

  it('is every decision when the browser refuses to store the game', () => {
    const { slot, session, autosave } = watched(['russia']);
    slot.refuse = true;
    expect(writeSave(slot, session.replay())).toBe(false);
    session.decide('russia', 'pass', null);
    expect(autosave.unsaved).toBe(true);
  });
});
