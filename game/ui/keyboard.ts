import type { MapControls } from '../scenes/map-camera.ts';
import type { Session } from './session.ts';
import { TABS, type Tab } from './tabs.ts';
import { TYPING_PAUSE_MS, typeDigit } from './typed-number.ts';

/** What the shortcuts act on: the page's own functions, so that a key does exactly what its button does. */
export interface KeyActions {
  session: Session;
  /** The map's pan and zoom. */
  camera(): MapControls;
  /** A dialog or the hot-seat hand-over screen covers the page. */
  covered(): boolean;
  closeOverlay(): void;
  toggleHelp(): void;
  newGame(): void;
  download(): void;
  share(): void;
  open(): void;
  briefing(): void;
  debrief(): void;
  tab(): Tab;
  selectTab(tab: Tab): void;
  toggleAutoplay(): void;
}

interface Shortcut {
  /** The keys as the help overlay writes them. */
  label: string;
  /** What they do, for the help overlay. */
  help: string;
  /** `event.key` values; letters in lower case (either case works). */
  keys: readonly string[];
  /** Also works while a dialog or the hand-over screen covers the page; the others wait until it is gone. */
  whenCovered?: boolean;
  /**
   * Does it; false when it does not apply now, so the key keeps its usual meaning (the next shortcut with the
   * key, if any). `at` is the key's time stamp in milliseconds.
   */
  run(k: KeyActions, key: string, at: number): boolean;
}

const TAB_KEYS: Readonly<Record<string, Tab>> = Object.fromEntries(
  TABS.map((t) => [t.key.toLowerCase(), t.id]),
);
const PAN: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-60, 0],
  ArrowRight: [60, 0],
  ArrowUp: [0, -60],
  ArrowDown: [0, 60],
};

/** The decision form, when it is on screen. */
function decisionForm(k: KeyActions): HTMLFormElement | null {
  return k.tab() === 'decide' ? (document.getElementById('decide') as HTMLFormElement | null) : null;
}

/** The digits typed so far on the decision form, and when the last one came: a pause starts a new number. */
const typing = { digits: '', at: Number.NEGATIVE_INFINITY };

function always(act: (k: KeyActions) => void): Shortcut['run'] {
  return (k) => {
    act(k);
    return true;
  };
}

