import { describe, expect, it } from 'vitest';
import {
  branchPurpose,
  KEY_FLAGS,
  playContinuation,
  type Recording,
  recordingOf,
  summariseBranch,
} from '../../game/analysis/branch.ts';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import type { Game, Injection, ReplayFile } from '../../game/engine/index.ts';
import { derivedSeed, injectEvent, newGame, reseeded, step } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { shipped } from '../helpers/shipped.ts';

/** Issue 14: the continuations `greatgame branch` plays, on a classroom game with a teacher's event. */
const SCENARIO = 'withdrawal-2021';
const INJECTION: Injection = {
  turn: 8,
  event: {
    id: 'teacher-aid-cut',
    title: 'Donors cut aid',
    effects: [{ kind: 'indicator', indicator: 'humanitarian_need', add: 25 }],
  },
};

function ok<T>(result: { ok: true; game: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.game;
}

/** Plays on to the end, applying these injections before their turns. */
function playOn(start: Game, injections: readonly Injection[]): Game {
  let game = start;
  while (game.state.meta.phase !== 'over') {
    for (const i of injections) if (i.turn === game.state.meta.turn) game = ok(injectEvent(game, i.event));
    game = ok(step(game));
  }
  return game;
}

/** A withdrawal-2021 game of seed 7 played by the tables, `turns` long, with the teacher's event on turn 8. */
function classroomReplay(turns = 11): ReplayFile {
  const start = ok(newGame(shipped, { scenario: SCENARIO, seed: 7 }));
  let game = start;
  while (game.log.length < turns) {
    if (game.state.meta.turn === INJECTION.turn) game = ok(injectEvent(game, INJECTION.event));
    game = ok(step(game));
  }
  return { ...replayOf(game, [], ENGINE_VERSION), injections: [INJECTION] };
}

function recording(replay: ReplayFile): Recording {
  const found = recordingOf(shipped, replay);
  if (!found.ok) throw new Error(found.message);
  return found.recording;
}

describe('the recording a branch starts from', () => {
  it('holds the game after every turn, the starting state first', () => {
    const rec = recording(classroomReplay());
    expect(rec.games.map((g) => g.log.length)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rec.games[0]?.state.meta.turn).toBe(1);
    expect(rec.games[11]?.hashes.slice(1)).toEqual(rec.replay.hashes);
  });

  it('is refused with the verdict when the replay does not verify', () => {
    const replay = classroomReplay();
    const found = recordingOf(shipped, { ...replay, injections: [] });
    expect(found.ok).toBe(false);
    if (!found.ok) expect(found.verdict).toMatchObject({ kind: 'hash_mismatch', turn: 8 });
  });
});

describe('a continuation', () => {
  const rec = recording(classroomReplay());
  const seed = derivedSeed(7, branchPurpose(1));

  it("plays the teacher's later events, on the run's own seed, to the scenario's end", () => {
    const from = rec.games[3] as Game;
    const played = playContinuation(rec, 3, 1);
    const expected = playOn({ ...from, state: reseeded(from.state, seed), humans: [] }, [INJECTION]);
    const without = playOn({ ...from, state: reseeded(from.state, seed), humans: [] }, []);
    expect(played.seed).toBe(seed);
    expect(played.hash).toBe(expected.hashes[11]);
    expect(played.hash).not.toBe(without.hashes[11]);
  });

  it('plays a game with no event left to inject on the batch path, to the immer path’s hashes', () => {
    const plain = recording(
      replayOf(playOn(ok(newGame(shipped, { scenario: SCENARIO, seed: 7 })), []), [], ENGINE_VERSION),
    );
    const from = plain.games[3] as Game;
    for (const run of [1, 2, 3]) {
      const stepped = playOn(
        { ...from, state: reseeded(from.state, derivedSeed(7, branchPurpose(run))), humans: [] },
        [],
      );
      const played = playContinuation(plain, 3, run);
      expect(played.hash).toBe(stepped.hashes[11]);
      expect(played.metrics.taliban_territory).toBe(stepped.state.indicators.taliban_territory);
    }
  });

  it('does not play an event of a turn already played', () => {
    const from = rec.games[9] as Game;
    const expected = playOn({ ...from, state: reseeded(from.state, seed), humans: [] }, []);
    expect(playContinuation(rec, 9, 1).hash).toBe(expected.hashes[11]);
  });

  it('reports every indicator, every score and the key flags', () => {
    const { metrics, flags } = playContinuation(rec, 3, 2);
    const final = rec.games[11] as Game;
    expect(Object.keys(metrics)).toEqual([
      ...Object.keys(final.state.indicators).sort(),
      ...final.prepared.actorIds.map((a) => `score:${a}`),
    ]);
    expect(Object.keys(flags)).toEqual([...KEY_FLAGS]);
  });
});

describe('the summary', () => {
  it('compares with the recording where it stops, and says how far it went', () => {
    const rec = recording(classroomReplay(6));
    const outcomes = [1, 2, 3].map((run) => playContinuation(rec, 6, run));
    const summary = summariseBranch(rec, 6, outcomes);
    expect(summary).toMatchObject({ turn: 6, turns: 11, recordedTurns: 6, runs: 3 });
    const after6 = rec.games[6] as Game;
    expect(summary.metrics.taliban_territory?.recorded).toBe(after6.state.indicators.taliban_territory);
    expect(summary.flags.kabul_fallen?.recorded).toBe(after6.state.flags.kabul_fallen);
  });

  it('counts the runs that end a flag as recorded', () => {
    const rec = recording(classroomReplay());
    const outcomes = [1, 2, 3, 4].map((run) => playContinuation(rec, 3, run));
    const recorded = rec.games[11]?.state.flags.kabul_fallen;
    const same = outcomes.filter((o) => o.flags.kabul_fallen === recorded).length;
    expect(summariseBranch(rec, 3, outcomes).flags.kabul_fallen?.asRecorded).toMatchObject({
      mean: same / 4,
      n: 4,
    });
  });
});
