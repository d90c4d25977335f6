import type { ContentSource, Game, GameView, Prepared, State } from '../../engine/index.ts';
import { newGame } from '../../engine/index.ts';

/**
 * A Game record rebuilt around a view the server sent, so the single-screen game's panels (log, charts, map,
 * the decision texts) can draw it. The compiled content comes from the bundled scenarios (the same files the
 * server plays); the state and the log are the server's. Nothing here is ever stepped: the server plays.
 * The starting state does not depend on the seed, so a game made with seed 0 gives it.
 */
const opened = new Map<string, { prepared: Prepared; initial: State } | null>();

function open(source: ContentSource, scenario: string, variant: string) {
  const key = `${scenario}|${variant}`;
  if (!opened.has(key)) {
    const made = newGame(source, { scenario, variant, seed: 0 });
    opened.set(key, made.ok ? { prepared: made.game.prepared, initial: made.game.initial } : null);
  }
  return opened.get(key) ?? null;
}

export function gameFromView(
  source: ContentSource,
  settings: { scenario: string; variant: string },
  view: GameView,
): Game | null {
  const base = open(source, settings.scenario, settings.variant);
  if (!base) return null;
  return {
    prepared: base.prepared,
    initial: base.initial,
    // A student's state has other actors' resources and scores as null: the panels that read them show blanks.
    state: view.state as unknown as State,
    log: view.log,
    hashes: view.hashes,
    humans: [],
  };
}
