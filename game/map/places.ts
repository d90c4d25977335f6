/**
 * The geography the map is built from (scripts/build-map.ts) and checked against (tests): the region, the
 * countries shown, the centres the Afghan zones grow from, the places the reports name, and the northern route.
 * Coordinates are longitude, latitude in decimal degrees.
 */
export const MAP_WIDTH = 1200;
export const MAP_HEIGHT = 900;

/** West, south, east, north: Afghanistan, Central Asia, Pakistan, eastern Iran, western China, Russia's edge. */
export const REGION: readonly [number, number, number, number] = [50, 23, 82, 52];

export interface CountrySpec {
  id: string;
  name: string;
  /** ISO 3166-1 numeric code, as Natural Earth (world-atlas) names countries. */
  iso: string;
  /** The actor that is this country in the game, if any. */
  actor: string | null;
}

export const COUNTRIES: readonly CountrySpec[] = [
  { id: 'afghanistan', name: 'Afghanistan', iso: '004', actor: null },
  { id: 'tajikistan', name: 'Tajikistan', iso: '762', actor: 'tajikistan' },
  { id: 'uzbekistan', name: 'Uzbekistan', iso: '860', actor: 'uzbekistan' },
  { id: 'turkmenistan', name: 'Turkmenistan', iso: '795', actor: 'turkmenistan' },
  { id: 'kyrgyzstan', name: 'Kyrgyzstan', iso: '417', actor: 'kyrgyzstan' },
  { id: 'kazakhstan', name: 'Kazakhstan', iso: '398', actor: 'kazakhstan' },
  { id: 'pakistan', name: 'Pakistan', iso: '586', actor: 'pakistan' },
  { id: 'iran', name: 'Iran', iso: '364', actor: 'iran' },
  { id: 'china', name: 'China', iso: '156', actor: 'china' },
  { id: 'india', name: 'India', iso: '356', actor: 'india' },
  { id: 'russia', name: 'Russia', iso: '643', actor: 'russia' },
];

/**
 * The geometry of the Afghan zones: each zone of the scenarios grows from a regional centre (its Voronoi cell,
 * scripts/build-map.ts). `labelAt` puts its label where the places' names leave room (otherwise the label goes
 * at the centroid of the zone). Which zones a game has, and their names, are the scenario's (game/map/zones.ts);
 * `name` here only labels the zone in assets/map.json for a reader of that file, and a test keeps it the
 * scenarios' name.
 */
export const ZONE_CENTRES: readonly {
  id: string;
  name: string;
  lon: number;
  lat: number;
  labelAt?: [number, number];
}[] = [
  { id: 'af_north', name: 'North', lon: 66.2, lat: 36.2, labelAt: [65.6, 35.9] },
  { id: 'af_northeast', name: 'North-east', lon: 70.6, lat: 36.9, labelAt: [71.0, 36.3] },
  { id: 'af_east', name: 'East', lon: 70.6, lat: 34.6, labelAt: [70.3, 35.2] },
  { id: 'af_kabul', name: 'Kabul', lon: 68.6, lat: 34.3, labelAt: [68.1, 33.8] },
  { id: 'af_south', name: 'South', lon: 65.2, lat: 31.4, labelAt: [65.0, 30.8] },
  { id: 'af_west', name: 'West', lon: 62.6, lat: 33.8 },
];

export interface PlaceSpec {
  id: string;
  name: string;
  /** The country (id above) the place lies in. */
  country: string;
  lon: number;
  lat: number;
  /** Which side of its dot the name goes, where the default (right) would collide. */
  label?: 'left' | 'right' | 'above' | 'below';
}

export const PLACES: readonly PlaceSpec[] = [
  { id: 'kabul', name: 'Kabul', country: 'afghanistan', lon: 69.17, lat: 34.53, label: 'below' },
  { id: 'mazar', name: 'Mazar-i-Sharif', country: 'afghanistan', lon: 67.11, lat: 36.71, label: 'left' },
  { id: 'kunduz', name: 'Kunduz', country: 'afghanistan', lon: 68.87, lat: 36.73, label: 'below' },
  {
    id: 'shir_khan_bandar',
    name: 'Shir Khan Bandar',
    country: 'afghanistan',
    lon: 68.6,
    lat: 37.16,
    label: 'above',
  },
  { id: 'faizabad', name: 'Faizabad', country: 'afghanistan', lon: 70.58, lat: 37.12 },
  {
    id: 'jalalabad',
    name: 'Jalalabad (Nangarhar)',
    country: 'afghanistan',
    lon: 70.45,
    lat: 34.43,
    label: 'below',
  },
  { id: 'herat', name: 'Herat', country: 'afghanistan', lon: 62.2, lat: 34.35 },
  { id: 'kandahar', name: 'Kandahar', country: 'afghanistan', lon: 65.71, lat: 31.61 },
  { id: 'lashkar_gah', name: 'Lashkar Gah', country: 'afghanistan', lon: 64.37, lat: 31.59, label: 'left' },
  { id: 'dushanbe', name: 'Dushanbe', country: 'tajikistan', lon: 68.77, lat: 38.56, label: 'above' },
  { id: 'base_201', name: '201st base', country: 'tajikistan', lon: 68.78, lat: 37.84 },
  { id: 'termez', name: 'Termez', country: 'uzbekistan', lon: 67.28, lat: 37.25, label: 'left' },
  { id: 'tashkent', name: 'Tashkent', country: 'uzbekistan', lon: 69.24, lat: 41.3 },
  { id: 'ashgabat', name: 'Ashgabat', country: 'turkmenistan', lon: 58.38, lat: 37.95 },
  { id: 'kant', name: 'Kant air base', country: 'kyrgyzstan', lon: 74.85, lat: 42.85 },
  { id: 'islamabad', name: 'Islamabad', country: 'pakistan', lon: 73.05, lat: 33.68 },
];

/** The northern narcotics route: from northern Afghanistan through Central Asia towards Russia. */
export const ROUTES: readonly { id: string; name: string; points: [number, number][] }[] = [
  {
    id: 'northern_route',
    name: 'Northern narcotics route',
    points: [
      [68.87, 36.73],
      [68.6, 37.16],
      [68.78, 37.84],
      [68.77, 38.56],
      [69.62, 40.28],
      [69.24, 41.3],
      [68.25, 43.3],
      [65.5, 44.85],
      [57.2, 50.28],
      [55.1, 51.77],
    ],
  },
];
