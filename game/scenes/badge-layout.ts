import type { ActionRecord } from '../engine/index.ts';
import { type MapGeometry, mainRing, ringCentre, type ViewBox } from '../map/geometry.ts';
import { ACTOR_HOMES, type ActionSite } from './action-site.ts';
import type { Badge } from './icons.ts';
import { type Box, CAPTION_FONT, labelBoxes, overlaps, textBox } from './label-boxes.ts';

/**
 * Where the action badges of a turn go: pure arithmetic over the map's geometry, with no Phaser, so that it can
 * be tested on its own. The scene (MapScene.ts) draws what this returns.
 */

export type Point = readonly [number, number];

/** Action badges: their spacing, and how far above the point they mark the first one goes if it has room. */
export const BADGE_STEP = 18;
export const BADGE_RISE = 28;
/** A badge's disc (radius 8 and its ring), as a box: two badges a step apart touch but do not overlap. */
export const BADGE_HALF = BADGE_STEP / 2;
/** How far from its point a badge may go looking for room, in half steps each way. */
const SEARCH = 14;
/** Where the actions of an actor with no country on the map land when they have no site. */
const KABUL_ZONE = 'af_kabul';

/** The points actions can land on, and what badges must not cover, read once from the map. */
export interface BadgePlaces {
  /** Each zone's centre (where its label is). */
  zones: ReadonlyMap<string, Point>;
  /** Each border's centre. */
  borders: ReadonlyMap<string, Point>;
  /** The country each actor is on the map (by actor id), with its centre. */
  countries: ReadonlyMap<string, { at: Point; name: string }>;
  /** The country each neighbour's own zone is (by zone id: `tajikistan` is Tajikistan's). */
  lands: ReadonlyMap<string, Point>;
  /** Where an actor with no country lands: the Kabul zone, else Afghanistan, else the canvas centre. */
  fallback: Point;
  /** The view every badge stays inside: a point outside it is pulled inside. */
  view: ViewBox;
  /** The boxes of the map's labels (zones, places, countries): no badge covers one. */
  labels: readonly Box[];
}

export function badgePlaces(geometry: MapGeometry, view: ViewBox): BadgePlaces {
  const countries = new Map<string, { at: Point; name: string }>();
  const lands = new Map<string, Point>();
  for (const c of geometry.countries) {
    const at = ringCentre(mainRing(c));
    if (c.actor && !countries.has(c.actor)) countries.set(c.actor, { at, name: c.name });
    lands.set(c.id, at);
  }
  const zones = new Map<string, Point>(geometry.zones.map((z) => [z.id, z.label]));
  const borders = new Map<string, Point>();
  for (const b of geometry.borders) {
    const line = b.lines[0];
    if (line && !borders.has(b.id)) borders.set(b.id, ringCentre(line));
  }
  const afghanistan = geometry.countries.find((c) => c.id === 'afghanistan');
  const fallback =
    zones.get(KABUL_ZONE) ??
    (afghanistan ? ringCentre(mainRing(afghanistan)) : ([geometry.width / 2, geometry.height / 2] as const));
  return { zones, borders, countries, lands, fallback, view, labels: labelBoxes(geometry) };
}

/** One badge to draw: whose action it is, the action's badge, whether it succeeded, and where its centre goes. */
export interface PlacedBadge {
  actor: string;
  action: string;
  badge: Badge;
  success: boolean;
  x: number;
  y: number;
}

/** The badges that land on one point, and the caption under them (the country's name, for a point pulled in). */
export interface BadgeGroup {
  at: Point;
  badges: PlacedBadge[];
  caption: { text: string; x: number; y: number } | null;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value));

/** A badge's box, centred on its point. */
export const badgeBox = (x: number, y: number): Box => ({
  left: x - BADGE_HALF,
  top: y - BADGE_HALF,
  right: x + BADGE_HALF,
  bottom: y + BADGE_HALF,
});

/** The point of a zone id: an Afghan zone's label, a border's middle, a neighbour's own land. */
const zonePoint = (zone: string, places: BadgePlaces): Point | undefined =>
  places.zones.get(zone) ?? places.borders.get(zone) ?? places.lands.get(zone);

/** The point of an actor an action is aimed at: its home zone in Afghanistan, else its country. */
const actorPoint = (actor: string, places: BadgePlaces): Point | undefined => {
  const home = ACTOR_HOMES[actor];
  return (home === undefined ? undefined : zonePoint(home, places)) ?? places.countries.get(actor)?.at;
};

/**
 * Where an action lands: where it happens (its site: a zone, or an actor's home zone or country); else the
 * acting country; else, for an actor with no country on the map (the Afghan parties, ISIS-K, the United
 * States), the fallback. A point outside the view (Russia, Kazakhstan, Iran's and India's centres) is pulled
 * inside its edge and captioned with the country's name, so that every badge shows without zooming out.
 */
