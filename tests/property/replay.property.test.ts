import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playScripted, verifyReplay } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { playRandom } from '../helpers/random-play.ts';
import { shipped } from '../helpers/shipped.ts';

describe('determinism (property, fast-check seed 1944, 80 cases)', () => {
  it('random seeds and random legal human decisions: two runs and a replay give identical hashes; state survives JSON', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 44 }),
        (seed, picks) => {
          const first = playRandom(seed, picks);
          const second = playRandom(seed, picks);
          expect(second.game.hashes).toEqual(first.game.hashes);

          const scripted = playScripted(shipped, { scenario: 'withdrawal-2021', seed }, first.decisions);
          expect(scripted.ok && scripted.game.hashes).toEqual(first.game.hashes);

          const checked = verifyReplay(shipped, replayOf(first.game, first.decisions, 'test'));
          expect(checked.ok && checked.verdict).toEqual({ kind: 'verified', turns: 11 });

          const text = JSON.stringify(first.game.state);
          expect(JSON.parse(text)).toEqual(first.game.state);
          expect(JSON.stringify(JSON.parse(text))).toBe(text);
        },
      ),
      { seed: 1944, numRuns: 80 },
    );
  });
});
