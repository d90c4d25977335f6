import { describe, expect, it } from 'vitest';
import { type LeverKind, LeverKinds, PASS, type ScenarioContent } from '../../game/engine/index.ts';
import { BADGES, badgeFor, KIND_BADGES, OTHER_ACTION } from '../../game/scenes/icons.ts';
import { library, shipped } from '../helpers/shipped.ts';

/** The levers of the shipped actor files (variants change a lever's numbers, never its kind). */
const levers = [...library.actors.values()].flatMap((actor) =>
  actor.levers.map((l) => ({ actor: actor.id, id: l.id, kind: l.kind })),
);

function content(scenario: string): ScenarioContent {
  const resolved = shipped.resolve({ scenario, variant: 'baseline', withoutSource: [] });
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.content;
}

describe('the map badges of actions', () => {
  it('gives every shipped lever a kind of its own, not `other`', () => {
    expect(levers.length).toBeGreaterThan(100);
    expect(levers.filter((l) => l.kind === 'other').map((l) => `${l.actor}.${l.id}`)).toEqual([]);
  });

  it('has a badge for every kind, and a lever for every kind but `other`', () => {
    expect(Object.keys(KIND_BADGES).sort()).toEqual([...LeverKinds.options].sort());
    const used = new Set<LeverKind>(levers.map((l) => l.kind));
    expect(LeverKinds.options.filter((k) => k !== 'other' && !used.has(k))).toEqual([]);
  });

  it('uses a distinct single character per kind, the fallback included, each with a short meaning', () => {
    const letters = BADGES.map((b) => b.letter);
    expect(BADGES).toHaveLength(LeverKinds.options.length);
    expect(letters.length).toBe(new Set(letters).size);
    expect(BADGES.at(-1)).toEqual(OTHER_ACTION);
    for (const b of BADGES) {
      expect([...b.letter]).toHaveLength(1);
      expect(b.meaning.length).toBeGreaterThan(0);
      expect(b.meaning.length).toBeLessThanOrEqual(17);
    }
  });

  it('draws an action with its lever kind`s badge, an unknown one with the fallback and a pass with none', () => {
    const withdrawal = content('withdrawal-2021');
    expect(badgeFor(withdrawal, 'russia', 'some_new_lever')).toEqual(OTHER_ACTION);
    expect(badgeFor(withdrawal, 'russia', PASS)).toBeNull();
    expect(badgeFor(withdrawal, 'russia', 'convene_talks')?.letter).toBe('T');
    expect(badgeFor(withdrawal, 'russia', 'deploy_troops_afghanistan')?.letter).toBe('M');
    expect(badgeFor(withdrawal, 'uzbekistan', 'fortify_border')?.letter).toBe('B');
    expect(badgeFor(withdrawal, 'isisk', 'attack')?.meaning).toBe('terror attack');
    // The kind belongs to the actor's lever: another actor's lever of that id is not this one.
    expect(badgeFor(withdrawal, 'us', 'convene_talks')).toEqual(OTHER_ACTION);
  });

  it('reads the kind from the content, so a lever given another kind gets that badge', () => {
    const base = content('withdrawal-2021');
    const actors = base.actors.map((a) =>
      a.id === 'russia'
        ? {
            ...a,
            levers: a.levers.map((l) => (l.id === 'convene_talks' ? { ...l, kind: 'trade' as const } : l)),
          }
        : a,
    );
    expect(badgeFor({ ...base, actors }, 'russia', 'convene_talks')).toEqual(KIND_BADGES.trade);
  });
});
