import type { Reply } from '../../protocol/classroom.ts';
import { el } from '../dom.ts';

/**
 * A line that says how the last request went: what failed, in the server's words, or that it went through.
 * Each form has one, beside its button, so the error is where the person is looking.
 */
export class Feedback {
  readonly element = el('p', { class: 'cl-feedback', role: 'status', 'aria-live': 'polite' });

  fail(message: string): void {
    this.element.textContent = message;
    this.element.className = 'cl-feedback error';
    this.element.setAttribute('role', 'alert');
  }

  done(message = ''): void {
    this.element.textContent = message;
    this.element.className = 'cl-feedback';
    this.element.setAttribute('role', 'status');
  }

  /** Shows a WebSocket reply: the error's message, or `ok` once acknowledged. Returns whether it was acked. */
  reply(reply: Reply, ok = ''): boolean {
    if (reply.type === 'ack') {
      this.done(ok);
      return true;
    }
    this.fail(`${reply.message ?? 'refused'}${reply.code ? ` (${reply.code})` : ''}`);
    return false;
  }
}
