import { el } from './dom.ts';

/** What went wrong (a bad file, link or address), with a way to dismiss it; nothing when all is well. */
export function errorBanner(message: string | null, dismiss: () => void): HTMLElement | null {
  if (!message) return null;
  return el(
    'div',
    { class: 'error', role: 'alert', id: 'error' },
    el('span', {}, message),
    ' ',
    el('button', { type: 'button', id: 'dismiss-error', onclick: dismiss }, 'Dismiss'),
  );
}
