import { loadLibrary } from '../../game/content/disk.ts';
import { createContentSource } from '../../game/content/source.ts';
import type { ContentSource, Game } from '../../game/engine/index.ts';
import { playScripted } from '../../game/engine/index.ts';

/** The content shipped in scenarios/, loaded once per test file. */
export const library = loadLibrary();
export const shipped: ContentSource = createContentSource(library);

/** Plays a shipped scenario to the end with every actor on its table. */
export function playToEnd(scenario: string, seed: number, source: ContentSource = shipped): Game {
  const played = playScripted(source, { scenario, seed }, []);
  if (!played.ok) throw new Error(played.error.message);
  return played.game;
}
