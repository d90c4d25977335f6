import * as Phaser from 'phaser';
import { flatRing, type MapGeometry, mainRing, ringCentre } from '../map/geometry.ts';
import { COUNTRY_FONT, LABEL_STROKE, PLACE_DOT, PLACE_FONT, PLACE_SIDES, ZONE_FONT } from './label-boxes.ts';
import { COLOURS, FONT, UNKNOWN_CONTROL } from './palette.ts';

/**
 * The map's static shapes, made once when the scene starts (MapScene.create): the countries, the Afghan zones,
 * the lines and the places. A turn changes their styles; nothing here knows about a game.
 */

/**
 * Text drawn at twice the resolution, with a light halo, so it stays crisp and legible when zoomed. Its sizes
 * are label-boxes.ts's, which the badges keep clear of.
 */
export const LABEL = {
  fontFamily: FONT,
  color: COLOURS.text,
  stroke: '#ffffff',
  strokeThickness: LABEL_STROKE,
  resolution: 2,
};

/** The shapes of one Afghan zone, restyled every turn. */
export interface ZoneShapes {
  fill: Phaser.GameObjects.Polygon[];
  label: Phaser.GameObjects.Text;
  isisk: Phaser.GameObjects.Arc;
  refugees: Phaser.GameObjects.Triangle;
  /** The name the map has for the zone, shown before a game and where the scenario has no such zone. */
  name: string;
}

/** An open line (a border, a route), above the zones. */
export function polyline(
  scene: Phaser.Scene,
  points: readonly (readonly number[])[],
  width: number,
  colour: number,
  alpha = 1,
): Phaser.GameObjects.Polygon {
  const flat = points.flatMap(([x, y]) => [x ?? 0, y ?? 0]);
  const shape = scene.add
    .polygon(0, 0, flat)
    .setOrigin(0, 0)
    .setStrokeStyle(width, colour, alpha)
    .setDepth(8);
  shape.isFilled = false;
  shape.closePath = false;
  return shape;
}

/** The countries around Afghanistan, each with its name; Afghanistan itself is its zones. */
export function drawCountries(scene: Phaser.Scene, geometry: MapGeometry): void {
  for (const country of geometry.countries) {
    if (country.id === 'afghanistan') continue;
    const fill = country.actor ? COLOURS.actorLand : COLOURS.land;
    for (const poly of country.polygons) {
      scene.add
        .polygon(0, 0, flatRing(poly[0] ?? []), fill)
        .setOrigin(0, 0)
        .setStrokeStyle(1, COLOURS.landEdge)
        .setDepth(1);
    }
    const ring = mainRing(country);
    if (ring.length === 0) continue;
    const [x, y] = ringCentre(ring);
    scene.add
      .text(x, y, country.name.toUpperCase(), {
        fontFamily: FONT,
        fontSize: `${COUNTRY_FONT}px`,
        color: COLOURS.muted,
      })
      .setOrigin(0.5)
      .setAlpha(0.8)
      .setDepth(2);
  }
}

/**
 * The zones of the map, grey until a turn is shown, each answering the pointer: `hover` hears the zone's id
 * and the pointer, or null when the pointer leaves (a finger lifting does not count as leaving).
 */
export function drawZones(
  scene: Phaser.Scene,
  geometry: MapGeometry,
  hover: (zone: string | null, pointer: Phaser.Input.Pointer) => void,
): Map<string, ZoneShapes> {
  const zones = new Map<string, ZoneShapes>();
  for (const zone of geometry.zones) {
    const fill = zone.polygons.map((poly) => {
      const points = flatRing(poly[0] ?? []);
      const shape = scene.add
        .polygon(0, 0, points, UNKNOWN_CONTROL, 0.55)
        .setOrigin(0, 0)
        .setStrokeStyle(1.5, 0xffffff)
        .setDepth(4);
      shape.setInteractive(new Phaser.Geom.Polygon(points), Phaser.Geom.Polygon.Contains);
      const over = (pointer: Phaser.Input.Pointer) => hover(zone.id, pointer);
      shape.on('pointermove', over);
      shape.on('pointerdown', over);
      // A finger lifting counts as leaving the shape: a tapped zone's tooltip stays until the next tap.
      shape.on('pointerout', (pointer: Phaser.Input.Pointer) => {
        if (!pointer.wasTouch) hover(null, pointer);
      });
      return shape;
    });
    const [x, y] = zone.label;
    const label = scene.add
      .text(x, y, zone.name, { ...LABEL, fontSize: `${ZONE_FONT}px`, align: 'center', fontStyle: 'bold' })
      .setOrigin(0.5)
      // Above the place names (14), whose halos would otherwise bite into the zone's name.
      .setDepth(15);
    const isisk = scene.add.circle(x + 20, y + 20, 4, COLOURS.isisk, 0.75).setDepth(11);
    const refugees = scene.add.triangle(x - 20, y + 20, 0, 10, 5, 0, 10, 10, COLOURS.refugees).setDepth(11);
    zones.set(zone.id, { fill, label, isisk, refugees, name: zone.name });
  }
  return zones;
}

/** The places the reports name: a dot, and the name on the side the map gives it. */
export function drawPlaces(scene: Phaser.Scene, geometry: MapGeometry): void {
  for (const place of geometry.places) {
    const [x, y] = place.at;
    const [dx, dy, ox, oy] = PLACE_SIDES[place.label];
    scene.add.circle(x, y, PLACE_DOT, COLOURS.place).setDepth(14);
    scene.add
      .text(x + dx, y + dy, place.name, { ...LABEL, fontSize: `${PLACE_FONT}px`, color: COLOURS.muted })
      .setOrigin(ox, oy)
      .setDepth(14);
  }
}
