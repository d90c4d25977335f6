import { type ScenarioContent, zoneControllers } from '../engine/index.ts';
import { BADGES } from '../scenes/icons.ts';
import { COLOURS, controlKey, UNKNOWN_CONTROL } from '../scenes/palette.ts';
import { el, fill } from './dom.ts';
import { badgeKey } from './map-badges.ts';

const hex = (n: number) => `#${n.toString(16).padStart(6, '0')}`;
const mark = (shape: string, colour: number) =>
  el('span', { class: `mark ${shape}`, style: `--colour:${hex(colour)}`, 'aria-hidden': 'true' });
/** A sample badge as the map draws it: filled in the actor's colour if it succeeded, ringed in it if it failed. */
const badge = (letter: string, colour: string, success: boolean) =>
  el(
    'span',
    {
      class: `badge ${success ? 'filled' : 'ringed'}`,
      style: `--colour:${colour};color:${success ? '#ffffff' : COLOURS.failedText}`,
      'aria-hidden': 'true',
    },
    letter,
  );
/** The grey the legend's sample badges are drawn in: the map draws each in its actor's colour. */
const SAMPLE = '#5a5a5a';

/**
 * The map's legend: every mark the map draws. Zone control (colour, and the zone's label) for the actors that
 * can hold a zone in the game shown, the markers, the line widths, and this turn's action badges: whose they
 * are (each actor of the game in its badge colour), filled or ringed, and their letters, listed from the table
 * the map draws them with, so the two cannot drift apart.
 */
export class Legend {
  readonly element: HTMLElement;
  private readonly control = el('div', {});
  /** Each actor of the game shown in the colour its badges have. */
  private readonly actors = el('div', { class: 'actors' });
  /** The controllers listed, so that the key is rebuilt only when the game shown has others. */
  private listed: string | null = null;

  constructor() {
    // A <details>, so that it folds away where it would hide the map; open by default where there is room.
    this.element = el(
      'details',
      { id: 'legend', 'aria-label': 'Legend', open: window.innerWidth >= 1500 },
      el('summary', {}, 'Legend'),
      this.control,
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
        badge('T', SAMPLE, true),
        'succeeded ',
        badge('T', SAMPLE, false),
        'failed, in the colour of who acted (hover or tap one for its name):',
      ),
      this.actors,
      el(
        'div',
        { class: 'letters' },
        ...BADGES.map((b) => el('span', {}, el('strong', {}, b.letter), ` ${b.meaning}`)),
      ),
    );
    this.show(null);
  }

  /** Keys zone control to the actors that can hold a zone in this content; before any game, grey alone. */
  show(content: ScenarioContent | null): void {
    const controllers = content ? zoneControllers(content) : [];
    const key = content ? badgeKey(content) : [];
    const listed = `${controllers.join(' ')}|${key.map((k) => k.id).join(' ')}`;
    if (listed === this.listed) return;
    this.listed = listed;
    fill(
      this.control,
      ...controlKey(controllers).flatMap(({ name, colour }) => [mark('swatch', colour), `${name} `]),
      mark('swatch', UNKNOWN_CONTROL),
      'unknown',
    );
    fill(
      this.actors,
      ...key.map(({ id, name, colour }) =>
        el(
          'span',
          { 'data-actor': id },
          el('span', { class: 'mark dot', style: `--colour:${colour}`, 'aria-hidden': 'true' }),
          name,
        ),
      ),
    );
  }
}
