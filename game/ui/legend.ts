import { BADGES } from '../scenes/icons.ts';
import { COLOURS, CONTROL_COLOURS, CONTROL_NAMES, UNKNOWN_CONTROL } from '../scenes/palette.ts';
import { el } from './dom.ts';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/**
 * The map's legend: every mark the map draws. Zone control (colour, and the zone's label), the markers, the line
 * widths, and this turn's action badges: their rings and their letters, listed from the table the map draws
 * them with, so the two cannot drift apart.
 */
export function legend(): HTMLElement {
  const mark = (shape: string, colour: number) =>
    el('span', { class: `mark ${shape}`, style: `--colour:${hex(colour)}`, 'aria-hidden': 'true' });
  const badge = (letter: string, ring: number, text: string) =>
    el(
      'span',
      { class: 'badge', style: `--colour:${hex(ring)};color:${text}`, 'aria-hidden': 'true' },
      letter,
    );
  // A <details>, so that it folds away where it would hide the map; open by default where there is room.
  return el(
    'details',
    { id: 'legend', 'aria-label': 'Legend', open: window.innerWidth >= 1500 },
    el('summary', {}, 'Legend'),
    el(
      'div',
      {},
      ...Object.entries(CONTROL_COLOURS).flatMap(([id, colour]) => [
        mark('swatch', colour),
        `${CONTROL_NAMES[id]} `,
      ]),
      mark('swatch', UNKNOWN_CONTROL),
      'unknown',
    ),
    el('div', {}, 'Fill: control, strength: stability · hover for values'),
    el(
      'div',
      {},
      mark('dot', COLOURS.isisk),
      'ISIS-K (size) ',
      mark('triangle', COLOURS.refugees),
      'refugees leaving ',
      mark('place', COLOURS.place),
      'place',
    ),
    el('div', {}, mark('line', COLOURS.border), 'Central Asian borders (width: security)'),
    el('div', {}, mark('line', COLOURS.route), 'Northern narcotics route (width: flow)'),
    el(
      'div',
      {},
      'Actions this turn: ',
      badge('T', COLOURS.succeeded, COLOURS.text),
      'succeeded ',
      badge('T', COLOURS.failed, COLOURS.failedText),
      'failed',
    ),
    el(
      'div',
      { class: 'letters' },
      ...BADGES.map((b) => el('span', {}, el('strong', {}, b.letter), ` ${b.meaning}`)),
    ),
  );
}
