import { type MapGeometry, mainRing, ringCentre } from '../map/geometry.ts';
import { CONTROL_NAMES } from './palette.ts';

/**
 * The boxes the map's labels take, in map coordinates, worked out from their text and fonts with no Phaser,
 * so that the badge layout (badge-layout.ts) can keep clear of them and a unit test can check it does. The
 * shapes (map-shapes.ts) draw with these same sizes; a browser test checks that each label Phaser draws fits
 * inside its box here.
 */

/** A box in map coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Font sizes in map pixels: a zone's name and controller (bold), a place's name, a country's, a caption. */
export const ZONE_FONT = 11;
export const PLACE_FONT = 8;
export const COUNTRY_FONT = 13;
export const CAPTION_FONT = 9;
/** The halo round every label's letters. */
export const LABEL_STROKE = 3;
/** A place's dot. */
export const PLACE_DOT = 2.5;

/** Where a place's name goes beside its dot: offset, then origin. */
export const PLACE_SIDES = {
  right: [5, 0, 0, 0.5],
  left: [-5, 0, 1, 0.5],
  above: [0, -4, 0.5, 1],
  below: [0, 4, 0.5, 0],
} as const;

/**
 * Widths in em of Noto Sans, rounded up: wide capitals and m, w; narrow i, l, j, f, t, r, punctuation and
 * space; the rest. An upper bound, so a box holds its text whatever the exact letters.
 */
function emWidth(text: string, bold: boolean): number {
  let em = 0;
  for (const ch of text) {
    if ('MWmw'.includes(ch)) em += 0.95;
    else if ("ijlfrtI.,:;!'- ()".includes(ch)) em += 0.42;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else em += 0.64;
  }
  return em * (bold ? 1.06 : 1);
}

/** Noto Sans from ascent to descent, in em: Phaser's line height is this plus the halo. */
const LINE_EM = 1.37;

/** The box of a text of `lines` at `size` px, its origin (0 to 1 on each axis) at (x, y), with its halo. */
export function textBox(
  x: number,
  y: number,
  lines: readonly string[],
  size: number,
  [ox, oy]: readonly [number, number],
  bold = false,
): Box {
  const width = Math.max(0, ...lines.map((l) => emWidth(l, bold))) * size + LABEL_STROKE;
  const height = lines.length * (LINE_EM * size + LABEL_STROKE);
  const left = x - ox * width;
  const top = y - oy * height;
  return { left, top, right: left + width, bottom: top + height };
}

/** Two boxes overlap when they share more than an edge. */
export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The smallest box holding both. */
const union = (a: Box, b: Box): Box => ({
  left: Math.min(a.left, b.left),
  top: Math.min(a.top, b.top),
  right: Math.max(a.right, b.right),
  bottom: Math.max(a.bottom, b.bottom),
});

/** The longest controller's name, which a zone's label may show on its second line. */
const LONGEST_CONTROLLER = Object.values(CONTROL_NAMES).reduce(
  (a, b) => (emWidth(b, true) > emWidth(a, true) ? b : a),
  '',
);

/** A zone's label: its name over its controller's, centred on the zone's label point. */
export function zoneLabelBox(zone: MapGeometry['zones'][number], name = zone.name): Box {
  return textBox(zone.label[0], zone.label[1], [name, LONGEST_CONTROLLER], ZONE_FONT, [0.5, 0.5], true);
}

/** A place's name beside its dot, with the dot. */
export function placeLabelBox(place: MapGeometry['places'][number]): Box {
  const [x, y] = place.at;
  const [dx, dy, ox, oy] = PLACE_SIDES[place.label];
  const dot = { left: x - PLACE_DOT, top: y - PLACE_DOT, right: x + PLACE_DOT, bottom: y + PLACE_DOT };
  return union(dot, textBox(x + dx, y + dy, [place.name], PLACE_FONT, [ox, oy]));
}

/** A neighbour's name across its land, in capitals. */
export function countryLabelBox(country: MapGeometry['countries'][number]): Box | null {
  const ring = mainRing(country);
  if (ring.length === 0 || country.id === 'afghanistan') return null;
  const [x, y] = ringCentre(ring);
  return textBox(x, y, [country.name.toUpperCase()], COUNTRY_FONT, [0.5, 0.5]);
}

/** Every label of the map: zones, places and countries. */
export function labelBoxes(geometry: MapGeometry): Box[] {
  return [
    ...geometry.zones.map((z) => zoneLabelBox(z)),
    ...geometry.places.map(placeLabelBox),
    ...geometry.countries.flatMap((c) => countryLabelBox(c) ?? []),
  ];
}
