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
    const handled = (() => {
      switch (event.key) {
        case 'n':
        case 'N':
          if (!session.deciding) document.getElementById('next-turn')?.click();
          return true;
        case 'Enter':
          decide?.requestSubmit();
          return decide !== null;
        case ',':
          if (session.started) session.scrub((session.viewing ?? session.records.length - 1) - 1);
          return true;
        case '.':
          if (session.started) session.scrub((session.viewing ?? session.records.length - 1) + 1);
          return true;
        case 'l':
        case 'L':
          session.returnToLive();
          return true;
        case ' ':
          if (session.playback) k.toggleAutoplay();
          return session.playback !== null;
        case 'd':
        case 'D':
          k.download();
          return true;
        case 's':
        case 'S':
          k.share();
          return true;
        case 'o':
        case 'O':
          k.open();
          return true;
        case 'g':
        case 'G':
          k.newGame();
          return true;
        case 'a':
        case 'A':
          k.selectTab('decide');
          return true;
        case 'j':
        case 'J':
          k.selectTab('log');
          return true;
        case 'c':
        case 'C':
          k.selectTab('charts');
          return true;
        case 'p':
        case 'P':
          k.selectTab('scores');
          return true;
        case '+':
        case '=':
          scene.zoomBy(1.25);
          return true;
        case '-':
          scene.zoomBy(0.8);
          return true;
        case '0':
          scene.resetView();
          return true;
        case 'ArrowLeft':
          scene.panBy(-60, 0);
          return true;
        case 'ArrowRight':
          scene.panBy(60, 0);
          return true;
        case 'ArrowUp':
          scene.panBy(0, -60);
          return true;
        case 'ArrowDown':
          scene.panBy(0, 60);
          return true;
        default: {
          const digit = Number(event.key);
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
