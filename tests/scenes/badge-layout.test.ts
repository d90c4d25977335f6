import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ActionRecord, PASS, type ScenarioContent } from '../../game/engine/index.ts';
import { closeView, type MapGeometry, type ViewBox } from '../../game/map/geometry.ts';
import { actionSite } from '../../game/scenes/action-site.ts';
import {
  BADGE_RISE,
  BADGE_STEP,
  type BadgeGroup,
  badgeBox,
  badgedActions,
  badgePlaces,
  captionBox,
  layoutBadges,
  type PlacedBadge,
} from '../../game/scenes/badge-layout.ts';
import type { Badge } from '../../game/scenes/icons.ts';
import { badgeFor } from '../../game/scenes/icons.ts';
import { type Box, labelBoxes, overlaps } from '../../game/scenes/label-boxes.ts';
import { actorColours } from '../../game/text/actor-colours.ts';
import { library, playToEnd } from '../helpers/shipped.ts';

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
    { id: 'af_south', name: 'South', label: [150, 260], polygons: [[square(100, 200, 50)]] },
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
/** On the small map, an action happens at its target zone, or nowhere in particular. */
const siteOf = (a: ActionRecord) => (a.target ? { zone: a.target } : null);
const layout = (actions: readonly ActionRecord[]) => layoutBadges(actions, places, badgeOf, siteOf);
const at = (b: PlacedBadge) => [b.badge.letter, b.success, b.x, b.y];
const all = (groups: readonly BadgeGroup[]) => groups.flatMap((g) => g.badges);
const inView = (box: Box, view: ViewBox) =>
  box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;

/** Deterministic shuffles (a fixed permutation, the reverse, a rotation). */
const orders = <T>(items: readonly T[]): T[][] => [
  [...items].reverse(),
  [...items.slice(3), ...items.slice(0, 3)],
  items.map((_, i) => items[(i * 7) % items.length] as T),
];

/** No badge on a label, on another badge or on a caption, and every one inside the view. */
function expectClear(groups: readonly BadgeGroup[], labels: readonly Box[], view: ViewBox, what: string) {
  const badges = all(groups);
  const captions = groups.flatMap((g) => (g.caption ? [captionBox(g.caption)] : []));
  for (const [i, b] of badges.entries()) {
    const box = badgeBox(b.x, b.y);
    const name = `${what}: ${b.badge.meaning} at ${b.x},${b.y}`;
    expect(inView(box, view), `${name} is inside the view`).toBe(true);
    expect(
      labels.filter((l) => overlaps(box, l)),
      `${name} covers no label`,
    ).toEqual([]);
    expect(
      captions.filter((c) => overlaps(box, c)),
      `${name} covers no caption`,
    ).toEqual([]);
    for (const other of badges.slice(i + 1))
      expect(overlaps(box, badgeBox(other.x, other.y)), `${name} and ${other.badge.meaning}`).toBe(false);
  }
}

describe('the badge layout', () => {
  it('puts the first badge above its point, clear of the zone’s label, and the next ones beside it', () => {
    const actions = ['a', 'b', 'c'].map((actor) => act(actor, `${actor}x`, 'af_north'));
    const [north] = layout(actions);
    expect(north?.caption).toBeNull();
    const [first, ...rest] = north?.badges ?? [];
    expect(first && at(first)).toEqual(['A', true, 300, 240 - BADGE_RISE]);
    // The same height, a step to each side: a row centred over the zone.
    expect(rest.map((b) => [b.x, b.y])).toEqual([
      [300 - BADGE_STEP, 240 - BADGE_RISE],
      [300 + BADGE_STEP, 240 - BADGE_RISE],
    ]);
    expectClear([north as BadgeGroup], places.labels, VIEW, 'three on one zone');
  });

  it('lands an action where it happens, else on its country, else on Kabul', () => {
    const groups = layout([
      act('tajikistan', 'reinforce_border', 'border_tajik', 'failure'),
      act('tajikistan', 'talks'),
      act('taliban', 'offensive'),
    ]);
    // In actor order, then action order: a group comes where its first badge does.
    expect(groups.map((g) => [g.at, g.badges.map((b) => [b.badge.letter, b.success]), g.caption])).toEqual([
      [[200, 100], [['R', false]], null],
      [[274, 174], [['T', true]], null],
      [[120, 160], [['O', true]], null],
    ]);
    for (const g of groups)
      for (const b of g.badges) expect(Math.hypot(b.x - g.at[0], b.y - g.at[1])).toBeLessThan(3 * BADGE_STEP);
  });

  it('lands an action aimed at an Afghan party on its home zone, and at a neighbour on its country', () => {
    const groups = layoutBadges([act('russia', 'engage'), act('china', 'press')], places, badgeOf, (a) => ({
      actor: a.actor === 'russia' ? 'taliban' : 'tajikistan',
    }));
    expect(groups.map((g) => g.at)).toEqual([
      [274, 174],
      [150, 260],
    ]);
  });

  it('pulls a point outside the view inside its edge, and captions it with the country', () => {
    const [russia] = layout([act('russia', 'convene_talks')]);
    expect(russia?.at).toEqual([400 - 3 * BADGE_STEP, BADGE_STEP]);
    expect(russia?.caption).toEqual({ text: 'Russia', x: 346, y: 18 });
    // The badge finds room by its caption, and covers it not.
    expectClear([russia as BadgeGroup], places.labels, VIEW, 'Russia pulled in');
  });

  it('says whose each badge is: the actor of its action, also where several actors share a point', () => {
    const groups = layout([
      act('tajikistan', 'reinforce_border', 'af_north', 'failure'),
      act('russia', 'border_drill', 'af_north'),
      act('china', 'aid', 'af_north'),
    ]);
    expect(all(groups).map((b) => [b.actor, b.action, b.badge.letter, b.success])).toEqual([
      ['china', 'aid', 'A', true],
      ['russia', 'border_drill', 'B', true],
      ['tajikistan', 'reinforce_border', 'R', false],
    ]);
  });

  it('lists the badged actions in the order the map draws them, for a screen reader', () => {
    const actions = [
      act('taliban', 'offensive', 'af_north'),
      act('china', PASS),
      act('russia', 'arms', 'af_kabul', 'blocked'),
      act('china', 'aid'),
    ];
    expect(badgedActions(actions, badgeOf).map(({ action }) => `${action.actor}.${action.action}`)).toEqual([
      'china.aid',
      'taliban.offensive',
    ]);
    expect(all(layout(actions)).map((b) => `${b.actor}.${b.action}`)).toEqual([
      'china.aid',
      'taliban.offensive',
    ]);
  });

  it('draws no badge for a pass or a blocked action', () => {
    expect(layout([act('taliban', PASS), act('russia', 'arms', 'af_kabul', 'blocked')])).toEqual([]);
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
    const expected = layout(actions);
    for (const order of orders(actions)) expect(layout(order)).toEqual(expected);
  });
});