export function anchorOf(
  action: Pick<ActionRecord, 'actor'>,
  site: ActionSite,
  places: BadgePlaces,
): { at: Point; caption: string | null } {
  const sited =
    site === null
      ? undefined
      : 'zone' in site
        ? zonePoint(site.zone, places)
        : actorPoint(site.actor, places);
  const named =
    site !== null && 'actor' in site && sited === places.countries.get(site.actor)?.at
      ? places.countries.get(site.actor)
      : undefined;
  const own = sited ? undefined : places.countries.get(action.actor);
  const [x, y] = sited ?? own?.at ?? places.fallback;
  const { view } = places;
  const inside: Point = [
    clamp(x, view.left + 3 * BADGE_STEP, view.right - 3 * BADGE_STEP),
    clamp(y, view.top + BADGE_STEP, view.bottom - BADGE_STEP),
  ];
  const moved = inside[0] !== x || inside[1] !== y;
  return { at: inside, caption: moved ? ((named ?? own)?.name ?? null) : null };
}

/** The offsets a badge tries, nearest to the spot above its point first; ties above, then left, first. */
const OFFSETS: readonly Point[] = (() => {
  const half = BADGE_STEP / 2;
  const offsets: Point[] = [];
  for (let i = -SEARCH; i <= SEARCH; i++)
    for (let j = -SEARCH; j <= SEARCH; j++) offsets.push([i * half, j * half - BADGE_RISE]);
  const cost = ([dx, dy]: Point) => Math.hypot(dx, dy + BADGE_RISE * 0.6);
  return offsets.sort((a, b) => cost(a) - cost(b) || a[1] - b[1] || a[0] - b[0]);
})();

const inside = (box: Box, view: ViewBox) =>
  box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom;

/**
 * The nearest free spot for a badge around `at`: inside the view, on no label and no badge or caption already
 * placed. With none within reach (never on the shipped map), the spot above the point.
 */
function freeSpot(at: Point, taken: readonly Box[], places: BadgePlaces): Point {
  for (const [dx, dy] of OFFSETS) {
    const spot: Point = [at[0] + dx, at[1] + dy];
    const box = badgeBox(spot[0], spot[1]);
    if (
      inside(box, places.view) &&
      !places.labels.some((l) => overlaps(box, l)) &&
      !taken.some((t) => overlaps(box, t))
    )
      return spot;
  }
  return [at[0], at[1] - BADGE_RISE];
}

/**
 * The actions of a turn that get a badge, with it: those that happened, succeeded or failed (blocked ones did
 * not happen, and an action with no badge, a pass, does nothing), in actor order, then action order, whatever
 * order they come in. The map draws these, and the page lists them in this order for a screen reader.
 */
export function badgedActions(
  actions: readonly ActionRecord[],
  badgeOf: (action: ActionRecord) => Badge | null,
): { action: ActionRecord; badge: Badge }[] {
  const sorted = [...actions].sort((a, b) =>
    a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.action < b.action ? -1 : a.action > b.action ? 1 : 0,
  );
  return sorted.flatMap((action) => {
    const badge = badgeOf(action);
    return badge && action.outcome !== 'blocked' ? [{ action, badge }] : [];
  });
}

/**
 * The badges of a turn's actions that happened (`badgedActions`). Each goes to the nearest free spot around where its action happened
 * (`siteOf`), clear of every label and of the badges placed before it, in actor order whatever order the
 * actions come in; the groups come in the order of their first actor.
 */
export function layoutBadges(
  actions: readonly ActionRecord[],
  places: BadgePlaces,
  badgeOf: (action: ActionRecord) => Badge | null,
  siteOf: (action: ActionRecord) => ActionSite,
): BadgeGroup[] {
  const groups = new Map<
    string,
    { at: Point; caption: string | null; badges: Omit<PlacedBadge, 'x' | 'y'>[] }
  >();
  for (const { action, badge } of badgedActions(actions, badgeOf)) {
    const { at, caption } = anchorOf(action, siteOf(action), places);
    const key = `${at[0]},${at[1]}`;
    const group = groups.get(key) ?? { at, caption, badges: [] };
    group.badges.push({
      actor: action.actor,
      action: action.action,
      badge,
      success: action.outcome === 'success',
    });
    groups.set(key, group);
  }
  const taken: Box[] = [];
  // Captions first: they sit on their point, and the badges find room around them.
  const captions = new Map<string, BadgeGroup['caption']>();
  for (const [key, { at, caption }] of groups) {
    if (!caption) continue;
    const placed = { text: caption, x: at[0], y: at[1] };
    captions.set(key, placed);
    taken.push(captionBox(placed));
  }
  return [...groups.entries()].map(([key, { at, badges }]) => ({
    at,
    badges: badges.map((badge) => {
      const [x, y] = freeSpot(at, taken, places);
      taken.push(badgeBox(x, y));
      return { ...badge, x, y };
    }),
    caption: captions.get(key) ?? null,
  }));
}

/** A caption's box: its text centred on its point. */
export const captionBox = (caption: { text: string; x: number; y: number }): Box =>
  textBox(caption.x, caption.y, [caption.text], CAPTION_FONT, [0.5, 0.5]);
