import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { explainedFlip, flipTextIn } from '../../game/text/flip-text.ts';
import { reading } from '../../game/text/inputs.ts';
import { findRule } from '../../game/text/lookup.ts';
import { lastOutcomes, whyText } from '../../game/text/sentences.ts';
import { playToEnd } from '../helpers/shipped.ts';

/**
 * Review 2, findings 19 to 21: what a flip and a "Because" must not say. On the first month no one has moved,
 * and the flip says so, not "Russia had not moved yet" beside the move Russia just made; a row's guard that its
 * own action is not done yet is no reason ("hosts the leaders because it does not host them"); and a flip never
 * needs a month outside the game, which would teach nothing, or tell the student the future.
 */
const games: Game[] = [
  playToEnd('withdrawal-2021', 1),
  playToEnd('withdrawal-2021', 3),
  playToEnd('moscow-format-2016', 1),
  playToEnd('emirate-2022', 1),
];
const { prepared } = games[0] as Game;

describe('the first month', () => {
  it('a flip on a last move says there was no earlier move', () => {
    expect(reading(prepared, 'last.russia').had('border_drill', null)).toBe(
      "had Russia's last move been to hold a border drill (this is the first month: there was no earlier move)",
    );
    expect(reading(prepared, 'last.russia.outcome').had('success', null)).toBe(
      "had Russia's last move been a success (this is the first month: there was no earlier move)",
    );
  });

  it('no flip of a whole game says an actor "had not moved yet"', () => {
    for (const game of games)
      for (const log of game.log)
        for (const a of log.actions) expect(flipTextIn(game, log.turn, a) ?? '').not.toMatch(/not moved yet/);
  });
});

describe('a guard that the row’s own action is not done yet', () => {
  const host = findRule(prepared, 'tajikistan.host-the-resistance');

  it('is left out of the reason: Tajikistan hosts the resistance because Kabul has fallen', () => {
    if (!host) throw new Error('no row tajikistan.host-the-resistance');
    const values = { 'flags.kabul_fallen': true, 'flags.hosting_resistance': false };
    expect(whyText(prepared, host, values)).toBe('Because Kabul has fallen.');
  });

  it('in whole games: hosting the resistance and banning poppy are never their own reasons', () => {
    const circular: Record<string, RegExp> = {
      'tajikistan.host-the-resistance': /does not host/,
      'taliban.ban-poppy': /not banned poppy/,
    };
    let seen = 0;
    for (const game of games)
      for (const log of game.log)
        for (const a of log.actions) {
          const pattern = a.ruleId ? circular[a.ruleId] : undefined;
          const row = a.ruleId ? findRule(game.prepared, a.ruleId) : undefined;
          if (!pattern || !row || !a.why) continue;
          const outcomes = lastOutcomes(game.log[log.turn - 2]);
          expect(whyText(game.prepared, row, a.why.conditions, undefined, outcomes)).not.toMatch(pattern);
          seen++;
        }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('a flip to a month outside the game', () => {
  it('is never offered: every date a flip needs lies within the scenario', () => {
    let dated = 0;
    for (const game of games) {
      const { start, end } = game.prepared.content.scenario;
      for (const log of game.log)
        for (const a of log.actions) {
          if (!a.why?.flip) continue;
          if (a.why.flip.input === 'date') dated++;
          const flip = explainedFlip(game.prepared, a, () => null);
          if (flip?.input !== 'date') continue;
          expect(String(flip.to) >= start && String(flip.to) <= end, `${a.actor}, turn ${log.turn}`).toBe(
            true,
          );
        }
    }
    // The engine records flips to dates: the text drops those outside the game.
    expect(dated).toBeGreaterThan(0);
  });

  it('no flip sentence of a whole game names a month after the game’s end', () => {
    for (const game of games) {
      const { end } = game.prepared.content.scenario;
      for (const log of game.log)
        for (const a of log.actions) {
          const text = flipTextIn(game, log.turn, a) ?? '';
          const month = /had it been (\w+ \d{4})/.exec(text)?.[1];
          if (month) expect(new Date(`1 ${month}`) <= new Date(`${end}-01`), text).toBe(true);
        }
    }
  });
});
