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

/** A quiet word (a saved game set aside): a status, not an alert, with a way to dismiss it. */
export function noticeBanner(message: string | null, dismiss: () => void): HTMLElement | null {
  if (!message) return null;
  return el(
    'div',
    { class: 'notice', role: 'status', id: 'notice' },
    el('span', {}, message),
    ' ',
    el('button', { type: 'button', id: 'dismiss-notice', onclick: dismiss }, 'Dismiss'),
  );
}
