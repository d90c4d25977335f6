import { type State, TAKEOVER_SHARE } from '../engine/index.ts';
import type { MapGeometry } from '../map/geometry.ts';
import { CONTROL_NAMES } from '../scenes/palette.ts';
import { el } from './dom.ts';

/** A zone's values, for the map's hover or tap tooltip. */
export function zoneTooltip(id: string, state: State, geometry: MapGeometry): HTMLElement {
  const zone = state.zones[id];
  const name = geometry.zones.find((z) => z.id === id)?.name ?? id;
  if (!zone) return el('div', {}, name);
  const row = (label: string, value: string | number | null) =>
    value === null ? null : el('div', {}, `${label}: ${value}`);
  return el(
    'div',
    { id: 'zone-tooltip', 'data-zone': id },
    el('strong', {}, name),
    row('Control', CONTROL_NAMES[zone.control ?? ''] ?? zone.control),
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