/** Every shortcut, in the order of the help overlay. The handler and the help both read this table. */
export const SHORTCUTS: readonly Shortcut[] = [
  {
    label: 'N',
    help: 'play the turn (when no person has to decide)',
    keys: ['n'],
    run: always((k) => {
      const next = document.getElementById('next-turn');
      if (next) next.click();
      // No one decides in a game that is over: its queue is empty.
      else if (k.session.deciding)
        k.session.fail(
          'A person still has to decide this turn (Decide tab, A): the turn is played once every human decision is in.',
        );
    }),
  },
  {
    label: '1-9, 10-99, Enter',
    help: 'choose an action by its number (past 9, type both digits quickly), then decide',
    keys: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', 'Enter'],
    run: (k, key, at) => {
      const form = decisionForm(k);
      if (!form) return false;
      if (key === 'Enter') {
        typing.digits = '';
        form.requestSubmit();
        return true;
      }
      const count = form.querySelectorAll('input[name=action]').length;
      const before = at - typing.at < TYPING_PAUSE_MS ? typing.digits : '';
      const digits = typeDigit(before, key, count);
      // A 0 that names no option (not the second digit of 10, 20, ...) is the map's: it resets the view.
      if (!digits) return false;
      typing.digits = digits;
      typing.at = at;
      const radio = form.querySelector<HTMLInputElement>(`input[data-key="${digits}"]`);
      if (radio) radio.checked = true;
      return radio !== null;
    },
  },
  {
    label: TABS.map((t) => t.key).join(' / '),
    help: TABS.map((t) => t.label).join(', '),
    keys: Object.keys(TAB_KEYS),
    run: (k, key) => {
      const tab = TAB_KEYS[key];
      if (tab) k.selectTab(tab);
      return tab !== undefined;
    },
  },
  {
    label: ', and .',
    help: 'look one turn back, one turn forward',
    keys: [',', '.'],
    run: (k, key) => {
      const { session } = k;
      if (session.started) session.scrub(session.shownTurns + (key === ',' ? -1 : 1));
      return true;
    },
  },
  { label: 'L', help: 'return to the live game', keys: ['l'], run: always((k) => k.session.returnToLive()) },
  {
    label: 'Space',
    help: 'play or pause a replay',
    keys: [' '],
    run: (k) => {
      if (k.session.playback) k.toggleAutoplay();
      return k.session.playback !== null;
    },
  },
  {
    label: 'Arrows, + and -, 0',
    help: 'pan, zoom, reset the map (drag, wheel and pinch work too)',
    keys: [...Object.keys(PAN), '+', '=', '-', '0'],
    run: (k, key) => {
      const camera = k.camera();
      const pan = PAN[key];
      if (pan) camera.panBy(pan[0], pan[1]);
      else if (key === '0') camera.resetView();
      else camera.zoomBy(key === '-' ? 0.8 : 1.25);
      return true;
    },
  },
  { label: 'D', help: 'download the replay', keys: ['d'], run: always((k) => k.download()) },
  { label: 'S', help: 'show a share link, with a Copy button', keys: ['s'], run: always((k) => k.share()) },
  {
    label: 'O',
    help: 'open a replay file (or drop one on the page)',
    keys: ['o'],
    run: always((k) => k.open()),
  },
  {
    label: 'B',
    help: 'open the role briefings, ready to print (your roles, or every role)',
    keys: ['b'],
    run: always((k) => k.briefing()),
  },
  {
    label: 'R',
    help: 'open the after-action report (at the end of a game, or of a replay)',
    keys: ['r'],
    run: always((k) => k.debrief()),
  },
  { label: 'G', help: 'new game', keys: ['g'], run: always((k) => k.newGame()) },
  { label: '?', help: 'this help', keys: ['?'], whenCovered: true, run: always((k) => k.toggleHelp()) },
  {
    label: 'Esc',
    help: 'close a dialog',
    keys: ['Escape'],
    whenCovered: true,
    run: always((k) => k.closeOverlay()),
  },
];

/** The shortcuts of each key, in table order: a key may have two (0 types a number, else resets the map). */
const BY_KEY = new Map<string, Shortcut[]>();
for (const s of SHORTCUTS) for (const key of s.keys) BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), s]);

/** Input types where keys are typed, not shortcuts. */
const TYPED = new Set(['text', 'number', 'search', 'url', 'email', 'password', 'tel']);

/**
 * Whether the focused element wants this key for itself: typing, choosing in a list, moving a slider, moving
 * between radio buttons, ticking a box, opening a <summary>, pressing a button.
 */
function ownedByFocus(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return key !== 'Escape';
  if (target instanceof HTMLInputElement) {
    if (TYPED.has(target.type)) return key !== 'Escape';
    if (target.type === 'range')
      return key.startsWith('Arrow') || ['Home', 'End', 'PageUp', 'PageDown'].includes(key);
    if (target.type === 'radio') return key.startsWith('Arrow') || key === ' ';
    if (target.type === 'checkbox') return key === ' ';
  }
  if (
    target instanceof HTMLButtonElement ||
    target instanceof HTMLAnchorElement ||
    target.tagName === 'SUMMARY'
  )
    return key === 'Enter' || key === ' ';
  return false;
}

/** Binds the shortcuts of SHORTCUTS to the window. */
export function bindKeys(k: KeyActions): void {
  window.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Letters work in either case; named keys (Enter, ArrowLeft, ...) keep their names.
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (ownedByFocus(event.target, key)) return;
    for (const shortcut of BY_KEY.get(key) ?? []) {
      if (k.covered() && !shortcut.whenCovered) continue;
      if (shortcut.run(k, key, event.timeStamp)) {
        event.preventDefault();
        return;
      }
    }
  });
}
