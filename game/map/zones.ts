import type { ScenarioFile } from '../engine/index.ts';

/** An Afghan zone of a scenario as the map names it. */
export interface MapZone {
  id: string;
  /** The zone's name on the map: the scenario's name without the provinces it lists in brackets. */
  name: string;
}

/** A zone's name on the map: "North (Balkh, Kunduz, Faryab)" reads "North", as a label has little room. */
export function mapName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '');
}

/**
 * The Afghan zones of a scenario, in its order: the zones the map colours and names. Their shapes and centres
 * are the map's (assets/map.json, grown from game/map/places.ts); the list and the names are the scenario's.
 */
export function mapZones(scenario: ScenarioFile): MapZone[] {
  return scenario.zones.filter((z) => z.kind === 'afghan').map((z) => ({ id: z.id, name: mapName(z.name) }));
}
