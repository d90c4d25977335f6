import type { Library } from '../content/library.ts';

/** An actor's name from its file, or its id. */
export function actorLabel(library: Library, id: string): string {
  return library.actors.get(id)?.name ?? id;
}
