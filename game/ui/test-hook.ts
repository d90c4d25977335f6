import type { State } from '../engine/index.ts';
import type { DrawnBadge, MapScene } from '../scenes/MapScene.ts';
import type { Session } from './session.ts';

/** What tests and the benchmark read: `window.__greatgame`, read-only. */
export interface TestHook {
  /** A game is on screen and the map has drawn the turn shown. */
  readonly ready: boolean;
  /** Turns played in the record shown (the live game, or the turn being looked at). */
  readonly turn: number;
  /** The chained hash after that turn. */
  readonly hash: string | null;
  readonly state: State | null;
  /** Every hash of the live game, h_0 first. */
  readonly hashes: readonly string[];
  readonly viewing: number | null;
  readonly renderer: string;
  /** No action icon is animating. */
  readonly idle: boolean;
  /** The render loop sleeps: the map is still, and nothing is drawn until something changes. */
  readonly asleep: boolean;
  /** A played-back replay's verdict kind, or null. */
  readonly verdict: string | null;
  readonly error: string | null;
  /** Bumped on every change: a cheap way to wait for the next render. */
  readonly version: number;
  /** The smallest label the map shows (a zone, place or country name), in screen pixels. */
  readonly labelPx: number;
  /** The map's labels as drawn: their text and box in map coordinates. */
  readonly labelBounds: readonly { text: string; left: number; top: number; right: number; bottom: number }[];
  /** The action badges the map draws for the turn shown: what each says, its colour, its centre on screen. */
  readonly badges: readonly DrawnBadge[];
  /** performance.now() when the map first drew a game: the benchmark's "first map" figure. */
  readonly firstDrawnAt: number | null;
}

declare global {
  interface Window {
    __greatgame: TestHook;
  }
}

let firstDrawnAt: number | null = null;

/** Called when the map has drawn; the first time is kept for the benchmark. */
export function noteDrawn(): void {
  firstDrawnAt ??= performance.now();
}

export function publishTestHook(
  get: () => { session: Session; renderer: string; drawnKey: string; scene: MapScene },
): { changed(): void } {
  let version = 0;
  const hook: TestHook = Object.freeze({
    get ready() {
      const { session, drawnKey } = get();
      return session.started && drawnKey === session.shownKey;
    },
    get turn() {
      const { session } = get();
      return session.started ? session.shown.log.length : 0;
    },
    get hash() {
      const { session } = get();
      return session.started ? (session.shown.hashes[session.shown.hashes.length - 1] ?? null) : null;
    },
    get state() {
      const { session } = get();
      return session.started ? session.shown.state : null;
    },
    get hashes() {
      const { session } = get();
      return session.started ? [...session.live.hashes] : [];
    },
    get viewing() {
      return get().session.viewing;
    },
    get renderer() {
      return get().renderer;
    },
    get badges() {
      return get().scene.badges;
    },
    get idle() {
      return !get().scene.animating;
    },
    get asleep() {
      return get().scene.asleep;
    },
    get verdict() {
      return get().session.playback?.verdict.kind ?? null;
    },
    get error() {
      return get().session.error;
    },
    get version() {
      return version;
    },
    get labelPx() {
      return get().scene.smallestTextPx;
    },
    get labelBounds() {
      return get().scene.labelBounds;
    },
    get firstDrawnAt() {
      return firstDrawnAt;
    },
  });
  Object.defineProperty(window, '__greatgame', { value: hook, writable: false, configurable: false });
  return {
    changed() {
      version++;
    },
  };
}
