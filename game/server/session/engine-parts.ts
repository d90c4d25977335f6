import type { Game, GameView, LegalAction } from '../../engine/index.ts';
import { legalActions, view } from '../../engine/index.ts';
import { redactForRole } from './redact.ts';

/**
 * The engine's part of a view (the redacted game and the legal actions) changes only when the game does: when
 * a turn resolves or the teacher injects an event. A session sends views after every decision and message, to
 * every client, so this part is worked out once per game and role and reused until the game changes. Games
 * are immutable (immer), so the game object itself is the key; a replaced game frees its entries.
 */
const parts = new WeakMap<Game, Map<string, GameView | LegalAction[] | null>>();

function cached<T extends GameView | LegalAction[] | null>(game: Game, key: string, make: () => T): T {
  let forGame = parts.get(game);
  if (!forGame) {
    forGame = new Map();
    parts.set(game, forGame);
  }
  if (!forGame.has(key)) forGame.set(key, make());
  return forGame.get(key) as T;
}

/** The game as `role` may see it: the engine's view, with other actors' resources and scores withheld. */
export function gameFor(game: Game, role: string, reasons: boolean): GameView | null {
  return cached(game, `game:${role}:${reasons}`, () => {
    const engine = view(game, role);
    return engine.ok ? redactForRole(engine.view, role, reasons) : null;
  });
}

/** The teacher's game: everything, the seed included. */
export function teacherGame(game: Game): GameView | null {
  return cached(game, 'game:teacher', () => {
    const engine = view(game, 'teacher');
    return engine.ok ? engine.view : null;
  });
}

/** The actions `role` may take this turn (empty for an unknown role or a game that is over). */
export function legalFor(game: Game, role: string): LegalAction[] {
  return cached(game, `legal:${role}`, () => {
    const legal = legalActions(game, role);
    return legal.ok ? legal.actions : [];
  });
}
