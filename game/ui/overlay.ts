import type { Library } from '../content/library.ts';
import type { Citation } from '../engine/index.ts';
import { briefingDialog } from './briefing-dialog.ts';
import { el, fill } from './dom.ts';
import { handoverDialog } from './handover.ts';
import { helpDialog } from './help.ts';
import { contextDialog } from './quotes.ts';
import { resumeDialog } from './resume-dialog.ts';
import type { Session, StartOptions } from './session.ts';
import { setupDialog } from './setup.ts';
import { shareDialog } from './share-dialog.ts';
import type { WhatIfDialog } from './what-if/dialog.ts';

/** A dialog the page asked for. The hot-seat hand-over screen is not one: the session's queue decides that. */
export type Dialog =
  | { kind: 'setup' }
  | { kind: 'help' }
  /** A role's briefing before its first decision, or asked for from the hand-over screen. */
  | { kind: 'briefing'; actor: string }
  | { kind: 'quote'; citation: Citation }
  | { kind: 'share'; url: string }
  | { kind: 'resume'; offer: string; resume(): void; fresh(): void }
  | { kind: 'what-if'; view: WhatIfDialog };

/**
 * The layer over the page: the dialog asked for, else the hand-over screen when the session waits for the next
 * player, else nothing. Before any game starts it shows the setup form.
 */
export class Overlay {
  readonly element = el('div', { id: 'overlay', hidden: true });
  private dialog: Dialog | null = null;
  /** What is on screen; the content is rebuilt only when this changes, so a half-filled form survives redraws. */
  private shown: Dialog | string | null = null;
  /** What had the focus before the overlay opened. */
  private focusBefore: HTMLElement | null = null;

  constructor(
    private readonly session: Session,
    private readonly library: Library,
    private readonly page: {
      changed(): void;
      /** The setup form's defaults (the address's game) and what starting one says. */
      setupDefaults(): Partial<StartOptions>;
      start(options: StartOptions): string | null;
    },
  ) {}

  get kind(): Dialog['kind'] | null {
    return this.dialog?.kind ?? null;
  }

  /** A dialog or the hand-over screen covers the page. */
  get covering(): boolean {
    return this.dialog !== null || this.session.handoverTo !== null;
  }

  /** Shows a dialog, or with null closes it, and redraws the page. */
  show(dialog: Dialog | null): void {
    this.set(dialog);
    this.page.changed();
  }

  /** Shows a dialog, or closes it, without a redraw (for a caller that redraws anyway). */
  set(dialog: Dialog | null): void {
    // A what-if dialog closed (or replaced) takes its continuations with it.
    if (this.dialog?.kind === 'what-if' && this.dialog !== dialog) this.dialog.view.stop();
    this.dialog = dialog;
  }

  render(): void {
    const { session } = this;
    // Before any game there is always the setup form; closing it (Escape) keeps the one on screen, half-filled.
    if (!session.started && this.dialog === null)
      this.dialog =
        typeof this.shown === 'object' && this.shown?.kind === 'setup' ? this.shown : { kind: 'setup' };
    const handover = this.dialog === null ? session.handoverTo : null;
    const wanted = handover ? `handover:${handover}` : this.dialog;
    if (wanted === this.shown) return;
    this.shown = wanted;
    this.element.hidden = wanted === null;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    fill(
      this.element,
      handover
        ? handoverDialog(handover, {
            ready: () => session.confirmHandover(),
            briefing: () => this.show({ kind: 'briefing', actor: handover }),
            // No one has decided yet in this game: there is no previous player to hide.
            first: session.turnsPlayed === 0 && session.queue.length === session.humans.length,
          })
        : this.content(),
    );
    // Keys go to the dialog that opened (its first control), and back where they were when it closes.
    if (wanted === null) {
      this.focusBefore?.focus();
      this.focusBefore = null;
    } else {
      this.focusBefore ??= returnFocus;
      this.element.querySelector<HTMLElement>('select, input, button')?.focus();
    }
  }

  private content(): HTMLElement | null {
    const dialog = this.dialog;
    const close = () => this.show(null);
    if (dialog === null) return null;
    if (dialog.kind === 'setup') return setupDialog(this.library, this.page.setupDefaults(), this.page.start);
    if (dialog.kind === 'help') return helpDialog(close);
    if (dialog.kind === 'briefing') return briefingDialog(this.session, dialog.actor, close);
    if (dialog.kind === 'quote') return contextDialog(dialog.citation, close);
    if (dialog.kind === 'resume') return resumeDialog(dialog.offer, dialog.resume, dialog.fresh);
    if (dialog.kind === 'what-if') return dialog.view.element;
    return shareDialog(dialog.url, close);
  }
}