describe('the badges of whole games on the shipped map', () => {
  const geometry = JSON.parse(
    readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8'),
  ) as MapGeometry;
  const view = closeView(geometry);
  const real = badgePlaces(geometry, view);
  const labels = labelBoxes(geometry);
  const games = ['withdrawal-2021', 'emirate-2022', 'moscow-format-2016'].flatMap((scenario) =>
    [1, 2, 3].map((seed) => ({ scenario, seed, game: playToEnd(scenario, seed) })),
  );
  /** A turn's badges as the map lays them out: each action's badge at its site. */
  const turnBadges = (content: ScenarioContent, actions: readonly ActionRecord[]) =>
    layoutBadges(
      actions,
      real,
      (a) => badgeFor(content, a.actor, a.action),
      (a) => actionSite(content, a),
    );

  it('know the labels they must keep clear of: every zone, place and neighbour', () => {
    expect(labels).toHaveLength(
      geometry.zones.length + geometry.places.length + geometry.countries.length - 1,
    );
  });

  it('never cover a label, a caption or each other, and all show in the close view', () => {
    let badges = 0;
    for (const { scenario, seed, game } of games) {
      const content = game.prepared.content;
      for (const log of game.log) {
        const groups = turnBadges(content, log.actions);
        badges += all(groups).length;
        expectClear(groups, labels, view, `${scenario} seed ${seed} turn ${log.turn}`);
      }
    }
    expect(badges, 'the games have badges to place').toBeGreaterThan(300);
  });

  it('say whose they are: each badge is its action’s actor’s, and no two actors of a game share a colour', () => {
    const colours = actorColours([...library.actors.keys()]);
    let badges = 0;
    for (const { scenario, seed, game } of games) {
      const actors = game.prepared.actorIds;
      expect(new Set(actors.map((id) => colours.get(id))).size, `${scenario}: one colour per actor`).toBe(
        actors.length,
      );
      for (const log of game.log) {
        const drawn = all(turnBadges(game.prepared.content, log.actions));
        const expected = log.actions
          .filter((a) => a.action !== PASS && a.outcome !== 'blocked')
          .map((a) => `${a.actor}.${a.action}.${a.outcome}`)
          .sort();
        expect(
          drawn.map((b) => `${b.actor}.${b.action}.${b.success ? 'success' : 'failure'}`).sort(),
          `${scenario} seed ${seed} turn ${log.turn}`,
        ).toEqual(expected);
        for (const b of drawn)
          expect(colours.get(b.actor), `${b.actor} has a colour`).toMatch(/^#[0-9A-F]{6}$/i);
        badges += drawn.length;
      }
    }
    expect(badges).toBeGreaterThan(300);
  });

  it('put an action’s badges near where it happens: Russia’s drills at the border, its contacts with the Taliban in the south', () => {
    let checked = 0;
    for (const { game } of games) {
      const content = game.prepared.content;
      for (const log of game.log) {
        const groups = turnBadges(content, log.actions);
        for (const action of log.actions) {
          if (action.actor !== 'russia' || action.outcome === 'blocked' || action.action === PASS) continue;
          const site = actionSite(content, action);
          const expected =
            site === null
              ? null
              : 'zone' in site
                ? (real.zones.get(site.zone) ?? real.borders.get(site.zone))
                : site.actor === 'taliban'
                  ? real.zones.get('af_south')
                  : null;
          if (!expected) continue;
          checked++;
          expect(
            groups.some((g) => g.at[0] === expected[0] && g.at[1] === expected[1]),
            `${action.action} lands on its site`,
          ).toBe(true);
        }
      }
    }
    expect(checked, 'Russia acts on zones and on the Taliban in these games').toBeGreaterThan(20);
  });
});
