import { describe, expect, it } from 'vitest';
import type { DecisionEntry, Game, InjectedEvent, Injection, ReplayFile } from '../../game/engine/index.ts';
import { injectEvent, playScripted, step, verifyReplay } from '../../game/engine/index.ts';
import { decisionEntry, talkingRussiaSource } from '../helpers/mini.ts';
import { shipped } from '../helpers/shipped.ts';

/** The four-turn mini scenario; Russia's table talks whenever it can afford the talks (cost 4 of its 5). */
const source = talkingRussiaSource();
const OPTIONS = { scenario: 'mini', seed: 7 };
const decision = (turn: number, actor: string, action: string): DecisionEntry =>
  decisionEntry(turn, actor, action);
const DECISIONS = [decision(1, 'russia', 'pass'), decision(3, 'russia', 'pass')];

function played(decisions: readonly DecisionEntry[], turns?: number): Game {
  const result = playScripted(source, OPTIONS, decisions, turns);
  if (!result.ok) throw new Error(result.error.message);
  return result.game;
}

/** The replay file of a game, as the engine's callers record one. */
function recordOf(game: Game, decisions: readonly DecisionEntry[], injections?: Injection[]): ReplayFile {
  const { meta } = game.state;
  return {
    format: 'greatgame-replay',
    version: 1,
    engineVersion: 'test-1.0',
    scenario: meta.scenario,
    scenarioHash: game.prepared.content.hash,
    variant: meta.variant,
    seed: meta.seed,
    options: { withoutSource: [...meta.withoutSource] },
    decisions: [...decisions],
    hashes: game.hashes.slice(1),
    ...(injections ? { injections } : {}),
  };
}

const verdictOf = (replay: ReplayFile) => {
  const checked = verifyReplay(source, replay);
  return checked.ok ? checked.verdict : checked.error;
};

describe('verifying a replay', () => {
  it('replays every recorded turn with its decisions, and says it verified', () => {
    const game = played(DECISIONS);
    const seen: number[] = [];
    const checked = verifyReplay(source, recordOf(game, DECISIONS), (g) => seen.push(g.log.length));
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.verdict).toEqual({ kind: 'verified', turns: 4 });
    expect(checked.game?.hashes).toEqual(game.hashes);
    expect(checked.game?.humans).toEqual(['russia']);
    expect(seen).toEqual([1, 2, 3, 4]);
  });

  it('verifies a game recorded part of the way, as far as it was recorded', () => {
    const game = played(DECISIONS, 2);
    const checked = verifyReplay(source, recordOf(game, DECISIONS));
    expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: 2 });
    expect(checked.ok && checked.game?.log).toHaveLength(2);
  });

  it('has the recorded players play as people, in id order, leaving out actors the scenario lacks', () => {
    const decisions = [decision(9, 'iran', 'pass'), decision(2, 'taliban', 'pass'), ...DECISIONS];
    const game = played(DECISIONS.concat(decision(2, 'taliban', 'pass')));
    const checked = verifyReplay(source, recordOf(game, decisions));
    expect(checked.ok && checked.verdict.kind).toBe('verified');
    expect(checked.ok && checked.game?.humans).toEqual(['russia', 'taliban']);
  });

  it('stops at the first turn whose hash differs, with both hashes', () => {
    const game = played(DECISIONS);
    const replay = recordOf(game, DECISIONS);
    const hashes = [...replay.hashes];
    hashes[1] = '0123456789abcdef';
    hashes[2] = 'fedcba9876543210';
    const seen: number[] = [];
    const checked = verifyReplay(source, { ...replay, hashes }, (g) => seen.push(g.log.length));
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.verdict).toEqual({
      kind: 'hash_mismatch',
      turn: 2,
      expected: '0123456789abcdef',
      actual: game.hashes[2],
    });
    expect(checked.game?.log).toHaveLength(2);
    expect(seen).toEqual([1, 2]);
  });

  it('finds a game recorded without its decisions different on the first turn they changed', () => {
    const replay = recordOf(played(DECISIONS), DECISIONS);
    expect(verdictOf({ ...replay, decisions: [] })).toMatchObject({ kind: 'hash_mismatch', turn: 1 });
    expect(verdictOf({ ...replay, decisions: [decision(1, 'russia', 'pass')] })).toMatchObject({
      kind: 'hash_mismatch',
      turn: 3,
    });
    expect(verdictOf({ ...replay, seed: 8 })).toMatchObject({ kind: 'hash_mismatch', turn: 1 });
  });

  it('says a recorded decision that is illegal on replay is illegal, where and why', () => {
    const replay = recordOf(played([]), [decision(2, 'russia', 'talk')]);
    const checked = verifyReplay(source, replay);
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.verdict).toEqual({
      kind: 'illegal_decision',
      turn: 2,
      actor: 'russia',
      message: "'talk' is not available to russia now",
    });
    expect(checked.game?.log).toHaveLength(1);
  });

  it('gives the whole message when the engine gives no reason, as for an actor the scenario lacks', () => {
    const replay = recordOf(played(DECISIONS), [decision(1, 'iran', 'pass')]);
    const verdict = verdictOf(replay);
    expect(verdict).toMatchObject({ kind: 'illegal_decision', turn: 1, actor: 'iran' });
    expect('message' in verdict && verdict.message).toMatch(/^'iran' is not an actor of mini/);
  });

  it('says the content changed when its hash differs, before playing anything', () => {
    const replay = { ...recordOf(played(DECISIONS), DECISIONS), scenarioHash: 'ffffffffffffffff' };
    const seen: number[] = [];
    expect(verifyReplay(source, replay, (g) => seen.push(g.log.length))).toEqual({
      ok: true,
      game: null,
      verdict: { kind: 'content_changed', recordedBy: 'test-1.0' },
    });
    expect(seen).toEqual([]);
  });

  it('refuses a replay with more turns than the scenario has, and accepts exactly as many', () => {
    const replay = recordOf(played(DECISIONS), DECISIONS);
    const hashes = [...replay.hashes, '0123456789abcdef'];
    expect(verifyReplay(source, { ...replay, hashes })).toEqual({
      ok: true,
      game: null,
      verdict: { kind: 'too_long', turns: 4, recorded: 5 },
    });
    expect(replay.hashes).toHaveLength(4);
    expect(verdictOf(replay)).toEqual({ kind: 'verified', turns: 4 });
  });

  it('returns the error of a replay whose scenario cannot start', () => {
    const replay = { ...recordOf(played(DECISIONS), DECISIONS), scenario: 'atlantis' };
    expect(verifyReplay(source, replay)).toEqual({
      ok: false,
      error: { code: 'unknown_scenario', message: "unknown scenario 'atlantis'" },
    });
  });
});

