import { describe, expect, it } from 'vitest';
import { replaySummaries, type TurnSummary } from '../../game/analysis/turn-summary.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { talibanGainSentence } from '../../game/text/world-causes.ts';
import { playToEnd, shipped } from '../helpers/shipped.ts';

/**
 * Review 2, findings 2 and 3: the turn summary gives the cause of a change first. The Taliban's gain leads,
 * and what held it back (a US garrison, the capital holding out) comes second, never as the cause; a world
 * dynamic that follows a flag a move or event set (the poppy ban) names that move or event.
 */
const summaries = (scenario: string, seed: number): TurnSummary[] => {
  const game = playToEnd(scenario, seed);
  return replaySummaries(shipped, replayOf(game, [], '0.2.0')) ?? [];
};
const game = playToEnd('withdrawal-2021', 1);

describe("the Taliban's gain, then its brake", () => {
  it('leads with where they gained and why, and gives the garrison as a second clause', () => {
    expect(
      talibanGainSentence(game, { gained: ['af_north', 'af_east'], ruled: [] }, [
        { cause: 'garrison-holds', zones: ['af_south'] },
      ]),
    ).toBe(
      'The Taliban gained ground in North (Balkh, Kunduz, Faryab) and East (Nangarhar, Kunar), where foreign support and order are weak, but the US army held South (Helmand, Kandahar), which would otherwise have fallen to them.',
    );
  });

  it('says the capital held out as a brake, and tells zones they rule apart', () => {
    expect(
      talibanGainSentence(game, { gained: ['af_east'], ruled: ['af_south'] }, [
        { cause: 'capital-holds', zones: ['af_kabul'] },
      ]),
    ).toBe(
      'The Taliban gained ground in East (Nangarhar, Kunar), where foreign support and order are weak, and tightened their hold on South (Helmand, Kandahar), which they rule, but Kabul held out: the capital falls only after the Taliban have taken the provinces.',
    );
  });

  it('in whole games, every world share of a Taliban gain starts with the gain', () => {
    let gains = 0;
    for (const seed of [1, 2, 3])
      for (const s of summaries('withdrawal-2021', seed))
        for (const c of s.all.filter((c) => c.id === 'taliban_territory'))
          for (const cause of c.causes.filter((k) => k.kind === 'world' && k.change > 0)) {
            expect(cause.what, `seed ${seed}, turn ${s.turn}`).toMatch(
              /^The world: The Taliban (gained|tightened)/,
            );
            gains++;
          }
    expect(gains).toBeGreaterThan(0);
  });
});

describe('a dynamic that follows a flag names who set it', () => {
  it('the poppy ban: the fall of opium names the Taliban’s move and its month, never "no move behind it"', () => {
    const shares = summaries('emirate-2022', 1).flatMap((s) =>
      s.all
        .filter((c) => c.id === 'opium_output' || c.id === 'northern_route_narcotics')
        .flatMap((c) => c.causes.filter((k) => k.kind === 'world' && k.change < 0)),
    );
    expect(shares.length).toBeGreaterThan(0);
    for (const share of shares) {
      expect(share.what).not.toMatch(/no event or move behind it/);
      expect(share.what).toMatch(
        /because the Taliban have banned poppy cultivation \(the Taliban's move “Ban poppy cultivation” of \w+ \d{4}\)\.$/,
      );
    }
  });
});
