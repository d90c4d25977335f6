import { readFileSync } from 'node:fs';
import { polygonArea, polygonContains } from 'd3-polygon';
import polygonClipping, { type MultiPolygon } from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { COUNTRIES, MAP_HEIGHT, MAP_WIDTH, PLACES, ZONE_CENTRES } from '../../game/map/places.ts';

interface MapFile {
  width: number;
  height: number;
  countries: { id: string; polygons: MultiPolygon }[];
  zones: { id: string; polygons: MultiPolygon; label: [number, number] }[];
  borders: { id: string; lines: [number, number][][] }[];
  places: { id: string; country: string; at: [number, number] }[];
  routes: { id: string; points: [number, number][] }[];
}

const map = JSON.parse(readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8')) as MapFile;
const area = (multi: MultiPolygon) =>
  multi.reduce(
    (sum, poly) =>
      sum +
      poly.reduce(
        (s, ring, i) => s + (i === 0 ? 1 : -1) * Math.abs(polygonArea(ring as [number, number][])),
        0,
      ),
    0,
  );
const country = (id: string) => map.countries.find((c) => c.id === id)?.polygons ?? [];
const afghanistan = country('afghanistan');
const inside = (multi: MultiPolygon, [x, y]: [number, number]) =>
  multi.some(
    (poly) =>
      polygonContains(poly[0] as [number, number][], [x, y]) &&
      !poly.slice(1).some((hole) => polygonContains(hole as [number, number][], [x, y])),
  );

describe('the generated map (assets/map.json)', () => {
  it('holds every country, zone, border, place and route of game/map/places.ts', () => {
    expect(map.width).toBe(MAP_WIDTH);
    expect(map.height).toBe(MAP_HEIGHT);
    expect(map.countries.map((c) => c.id)).toEqual(COUNTRIES.map((c) => c.id));
    expect(map.zones.map((z) => z.id)).toEqual(ZONE_CENTRES.map((z) => z.id));
    expect(map.borders.map((b) => b.id)).toEqual(['border_tajik', 'border_uzbek', 'border_turkmen']);
    expect(map.places.map((p) => p.id)).toEqual(PLACES.map((p) => p.id));
    for (const b of map.borders) expect(b.lines.flat().length, b.id).toBeGreaterThan(10);
  });

  it('stays inside the canvas', () => {
    const points = [
      ...map.countries.flatMap((c) => c.polygons.flat(2)),
      ...map.zones.flatMap((z) => z.polygons.flat(2)),
      ...map.places.map((p) => p.at),
    ] as [number, number][];
    for (const [x, y] of points) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('puts every zone inside Afghanistan', () => {
    for (const zone of map.zones) {
      const outside = area(polygonClipping.difference(zone.polygons, afghanistan));
      expect(outside / area(zone.polygons), zone.id).toBeLessThan(0.001);
    }
  });

  it('has zones that do not overlap and together cover Afghanistan', () => {
    for (const [i, a] of map.zones.entries()) {
      for (const b of map.zones.slice(i + 1)) {
        expect(
          area(polygonClipping.intersection(a.polygons, b.polygons)),
          `${a.id} and ${b.id}`,
        ).toBeLessThan(1);
      }
    }
    const covered = map.zones.reduce((sum, z) => sum + area(z.polygons), 0);
    expect(Math.abs(covered - area(afghanistan)) / area(afghanistan)).toBeLessThan(0.005);
  });

  it('labels each zone inside it', () => {
    for (const zone of map.zones) expect(inside(zone.polygons, zone.label), zone.id).toBe(true);
  });

  it('puts every place in its country', () => {
    for (const place of map.places)
      expect(inside(country(place.country), place.at), `${place.id} in ${place.country}`).toBe(true);
  });
});
