import { type ScenarioFile, type State, TAKEOVER_SHARE } from '../engine/index.ts';
import { mapZones } from '../map/zones.ts';
import { controllerName } from '../scenes/palette.ts';
import { el } from './dom.ts';

/** A zone's values, for the map's hover or tap tooltip, under the name the scenario gives it on the map. */
export function zoneTooltip(id: string, state: State, scenario: ScenarioFile): HTMLElement {
  const zone = state.zones[id];
  const name = mapZones(scenario).find((z) => z.id === id)?.name ?? id;
  if (!zone) return el('div', {}, name);
  const row = (label: string, value: string | number | null) =>
    value === null ? null : el('div', {}, `${label}: ${value}`);
  return el(
    'div',
    { id: 'zone-tooltip', 'data-zone': id },
    el('strong', {}, name),
    row('Control', zone.control === null ? null : controllerName(zone.control)),
    row(
      'Taliban share',
      // Says why a zone with a large Taliban share is not theirs yet.
      zone.control === 'taliban' || zone.taliban === null
        ? zone.taliban
        : `${zone.taliban} (they take control at ${TAKEOVER_SHARE})`,
    ),
    row('Stability', zone.stability),
    row('ISIS-K presence', zone.isisk),
    row('Opium', zone.opium),
    row('Refugees', zone.refugees),
  );
}
