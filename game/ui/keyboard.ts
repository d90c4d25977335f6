import type { MapScene } from '../scenes/MapScene.ts';
import type { Session } from './session.ts';

export interface KeyActions {
  session: Session;
  scene(): MapScene;
  overlayOpen(): boolean;
  closeOverlay(): void;
  toggleHelp(): void;
  newGame(): void;
  download(): void;
  share(): void;
  open(): void;
  selectTab(tab: 'decide' | 'log' | 'charts' | 'scores'): void;
  toggleAutoplay(): void;
}

/** The keyboard shortcuts of the help overlay (game/ui/help.ts), for every main action. */
export function bindKeys(k: KeyActions): void {
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (
      target &&
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) &&
      (target as HTMLInputElement).type !== 'radio'
    )
      return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const { session } = k;
    if (event.key === 'Escape') return k.closeOverlay();
    if (event.key === '?') return k.toggleHelp();
    if (k.overlayOpen()) return;
    const decide = document.getElementById('decide') as HTMLFormElement | null;
    const scene = k.scene();
    // Letters work in either case; named keys (Enter, ArrowLeft, ...) keep their names.
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const step = (by: number) => {
      if (session.started) session.scrub((session.viewing ?? session.records.length - 1) + by);
    };
    /** Shortcuts that always apply. */
    const always: Record<string, () => void> = {
      ',': () => step(-1),
      '.': () => step(1),
      l: () => session.returnToLive(),
      d: k.download,
      s: k.share,
      o: k.open,
      g: k.newGame,
      a: () => k.selectTab('decide'),
      j: () => k.selectTab('log'),
      c: () => k.selectTab('charts'),
      p: () => k.selectTab('scores'),
      '+': () => scene.zoomBy(1.25),
      '=': () => scene.zoomBy(1.25),
      '-': () => scene.zoomBy(0.8),
      '0': () => scene.resetView(),
      ArrowLeft: () => scene.panBy(-60, 0),
      ArrowRight: () => scene.panBy(60, 0),
      ArrowUp: () => scene.panBy(0, -60),
      ArrowDown: () => scene.panBy(0, 60),
    };
    const handled = (() => {
      const action = Object.hasOwn(always, key) ? always[key] : undefined;
      if (action) {
        action();
        return true;
      }
      switch (key) {
        case 'n':
          if (!session.deciding) document.getElementById('next-turn')?.click();
          return true;
        case 'Enter':
          decide?.requestSubmit();
          return decide !== null;
        case ' ':
          if (session.playback) k.toggleAutoplay();
          return session.playback !== null;
        default: {
          const digit = Number(key);
          if (decide && digit >= 1 && digit <= 9) {
            const radio = decide.querySelector<HTMLInputElement>(`input[data-key="${digit}"]`);
            if (radio) radio.checked = true;
            return radio !== null;
          }
          return false;
        }
      }
    })();
    if (handled) event.preventDefault();
  });
}
