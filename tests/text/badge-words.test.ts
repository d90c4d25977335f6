import { describe, expect, it } from 'vitest';
import { PASS } from '../../game/engine/index.ts';
import { contrast, inkOn, KELLY_COLOURS } from '../../game/text/actor-colours.ts';
import { badgeLabel } from '../../game/text/badge-words.ts';
import { playToEnd } from '../helpers/shipped.ts';

describe('a map badge names its actor', () => {
  it('says whose action it is, what the action was and how it went, in plain words', () => {
    const label = badgeLabel('russia', 'convene_talks', true);
    expect(label).toMatch(/^Russia: /);
    expect(label).toMatch(/\(succeeded\)$/);
    expect(badgeLabel('taliban', 'convene_talks', false)).toMatch(/^The Taliban: .*\(failed\)$/);
    // No ids: the vocabulary's label, not `convene_talks`.
    expect(label).not.toMatch(/_/);
  });

  it('draws its letter so it reads on every actor colour (4.5:1 or more, as WCAG asks of text)', () => {
    for (const colour of KELLY_COLOURS)
      expect(contrast(colour, inkOn(colour)), colour).toBeGreaterThanOrEqual(4.5);
    expect(inkOn('#222222')).toBe('#ffffff');
    expect(inkOn('#F6A600')).toBe('#000000');
  });

  it('measures contrast as WCAG does: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#875692', '#875692')).toBe(1);
  });
});

describe('the badges of whole games', () => {
  it('name every actor and action in words: no id, no operator', () => {
    let labels = 0;
    for (const scenario of ['withdrawal-2021', 'emirate-2022', 'moscow-format-2016']) {
      const game = playToEnd(scenario, 2);
      for (const log of game.log)
        for (const a of log.actions) {
          if (a.action === PASS || a.outcome === 'blocked') continue;
          const label = badgeLabel(a.actor, a.action, a.outcome === 'success');
          expect(label, `${a.actor}.${a.action}`).not.toMatch(/_|==|!=|>=|<=/);
          expect(label).toMatch(/^[A-Z].*: .+ \((succeeded|failed)\)$/);
          labels++;
        }
    }
    expect(labels).toBeGreaterThan(100);
  });
});
