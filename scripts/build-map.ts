/**
 * `npm run map:build`: generates assets/map.json, the regional map the browser draws, from Natural Earth
 * country outlines (the world-atlas package, 1:50m) projected with d3-geo. The Afghan zones of the scenarios are
 * Voronoi cells (d3-delaunay) of regional centres, clipped to Afghanistan's outline (polygon-clipping).
 * The output is committed, with its licence in assets/MAP-LICENSE.md; nothing downloads at build or run time.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Delaunay } from 'd3-delaunay';
import { type GeoProjection, geoConicEqualArea } from 'd3-geo';
import { polygonArea, polygonCentroid } from 'd3-polygon';
import polygonClipping, { type MultiPolygon, type Polygon, type Ring } from 'polygon-clipping';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  COUNTRIES,
  MAP_HEIGHT,
  MAP_WIDTH,
  PLACES,
  REGION,
  ROUTES,
  ZONE_CENTRES,
} from '../game/map/places.ts';

const topology = JSON.parse(
  readFileSync(new URL('../node_modules/world-atlas/countries-50m.json', import.meta.url), 'utf8'),
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries);

/** The region's box in longitude and latitude, with points every half degree so its edges curve as they should. */
function regionRing(): Ring {
  const [west, south, east, north] = REGION;
  const ring: [number, number][] = [];
  for (let x = west; x < east; x += 0.5) ring.push([x, south]);
  for (let y = south; y < north; y += 0.5) ring.push([east, y]);
  for (let x = east; x > west; x -= 0.5) ring.push([x, north]);
  for (let y = north; y > south; y -= 0.5) ring.push([west, y]);
  ring.push([west, south]);
  return ring;
}
const region: Polygon = [regionRing()];

const projection: GeoProjection = geoConicEqualArea()
  .parallels([30, 45])
  .rotate([-66, 0])
  .fitExtent(
    [
      [8, 8],
      [MAP_WIDTH - 8, MAP_HEIGHT - 8],
    ],
    // d3-geo reads rings on the sphere: clockwise encloses the box, anticlockwise would enclose the rest of the world.
    { type: 'Polygon', coordinates: [[...regionRing()].reverse()] },
  );

const round = (v: number) => Math.round(v * 10) / 10;
const project = ([lon, lat]: [number, number]): [number, number] => {
  const p = projection([lon, lat]);
  if (!p) throw new Error(`cannot project ${lon},${lat}`);
  return [round(p[0]), round(p[1])];
};
const projectPolygons = (multi: MultiPolygon): MultiPolygon =>
  multi.map((poly) => poly.map((ring) => ring.map((pt) => project(pt as [number, number]))));

/** Drops consecutive duplicate points (after rounding) and rings too small to see. */
function tidy(multi: MultiPolygon): MultiPolygon {
  return multi
    .map((poly) =>
      poly.map((ring) =>
        ring.filter((pt, i) => i === 0 || pt[0] !== ring[i - 1]?.[0] || pt[1] !== ring[i - 1]?.[1]),
      ),
    )
    .filter((poly) => (poly[0]?.length ?? 0) >= 4);
}

function countryGeometry(isoNumeric: string): MultiPolygon {
  const found = countries.features.find((f) => f.id === isoNumeric);
  if (!found) throw new Error(`no country ${isoNumeric} in world-atlas`);
  const g = found.geometry;
  const multi = (
    g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
  ) as MultiPolygon;
  return polygonClipping.intersection(multi, region);
}

const outlines = COUNTRIES.map((c) => ({ ...c, polygons: tidy(projectPolygons(countryGeometry(c.iso))) }));
const afghanistan = outlines.find((c) => c.id === 'afghanistan');
if (!afghanistan) throw new Error('no Afghanistan');

// Voronoi cells of the zones' centres, in screen space, cut to Afghanistan's outline.
const centres = ZONE_CENTRES.map((z) => project([z.lon, z.lat]));
const voronoi = Delaunay.from(centres).voronoi([0, 0, MAP_WIDTH, MAP_HEIGHT]);
const zones = ZONE_CENTRES.map((z, i) => {
  const cell = voronoi.cellPolygon(i) as [number, number][];
  const clipped = tidy(projectless(polygonClipping.intersection(afghanistan.polygons, [cell])));
  // Label the zone at the centroid of its largest part, where it reads as the zone's own.
  const largest = [...clipped].sort(
    (a, b) =>
      Math.abs(polygonArea(b[0] as [number, number][])) - Math.abs(polygonArea(a[0] as [number, number][])),
  )[0];
  const centroid = z.labelAt
    ? project(z.labelAt)
    : largest
      ? polygonCentroid(largest[0] as [number, number][])
      : project([z.lon, z.lat]);
  return { id: z.id, name: z.name, label: [round(centroid[0]), round(centroid[1])], polygons: clipped };
});

/** Rounds coordinates that are already in screen space. */
function projectless(multi: MultiPolygon): MultiPolygon {
  return multi.map((poly) => poly.map((ring) => ring.map(([x, y]) => [round(x), round(y)])));
}

// The borders the game follows: Afghanistan's with Tajikistan, Uzbekistan and Turkmenistan.
const borders = [
  { id: 'border_tajik', with: '762' },
  { id: 'border_uzbek', with: '860' },
  { id: 'border_turkmen', with: '795' },
].map(({ id, with: other }) => {
  const line = mesh(topology, topology.objects.countries, (a, b) => {
    const pair = [String(a.id), String(b.id)];
    return pair.includes('004') && pair.includes(other);
  });
  return { id, lines: line.coordinates.map((l) => l.map((pt) => project(pt as [number, number]))) };
});

const map = {
  about:
    'Generated by `npm run map:build` from Natural Earth 1:50m (world-atlas), conic equal-area projection; see assets/MAP-LICENSE.md.',
  width: MAP_WIDTH,
  height: MAP_HEIGHT,
  region: REGION,
  countries: outlines.map(({ id, name, actor, polygons }) => ({ id, name, actor, polygons })),
  zones,
  borders,
  places: PLACES.map((p) => ({
    id: p.id,
    name: p.name,
    country: p.country,
    at: project([p.lon, p.lat]),
    label: p.label ?? 'right',
  })),
  routes: ROUTES.map((r) => ({ id: r.id, name: r.name, points: r.points.map((pt) => project(pt)) })),
};
const target = new URL('../assets/map.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(map)}\n`);
process.stdout.write(
  `wrote assets/map.json: ${outlines.length} countries, ${zones.length} zones, ${map.places.length} places\n`,
);
