import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ActionRecord, PASS } from '../../game/engine/index.ts';
import { type MapGeometry, openingView, type ViewBox } from '../../game/map/geometry.ts';
import {
  BADGE_STEP,
  type BadgeGroup,
  badgePlaces,
  layoutBadges,
  type PlacedBadge,
} from '../../game/scenes/badge-layout.ts';
import type { Badge } from '../../game/scenes/icons.ts';

/** A small map: Afghanistan with two zones and a border, Tajikistan inside the view, Russia far outside it. */
const square = (x: number, y: number, size: number): [number, number][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];
const small: MapGeometry = {
  about: 'test',
  width: 400,
  height: 300,
  region: [0, 0, 1, 1],
  countries: [
    { id: 'afghanistan', name: 'Afghanistan', actor: null, polygons: [[square(100, 100, 100)]] },
    { id: 'tajikistan', name: 'Tajikistan', actor: 'tajikistan', polygons: [[square(250, 150, 60)]] },
    { id: 'russia', name: 'Russia', actor: 'russia', polygons: [[square(900, -500, 100)]] },
  ],
  zones: [
    { id: 'af_kabul', name: 'Kabul', label: [120, 160], polygons: [[square(100, 100, 50)]] },
    { id: 'af_north', name: 'North', label: [300, 240], polygons: [[square(150, 100, 50)]] },
  ],
  borders: [
    {
      id: 'border_tajik',
      lines: [
        [
          [150, 100],
          [250, 100],
        ],
      ],
    },
  ],
  places: [],
  routes: [],
};
const VIEW: ViewBox = { left: 0, top: 0, right: 400, bottom: 300, centreX: 200, centreY: 150 };
const places = badgePlaces(small, VIEW);

const act = (
  actor: string,
  action: string,
  target: string | null = null,
  outcome = 'success',
): ActionRecord => ({
  actor,
  action,
  target,
  outcome: outcome as ActionRecord['outcome'],
  ruleId: null,
  why: null,
});
/** Each action's badge is its first letter; a pass has none. */
const badgeOf = (a: ActionRecord): Badge | null =>
  a.action === PASS ? null : { letter: a.action.slice(0, 1).toUpperCase(), meaning: a.action };
const at = (b: PlacedBadge) => [b.badge.letter, b.success, b.x, b.y];
const all = (groups: readonly BadgeGroup[]) => groups.flatMap((g) => g.badges);

/** Deterministic shuffles (a fixed permutation, the reverse, a rotation). */
const orders = <T>(items: readonly T[]): T[][] => [
  [...items].reverse(),
  [...items.slice(3), ...items.slice(0, 3)],
  items.map((_, i) => items[(i * 7) % items.length] as T),
];

describe('the badge layout', () => {
  it('puts badges on the same point in a centred row above it, and a sixth in a row above that', () => {
    const actions = ['a', 'b', 'c', 'd', 'e', 'f'].map((actor) => act(actor, `${actor}x`, 'af_north'));
    const groups = layoutBadges(actions.slice(0, 3), places, badgeOf);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.caption).toBeNull();
    expect(groups[0]?.badges.map(at)).toEqual([
      ['A', true, 282, 212],
      ['B', true, 300, 212],
      ['C', true, 318, 212],
    ]);
    expect(layoutBadges(actions, places, badgeOf)[0]?.badges.map((b) => [b.x, b.y])).toEqual([
      [264, 212],
      [282, 212],
      [300, 212],
      [318, 212],
      [336, 212],
      [300, 194],
    ]);
  });

  it('lands an action on its target zone or border, else its country, else Kabul', () => {
    const groups = layoutBadges(
      [
        act('tajikistan', 'reinforce_border', 'border_tajik', 'failure'),
        act('tajikistan', 'talks'),
        act('taliban', 'offensive'),
      ],
      places,
      badgeOf,
    );
    // In actor order, then action order: a group comes where its first badge does.
    expect(groups.map((g) => [g.at, g.badges.map(at), g.caption])).toEqual([
      [[200, 100], [['R', false, 200, 72]], null],
      [[274, 174], [['T', true, 274, 146]], null],
      [[120, 160], [['O', true, 120, 132]], null],
    ]);
  });

  it('pulls a point outside the view inside its edge, and captions it with the country', () => {
    const [russia] = layoutBadges([act('russia', 'convene_talks')], places, badgeOf);
    // Clamped to right - 3 steps and top + rise + 2 steps.
    expect(russia?.at).toEqual([400 - 3 * BADGE_STEP, 28 + 2 * BADGE_STEP]);
    expect(russia?.caption).toEqual({ text: 'Russia', x: 346, y: 64 - 28 + 10 });
    expect(russia?.badges.map(at)).toEqual([['C', true, 346, 36]]);
  });

  it('draws no badge for a pass or a blocked action', () => {
    const groups = layoutBadges(
      [act('taliban', PASS), act('russia', 'arms', 'af_kabul', 'blocked')],
      places,
      badgeOf,
    );
    expect(groups).toEqual([]);
  });

  it('gives the same layout whatever order the actions come in', () => {
    const actions = [
      act('tajikistan', 'reinforce_border', 'border_tajik'),
      act('russia', 'border_drill', 'border_tajik', 'failure'),
      act('taliban', 'offensive', 'af_north'),
      act('us', 'strike_isisk', 'af_north'),
      act('isisk', 'attack', 'af_kabul'),
      act('afghan_republic', 'hold_the_provinces'),
      act('resistance', 'guerrilla_raid', 'af_north', 'failure'),
      act('china', 'shuttle_diplomacy'),
    ];
    const expected = layoutBadges(actions, places, badgeOf);
    for (const order of orders(actions)) expect(layoutBadges(order, places, badgeOf)).toEqual(expected);
  });

  it('never overlaps two badges on the shipped map, even with every actor acting on one zone', () => {
    const geometry = JSON.parse(
      readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8'),
    ) as MapGeometry;
    const real = badgePlaces(geometry, openingView(geometry));
    const actors = ['russia', 'taliban', 'tajikistan', 'us', 'afghan_republic', 'isisk', 'resistance'];
    const onKabul = actors.flatMap((actor, i) => [act(actor, `move${i}`, 'af_kabul')]);
    const untargeted = [
      'uzbekistan',
      'turkmenistan',
      'kyrgyzstan',
      'kazakhstan',
      'pakistan',
      'china',
      'iran',
      'india',
    ];
    const actions = [
      ...onKabul,
      ...untargeted.map((actor) => act(actor, 'talks')),
      act('china', 'x', 'af_north'),
    ];
    const badges = all(layoutBadges(actions, real, badgeOf));
    expect(badges).toHaveLength(actions.length);
    const discDiameter = 16;
    for (const [i, a] of badges.entries())
      for (const b of badges.slice(i + 1))
        expect(
          Math.hypot(a.x - b.x, a.y - b.y),
          `${a.badge.meaning} and ${b.badge.meaning}`,
        ).toBeGreaterThanOrEqual(discDiameter);
  });
});
