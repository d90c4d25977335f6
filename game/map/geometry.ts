import type { MultiPolygon } from 'polygon-clipping';

/** The shape of assets/map.json (scripts/build-map.ts): screen coordinates on a MAP_WIDTH × MAP_HEIGHT canvas. */
export interface MapGeometry {
  about: string;
  width: number;
  height: number;
  region: [number, number, number, number];
  countries: { id: string; name: string; actor: string | null; polygons: MultiPolygon }[];
  zones: { id: string; name: string; label: [number, number]; polygons: MultiPolygon }[];
  borders: { id: string; lines: [number, number][][] }[];
  places: {
    id: string;
    name: string;
    country: string;
    at: [number, number];
    label: 'left' | 'right' | 'above' | 'below';
  }[];
  routes: { id: string; name: string; points: [number, number][] }[];
}

/** Flattens a ring into Phaser's point list (x0, y0, x1, y1, ...), dropping the closing point. */
export function flatRing(ring: readonly (readonly number[])[]): number[] {
  const points = ring.slice(0, ring.length > 1 ? -1 : undefined);
  return points.flatMap(([x, y]) => [x ?? 0, y ?? 0]);
}

/** The centre of a polygon's outer ring, by averaging its points: where to put a label or a marker. */
export function ringCentre(ring: readonly (readonly number[])[]): [number, number] {
  const n = Math.max(1, ring.length);
  return [ring.reduce((s, p) => s + (p[0] ?? 0), 0) / n, ring.reduce((s, p) => s + (p[1] ?? 0), 0) / n];
}
