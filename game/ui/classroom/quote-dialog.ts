import type { Citation } from '../../engine/index.ts';
import { el, fill } from '../dom.ts';
import { contextDialog } from '../quotes.ts';

/** The "in context" dialog of a quote, over the classroom page; Escape or Close shuts it and gives focus back. */
export class QuoteDialog {
  readonly element = el('div', { id: 'overlay', hidden: true });
  private before: HTMLElement | null = null;

  constructor() {
    this.element.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
    });
    this.element.addEventListener('click', (e) => {
      if (e.target === this.element) this.close();
    });
  }

  open(citation: Citation): void {
    this.before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    fill(
      this.element,
      contextDialog(citation, () => this.close()),
    );
    this.element.hidden = false;
    this.element.querySelector('button')?.focus();
  }

  close(): void {
    this.element.hidden = true;
    fill(this.element);
    this.before?.focus();
  }
}
