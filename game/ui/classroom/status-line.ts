import type { ViewMessage } from '../../protocol/classroom.ts';
import { el } from '../dom.ts';
import type { LinkState } from './socket.ts';
import { linkText, sessionStatus } from './words.ts';

type Where = Pick<ViewMessage<unknown>, 'turn' | 'date' | 'phase' | 'paused' | 'deadline' | 'now'>;

/**
 * The connection and where the session is, always in sight. It ticks each second while a turn timer runs, and
 * mirrors the state on <body data-cl-*>, which the browser test waits on instead of sleeping.
 */
export class StatusLine {
  readonly element: HTMLElement;
  private readonly link = el('span', { class: 'cl-link', id: 'cl-link' });
  private readonly where = el('span', { class: 'cl-where', id: 'cl-where' });
  private last: { message: Where; turns: number | null } | null = null;
  private ticker: number | null = null;
  /** The server's clock less this device's, as of the last view: the time left counts on the server's. */
  private skew = 0;

  constructor() {
    this.element = el('p', { class: 'cl-status', role: 'status' }, this.link, ' · ', this.where);
    this.setLink({ kind: 'connecting', attempt: 0 });
  }

  setLink(state: LinkState): void {
    this.link.textContent = linkText(state);
    this.link.dataset.state = state.kind;
    document.body.dataset.clLink = state.kind;
  }

  setView(message: Where, turns: number | null): void {
    this.last = { message, turns };
    this.skew = message.now - Date.now();
    this.draw();
    const body = document.body.dataset;
    body.clTurn = String(message.turn);
    body.clPhase = message.phase;
    body.clPaused = String(message.paused);
    const ticking = message.deadline !== null && !message.paused && message.phase !== 'over';
    if (ticking && this.ticker === null) this.ticker = window.setInterval(() => this.draw(), 1000);
    if (!ticking && this.ticker !== null) {
      window.clearInterval(this.ticker);
      this.ticker = null;
    }
  }

  private draw(): void {
    if (this.last)
      this.where.textContent = sessionStatus(this.last.message, this.last.turns, Date.now() + this.skew);
  }
}
