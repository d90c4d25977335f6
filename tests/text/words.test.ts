import { describe, expect, it } from 'vitest';
import { findRule } from '../../game/text/lookup.ts';
import { describeFlip, describeRequirement, rowAction } from '../../game/text/words.ts';
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

describe('describeRequirement: what an action still needs', () => {
  const kabul = { input: 'flags.kabul_fallen', op: '==', value: true } as const;
  const evacuated = { input: 'flags.embassy_evacuated', op: '==', value: false } as const;
  const territory = { input: 'indicators.taliban_territory', op: '>=', value: 60 } as const;

  it('leaves out the parts that already hold', () => {
    const values = { 'flags.kabul_fallen': false, 'flags.embassy_evacuated': false };
    expect(describeRequirement({ all: [kabul, evacuated] }, values)).toBe('kabul_fallen == true (now false)');
  });

  it('says "either ... or" when any one part would do, without nesting brackets', () => {
    const values = { 'flags.kabul_fallen': false, 'indicators.taliban_territory': 40 };
    expect(describeRequirement({ any: [kabul, territory] }, values)).toBe(
      'either kabul_fallen == true (now false) or taliban_territory >= 60 (now 40)',
    );
  });

  it('says what must not hold', () => {
    expect(describeRequirement({ not: kabul }, { 'flags.kabul_fallen': true })).toBe(
      'not kabul_fallen == true (now true)',
    );
  });
});
