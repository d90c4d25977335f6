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

/** A country's largest polygon's outer ring: where its name and its untargeted actions go. */
export function mainRing(country: MapGeometry['countries'][number]): [number, number][] {
  const biggest = [...country.polygons].sort((a, b) => (b[0]?.length ?? 0) - (a[0]?.length ?? 0))[0];
  return biggest?.[0] ?? [];
}

/** A box in map coordinates, with its centre. */
export interface ViewBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
  centreX: number;
  centreY: number;
}

/** How close the opening view is: Afghanistan fills about half the map. */
export const OPENING_ZOOM = 1.7;

/**
 * The part of the map (in map coordinates) that a camera at `zoom` shows when the canvas is the map's size and
 * the view is centred on Afghanistan, a little to its north, so that the Central Asian states show too.
 * Computed as a Phaser rectangle computes its edges, so the camera and the badges agree to the last bit.
 */
export function openingView(geometry: MapGeometry, zoom = OPENING_ZOOM): ViewBox {
  const afghanistan = geometry.countries.find((c) => c.id === 'afghanistan');
  const points = afghanistan?.polygons.flatMap((p) => p[0] ?? []) ?? [];
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const centreY = (Math.min(...ys) + Math.max(...ys)) / 2 - 70;
  const [width, height] = [geometry.width / zoom, geometry.height / zoom];
  const [left, top] = [centreX - width / 2, centreY - height / 2];
  return {
    left,
    top,
    right: left + width,
    bottom: top + height,
    centreX: left + width / 2,
    centreY: top + height / 2,
  };
}

/** How close a small screen's opening view may come: Afghanistan, near enough to fill the map's box. */
export const CLOSE_ZOOM = 3.5;

/**
 * The close view: Afghanistan at CLOSE_ZOOM, centred on its bounding box. Every opening view, a phone's as a
 * desktop's (map-camera.ts), holds it, so the badges, kept inside it, show on every screen without panning.
 */
export function closeView(geometry: MapGeometry): ViewBox {
  const afghanistan = geometry.countries.find((c) => c.id === 'afghanistan');
  const points = afghanistan?.polygons.flatMap((p) => p[0] ?? []) ?? [];
  const xs = points.map((p) => p[0] ?? 0);
  const ys = points.map((p) => p[1] ?? 0);
  const centreX = (Math.min(...xs) + Math.max(...xs)) / 2;
  const centreY = (Math.min(...ys) + Math.max(...ys)) / 2;
  const [width, height] = [geometry.width / CLOSE_ZOOM, geometry.height / CLOSE_ZOOM];
  const [left, top] = [centreX - width / 2, centreY - height / 2];
  return { left, top, right: left + width, bottom: top + height, centreX, centreY };
}
