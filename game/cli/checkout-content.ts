import { loadLibrary } from '../content/disk.ts';
import type { Library } from '../content/library.ts';
import { createContentSource } from '../content/source.ts';
import type { ContentSource, EngineError } from '../engine/index.ts';
import { CliError } from './errors.ts';

let cached: { library: Library; source: ContentSource } | null = null;

/** The content of this checkout's scenarios/ folder, loaded once per command. */
export function checkoutContent(): { library: Library; source: ContentSource } {
  if (!cached) {
    const library = loadLibrary();
    cached = { library, source: createContentSource(library) };
  }
  return cached;
}

/** An engine error as a CLI failure: content problems and user mistakes are both bad input here (exit 2). */
export function engineFailure(error: EngineError): CliError {
  return new CliError(2, error.message);
}
