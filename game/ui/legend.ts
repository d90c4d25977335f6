import { ICONS } from '../scenes/MapScene.ts';
import { COLOURS, CONTROL_COLOURS, CONTROL_NAMES } from '../scenes/palette.ts';
import { el } from './dom.ts';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/** The map's legend: control (colour and label), and what the markers and line widths mean. */
export function legend(): HTMLElement {
  const swatch = (colour: number) => el('span', { class: 'swatch', style: `background:${hex(colour)}` });
  return el(
    'div',
    { id: 'legend', 'aria-label': 'Legend' },
    ...Object.entries(CONTROL_COLOURS).map(([id, colour]) =>
      el('div', {}, swatch(colour), `${CONTROL_NAMES[id]} control (also in the label)`),
    ),
    el('div', {}, swatch(COLOURS.isisk), 'ISIS-K presence (dot size)'),
    el('div', {}, swatch(COLOURS.refugees), 'Refugees leaving (triangle size)'),
    el('div', {}, swatch(COLOURS.border), 'Tajik, Uzbek, Turkmen borders (width: security)'),
    el('div', {}, swatch(COLOURS.route), 'Northern narcotics route (width: flow)'),
    el(
      'div',
      {},
      `This turn: ${[...new Map(Object.values(ICONS).map((i) => [i.letter, i.meaning])).entries()].map(([l, m]) => `${l} ${m}`).join(', ')}`,
    ),
    el('div', {}, 'Fill strength: stability · hover a zone for its values'),
  );
}
