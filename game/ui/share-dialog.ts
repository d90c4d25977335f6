import { el } from './dom.ts';

/** The share link, ready to copy or open. */
export function shareDialog(url: string, close: () => void): HTMLElement {
  return el(
    'div',
    { class: 'dialog', role: 'dialog', 'aria-label': 'Share link' },
    el('h2', {}, 'Share this game'),
    el(
      'p',
      {},
      'The link carries the whole replay, hashes included: whoever opens it watches the game turn by turn, and it verifies itself.',
    ),
    el('input', { type: 'text', readonly: true, value: url, id: 'share-url', style: 'width: 100%' }),
    el('p', {}, el('a', { href: url, id: 'share-anchor' }, 'Open the link'), ' · ', copyButton(url)),
    el('button', { type: 'button', class: 'primary', onclick: close }, 'Close'),
  );
}

/** Copies the link, and says whether it could: the clipboard needs a secure page (https or localhost). */
function copyButton(text: string): HTMLElement {
  const button = el('button', { type: 'button', id: 'copy-share' }, 'Copy');
  button.addEventListener('click', () => {
    const said = (words: string) => {
      button.textContent = words;
    };
    if (!navigator.clipboard) return said('Copy is not allowed here: select the link and copy it');
    navigator.clipboard.writeText(text).then(
      () => said('Copied'),
      () => said('Copy was refused: select the link and copy it'),
    );
  });
  return button;
}
