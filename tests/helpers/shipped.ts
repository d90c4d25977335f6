import { loadLibrary } from '../../game/content/disk.ts';
import { createContentSource } from '../../game/content/source.ts';
import type { ContentSource, Game } from '../../game/engine/index.ts';
import { newGame, step } from '../../game/engine/index.ts';

/** The content shipped in scenarios/, loaded once per test file. */
export const library = loadLibrary();
export const shipped: ContentSource = createContentSource(library);

/** Plays a shipped scenario to the end with every actor on its table. */
export function playToEnd(scenario: string, seed: number, source: ContentSource = shipped): Game {
  const created = newGame(source, { scenario, seed });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  while (game.state.meta.phase !== 'over') {
    const stepped = step(game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    game = stepped.game;
  }
  return game;
}
