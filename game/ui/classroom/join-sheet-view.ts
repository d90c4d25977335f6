import type { Library } from '../../content/library.ts';
import { el, fill } from '../dom.ts';
import { call } from './http.ts';
import {
  isLoopbackHost,
  joinBase,
  joinSheet,
  type Slip,
  staleTypedBase,
  suggestedBase,
} from './join-sheet.ts';
import { qrImage } from './qr.ts';
import type { ClassroomStorage } from './storage.ts';

function slip(s: Slip): HTMLElement {
  return el(
    'article',
    { class: 'cl-slip', 'data-role': s.role },
    el('h3', {}, s.name),
    el('div', { class: 'cl-slip-code' }, 'Code ', el('strong', { class: 'cl-code' }, s.code)),
    qrImage(s.url, `QR code to join as ${s.name}`),
    el('div', { class: 'cl-url' }, s.url),
    el('p', { class: 'cl-brief' }, s.brief),
  );
}

/**
 * The join codes and QR codes of a session, one slip per role, which also print as the join sheet (print CSS
 * keeps only the slips). The address on them is the one students reach: one the teacher typed, else the page's own
 * or the server's first network address (a page opened at localhost would print links no phone can follow).
 */
export class JoinSheet {
  readonly element = el('section', {
    class: 'cl-panel cl-sheet-panel',
    id: 'cl-sheet',
    'aria-label': 'Join codes',
  });
  private readonly slips = el('div', { class: 'cl-sheet' });
  private readonly warning = el('p', { class: 'error', hidden: true });
  /** Until the server says where the room reaches it, the page's own address. */
  private suggested = window.location.origin;
  /** The server's own addresses, once it has said them. */
  private serverUrls: string[] = [];
  private readonly address: HTMLInputElement;

  constructor(
    private readonly library: Library,
    private readonly storage: ClassroomStorage,
    private readonly scenario: string,
    private readonly codes: Readonly<Record<string, string>>,
  ) {
    const address = el('input', {
      id: 'cl-join-base',
      value: storage.joinBase() ?? '',
      placeholder: this.suggested,
      'aria-label': 'Address students open',
      onchange: (e: Event) => {
        storage.saveJoinBase((e.target as HTMLInputElement).value.trim());
        this.draw();
      },
    });
    fill(
      this.element,
      el('h2', {}, 'Join codes'),
      el(
        'label',
        {},
        'Address students open ',
        address,
        el('span', { class: 'muted' }, ' blank: the address the server found on the network'),
      ),
      this.warning,
      el('button', { type: 'button', id: 'cl-print', onclick: () => window.print() }, 'Print the join sheet'),
      this.slips,
    );
    this.address = address;
    this.draw();
    void this.ask();
  }

  /** Asks the server where the room reaches it; without an answer the sheet keeps the page's own address. */
  private async ask(): Promise<void> {
    const answer = await call<{ urls?: unknown }>('/api/addresses', { bearer: this.storage.teacherKey() });
    const urls = answer.ok && Array.isArray(answer.value.urls) ? answer.value.urls.map(String) : [];
    this.serverUrls = urls;
    this.suggested = suggestedBase(window.location.origin, urls);
    this.address.placeholder = this.suggested;
    this.draw();
  }

  private draw(): void {
    const base = joinBase(this.storage.joinBase(), this.suggested);
    const host = new URL(base).hostname;
    const stale = staleTypedBase(this.storage.joinBase(), window.location.origin, this.serverUrls);
    this.warning.hidden = !isLoopbackHost(host) && stale === null;
    this.warning.textContent =
      stale ??
      `${host} is this computer: phones cannot open it, and the server found no network address. Start it with npm run classroom, or type the address it printed for the network, e.g. http://192.168.1.20:8080.`;
    fill(this.slips, ...joinSheet(this.library, this.scenario, this.codes, base).map(slip));
  }
}
