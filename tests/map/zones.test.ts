import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ScenarioContent } from '../../game/engine/index.ts';
import type { MapGeometry } from '../../game/map/geometry.ts';
import { ZONE_CENTRES } from '../../game/map/places.ts';
import { mapName, mapZones } from '../../game/map/zones.ts';
import { library, shipped } from '../helpers/shipped.ts';

const map = JSON.parse(
  readFileSync(new URL('../../assets/map.json', import.meta.url), 'utf8'),
) as MapGeometry;

/** Every scenario, as recorded and under each variant that applies to it (a variant may change zones). */
const contents: ScenarioContent[] = [...library.scenarios.keys()].flatMap((scenario) =>
  [
    'baseline',
    ...[...library.variants.values()].filter((v) => v.appliesTo.includes(scenario)).map((v) => v.id),
  ].map((variant) => {
    const resolved = shipped.resolve({ scenario, variant, withoutSource: [] });
    if (!resolved.ok) throw new Error(resolved.error.message);
    return resolved.content;
  }),
);

describe('the zones the map draws, from the scenarios', () => {
  it('gives every Afghan zone of every scenario and variant a shape and a label on the map, and a centre', () => {
    const missing = contents.flatMap((c) =>
      mapZones(c.scenario).flatMap(({ id }) => {
        const shape = map.zones.find((z) => z.id === id);
        const problems = [
          shape && shape.polygons.length > 0 ? null : 'no shape in assets/map.json',
          shape?.label.every(Number.isFinite) ? null : 'no label point',
          ZONE_CENTRES.some((z) => z.id === id) ? null : 'no centre in game/map/places.ts',
        ];
        return problems.filter((p) => p !== null).map((p) => `${c.id}/${c.variant}: ${id}: ${p}`);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('draws no zone that no scenario has', () => {
    const used = new Set(contents.flatMap((c) => mapZones(c.scenario).map((z) => z.id)));
    expect(map.zones.map((z) => z.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it('names each zone as the scenario does, without the provinces in brackets', () => {
    const withdrawal = contents.find((c) => c.id === 'withdrawal-2021' && c.variant === 'baseline');
    expect(withdrawal && mapZones(withdrawal.scenario)).toEqual([
      { id: 'af_kabul', name: 'Kabul' },
      { id: 'af_north', name: 'North' },
      { id: 'af_northeast', name: 'North-east' },
      { id: 'af_east', name: 'East' },
      { id: 'af_south', name: 'South' },
      { id: 'af_west', name: 'West' },
    ]);
    expect(mapName('North (Balkh, Kunduz, Faryab)')).toBe('North');
    expect(mapName('Kabul')).toBe('Kabul');
    expect(mapName('Wakhan (a corridor)  ')).toBe('Wakhan');
  });

  it('keeps the names written into assets/map.json (for readers of that file) as the scenarios have them', () => {
    const names = new Map(contents.flatMap((c) => mapZones(c.scenario).map((z) => [z.id, z.name])));
    for (const centre of ZONE_CENTRES) expect(centre.name, centre.id).toBe(names.get(centre.id));
    for (const zone of map.zones) expect(zone.name, zone.id).toBe(names.get(zone.id));
  });
});