describe('verifying a replay with injected events', () => {
  const event: InjectedEvent = {
    id: 'teacher-event',
    title: 'A teacher event',
    effects: [{ kind: 'zone', zone: 'af_north', field: 'stability', add: -30 }],
  };

  /** Three turns with the event injected before turn 2, as a classroom session plays them. */
  function session(): Game {
    let game = played([], 1);
    const injected = injectEvent(game, event);
    if (!injected.ok) throw new Error(injected.error.message);
    game = injected.game;
    for (let turn = 2; turn <= 3; turn++) {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
    return game;
  }

  it('applies each injection before its own turn only, so the session verifies', () => {
    const replay = recordOf(session(), [], [{ turn: 2, event }]);
    expect(verdictOf(replay)).toEqual({ kind: 'verified', turns: 3 });
    expect(verdictOf({ ...replay, injections: [{ turn: 3, event }] })).toMatchObject({
      kind: 'hash_mismatch',
      turn: 2,
    });
    expect(verdictOf({ ...replay, injections: [] })).toMatchObject({ kind: 'hash_mismatch', turn: 2 });
  });

  it('returns the error of an injection that cannot apply', () => {
    const bad = { ...event, effects: [{ kind: 'zone', zone: 'af_mars', field: 'stability', add: 1 }] };
    const replay = recordOf(session(), [], [{ turn: 2, event: bad as InjectedEvent }]);
    expect(verifyReplay(source, replay)).toEqual({
      ok: false,
      error: { code: 'invalid_option', message: "event teacher-event: effects[0]: unknown zone 'af_mars'" },
    });
  });
});

describe('verifying a replay of the shipped content', () => {
  it('plays the recorded variant and left-out reports: without them the content differs', () => {
    const options = {
      scenario: 'withdrawal-2021',
      variant: 'strong-resistance',
      seed: 11,
      withoutSource: ['003_5657161a6a22a493.txt'],
    };
    const result = playScripted(shipped, options, [], 2);
    if (!result.ok) throw new Error(result.error.message);
    const replay = recordOf(result.game, []);
    expect(replay).toMatchObject({
      variant: 'strong-resistance',
      options: { withoutSource: options.withoutSource },
    });
    expect(verifyReplay(shipped, replay)).toMatchObject({
      ok: true,
      verdict: { kind: 'verified', turns: 2 },
    });
    for (const changed of [
      { ...replay, variant: 'baseline' },
      { ...replay, options: { withoutSource: [] } },
    ]) {
      expect(verifyReplay(shipped, changed)).toMatchObject({
        ok: true,
        verdict: { kind: 'content_changed' },
      });
    }
  });
});
