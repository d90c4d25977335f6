import { describe, expect, it } from 'vitest';
import { findRule } from '../../game/content/lookup.ts';
import { describeFlip, rowAction } from '../../game/content/words.ts';
import { playToEnd } from '../helpers/shipped.ts';

describe('describeFlip', () => {
  const game = playToEnd('withdrawal-2021', 1);
  const flips = game.log.flatMap((log) =>
    log.actions.flatMap((a) => (a.why?.flip ? [{ actor: a.actor, flip: a.why.flip }] : [])),
  );

  it('names the other row`s action and the one value that would have led to it, with no lead-in', () => {
    // The chronicle writes "; instead: " before it and the browser's log "Nearest flip: ".
    expect(flips).not.toEqual([]);
    for (const { actor, flip } of flips) {
      const row = findRule(game.prepared, flip.ruleId);
      if (!row) throw new Error(`no row ${flip.ruleId}`);
      const text = describeFlip(game, actor, flip);
      expect(text.startsWith(`${rowAction(game, actor, row)}, had `)).toBe(true);
      expect(text).toMatch(/, had .+ been .+ \(not .+\)$/);
      expect(text).not.toMatch(/instead/i);
    }
  });
});
