import { monthName } from '../text/words.ts';
import { el, withKey } from './dom.ts';
import type { Session } from './session.ts';

/** What the header's buttons do: the same functions as their keys (keyboard.ts). */
export interface HeaderActions {
  newGame(): void;
  download(): void;
  share(): void;
  open(): void;
  briefing(): void;
  debrief(): void;
  help(): void;
}

/** The bar above the map (`#bar`): the title, the status line and the game's buttons. */
export class Header {
  readonly element: HTMLElement;
  private readonly status = el('span', { class: 'status', id: 'status' });
  private readonly debrief: HTMLButtonElement;

  /** `extra` goes at the end of the bar (the replay file picker, which is hidden). */
  constructor(actions: HeaderActions, ...extra: Node[]) {
    const button = (id: string, label: string, key: string, run: () => void) =>
      el('button', { type: 'button', id, onclick: () => run() }, ...withKey(label, key));
    this.debrief = button('open-debrief', 'Debrief', 'R', actions.debrief);
    this.element = el(
      'header',
      { id: 'bar' },
      el('h1', {}, 'greatgame'),
      this.status,
      button('new-game', 'New game', 'G', actions.newGame),
      button('download-replay', 'Download replay', 'D', actions.download),
      button('share-link', 'Share link', 'S', actions.share),
      button('open-replay', 'Open replay', 'O', actions.open),
      button('open-briefing', 'Briefing', 'B', actions.briefing),
      this.debrief,
      button('help', 'Keys', '?', actions.help),
      ...extra,
    );
  }

  /** The status line: the game shown (scenario, variant, seed, turns played, date), and whether it is a look back. */
  render(session: Session): void {
    this.debrief.disabled = !debriefReady(session);
    this.debrief.title = this.debrief.disabled
      ? 'The after-action report: at the end of a game, or of a replay'
      : 'Open the after-action report in a new tab, ready to print';
    if (!session.started) {
      this.status.textContent = 'No game yet';
      return;
    }
    const shown = session.shown;
    const meta = shown.state.meta;
    const turnsShown = shown.log.length;
    const date = shown.log[turnsShown - 1]?.date ?? meta.date;
    this.status.textContent = `${shown.prepared.content.scenario.title} · ${meta.variant} · seed ${meta.seed} · ${turnsShown} of ${meta.turns} turns played · ${monthName(date)}`;
    if (session.viewing !== null)
      this.status.append(
        ' · ',
        el('span', { class: 'viewing' }, session.playback ? 'replay' : 'looking back (read-only)'),
      );
  }
}

/** The after-action report is of a finished game, or of a replay being played back (finished or not). */
export function debriefReady(session: Session): boolean {
  return session.started && (session.over || session.playback !== null);
}
