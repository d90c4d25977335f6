import type { ActionRecord } from '../engine/index.ts';
import { type MapGeometry, mainRing, ringCentre, type ViewBox } from '../map/geometry.ts';
import type { Badge } from './icons.ts';

/**
 * Where the action badges of a turn go: pure arithmetic over the map's geometry, with no Phaser, so that it can
 * be tested on its own. The scene (MapScene.ts) draws what this returns.
 */

export type Point = readonly [number, number];

/** Action badges: their spacing, their offset above the point they mark, and how many go in a row. */
export const BADGE_STEP = 18;
export const BADGE_RISE = 28;
export const BADGES_PER_ROW = 5;
/** How far below its point's badges a caption starts. */
const CAPTION_DROP = 10;
/** Where the actions of an actor with no country on the map land when they have no target. */
const KABUL_ZONE = 'af_kabul';

/** The points actions can land on, read once from the map. */
export interface BadgePlaces {
  /** Each zone's centre (where its label is). */
  zones: ReadonlyMap<string, Point>;
  /** Each border's centre. */
  borders: ReadonlyMap<string, Point>;
  /** The country each actor is on the map, with its centre. */
  countries: ReadonlyMap<string, { at: Point; name: string }>;
  /** Where an actor with no country lands: the Kabul zone, else Afghanistan, else the canvas centre. */
  fallback: Point;
  /** The opening view: a point outside it is pulled inside. */
  view: ViewBox;
}

export function badgePlaces(geometry: MapGeometry, view: ViewBox): BadgePlaces {
  const countries = new Map<string, { at: Point; name: string }>();
  for (const c of geometry.countries)
    if (c.actor && !countries.has(c.actor))
      countries.set(c.actor, { at: ringCentre(mainRing(c)), name: c.name });
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
  return { zones, borders, countries, fallback, view };
}

/** One badge to draw: the action's badge, whether it succeeded, and where its centre goes. */
export interface PlacedBadge {
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

/**
 * Where an action lands: its target zone or border; else the acting country; else, for an actor with no
 * country on the map (the Afghan parties, ISIS-K, the United States), the fallback. A point outside the opening
 * view (Russia, most of Kazakhstan) is pulled inside its edge and captioned with the country's name, so every
 * badge shows without zooming out.
 */
export function anchorOf(
  action: Pick<ActionRecord, 'actor' | 'target'>,
  places: BadgePlaces,
): { at: Point; caption: string | null } {
  const target = action.target
    ? (places.zones.get(action.target) ?? places.borders.get(action.target))
    : null;
  if (target) return { at: target, caption: null };
  const country = places.countries.get(action.actor);
  const [x, y] = country?.at ?? places.fallback;
  const { view } = places;
  const inside: Point = [
    clamp(x, view.left + 3 * BADGE_STEP, view.right - 3 * BADGE_STEP),
    clamp(y, view.top + BADGE_RISE + 2 * BADGE_STEP, view.bottom - BADGE_STEP),
  ];
  const moved = inside[0] !== x || inside[1] !== y;
  return { at: inside, caption: moved ? (country?.name ?? null) : null };
}

/**
 * The badges of a turn's actions that happened, succeeded or failed (blocked ones did not happen, and an action
 * with no badge, a pass, does nothing). Badges that land on the same point stand in centred rows above it, in
 * actor order, whatever order the actions come in; the groups come in the order of their first actor.
 */
export function layoutBadges(
  actions: readonly ActionRecord[],
  places: BadgePlaces,
  badgeOf: (action: ActionRecord) => Badge | null,
): BadgeGroup[] {
  const sorted = [...actions].sort((a, b) =>
    a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : a.action < b.action ? -1 : a.action > b.action ? 1 : 0,
  );
  const groups = new Map<string, { at: Point; caption: string | null; badges: [Badge, boolean][] }>();
  for (const action of sorted) {
    const badge = badgeOf(action);
    if (!badge || action.outcome === 'blocked') continue;
    const { at, caption } = anchorOf(action, places);
    const key = `${at[0]},${at[1]}`;
    const group = groups.get(key) ?? { at, caption, badges: [] };
    group.badges.push([badge, action.outcome === 'success']);
    groups.set(key, group);
  }
  return [...groups.values()].map(({ at, caption, badges }) => ({
    at,
    badges: badges.map(([badge, success], i) => {
      const row = Math.floor(i / BADGES_PER_ROW);
      const inRow = Math.min(BADGES_PER_ROW, badges.length - row * BADGES_PER_ROW);
      const x = at[0] + ((i % BADGES_PER_ROW) - (inRow - 1) / 2) * BADGE_STEP;
      return { badge, success, x, y: at[1] - BADGE_RISE - row * BADGE_STEP };
    }),
    caption: caption ? { text: caption, x: at[0], y: at[1] - BADGE_RISE + CAPTION_DROP } : null,
  }));
}
