import { describe, expect, it } from 'vitest';
import { PASS } from '../../game/engine/index.ts';
import { ACTION_KINDS, BADGES, badgeFor, ICONS, OTHER_ACTION } from '../../game/scenes/icons.ts';
import { library } from '../helpers/shipped.ts';

/** Every action id of the shipped actor files (variants cannot add levers). */
const levers = new Set([...library.actors.values()].flatMap((actor) => actor.levers.map((l) => l.id)));

describe('the map badges of actions', () => {
  it('gives every shipped lever a kind of its own, not the fallback', () => {
    const unlisted = [...levers].filter((id) => !(id in ICONS));
    expect(unlisted).toEqual([]);
  });

  it('lists no action that no actor has, and none under two kinds', () => {
    const listed = ACTION_KINDS.flatMap((k) => k.actions);
    expect(listed.filter((id) => !levers.has(id))).toEqual([]);
    expect(listed.length).toBe(new Set(listed).size);
  });

  it('uses a distinct single character per kind, the fallback included, each with a short meaning', () => {
    const letters = BADGES.map((b) => b.letter);
    expect(letters.length).toBe(new Set(letters).size);
    for (const b of BADGES) {
      expect([...b.letter]).toHaveLength(1);
      expect(b.meaning.length).toBeGreaterThan(0);
      expect(b.meaning.length).toBeLessThanOrEqual(17);
    }
  });

  it('draws an unknown action with the fallback badge and a pass with none', () => {
    expect(badgeFor('some_new_lever')).toEqual(OTHER_ACTION);
    expect(badgeFor(PASS)).toBeNull();
    expect(badgeFor('convene_talks')?.letter).toBe('T');
    expect(badgeFor('fortify_border')?.letter).toBe('B');
    expect(badgeFor('deploy_troops_afghanistan')?.letter).toBe('M');
    expect(badgeFor('strike_isisk_across_border')?.letter).toBe('S');
  });
});
