import { type ScenarioFile, type State, TAKEOVER_SHARE } from '../engine/index.ts';
import { mapZones } from '../map/zones.ts';
import { controllerName } from '../scenes/palette.ts';
import { actorWords, withUnit, zoneFieldWords } from '../text/vocabulary.ts';
import { el } from './dom.ts';

const controlName = (id: string) => {
  const short = controllerName(id);
  return short === id ? actorWords(id).label : short;
};

/** A zone's values, for the map's hover or tap tooltip, under the name the scenario gives it on the map. */
export function zoneTooltip(id: string, state: State, scenario: ScenarioFile): HTMLElement {
  const zone = state.zones[id];
  const name =
    mapZones(scenario).find((z) => z.id === id)?.name ?? scenario.zones.find((z) => z.id === id)?.name ?? id;
  if (!zone) return el('div', {}, name);
  // Each line under the vocabulary's label, its meaning on hover.
  const row = (field: string, value: string | number | null) => {
    if (value === null) return null;
    const w = zoneFieldWords(field);
    const shown = typeof value === 'number' ? withUnit(value, w.unit) : value;
    return el('div', { title: w.meaning }, `${w.label}: ${shown}`);
  };
  const share = zone.taliban === null ? null : withUnit(zone.taliban, zoneFieldWords('taliban').unit);
  return el(
    'div',
    { id: 'zone-tooltip', 'data-zone': id },
    el('strong', {}, name),
    // The map's short name where it has one ("Republic"), else the actor's: a neighbour holds its own land.
    row('control', zone.control === null ? null : controlName(zone.control)),
    row(
      'taliban',
      // Says why a zone with a large Taliban share is not theirs yet.
      zone.control === 'taliban' || share === null
        ? share
        : `${share} (they take control at ${TAKEOVER_SHARE}%)`,
    ),
    row('stability', zone.stability),
    row('isisk', zone.isisk),
    row('opium', zone.opium),
    row('refugees', zone.refugees),
    row('security', zone.security),
  );
}
