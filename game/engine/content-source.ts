import type { Result } from './result.ts';
import type { ActorFile } from './schema/actor.ts';
import type { EventsFile, ScenarioFile } from './schema/scenario.ts';

/**
 * What the engine plays: one scenario with its variant applied and its actors' files, already parsed by the
 * zod schemas. The content layer (game/content) builds it from files or bundled JSON; the engine never reads files.
 */
export interface ScenarioContent {
  id: string;
  variant: string;
  /** Hash of the resolved content, recorded in replays as `scenarioHash`. */
  hash: string;
  withoutSource: readonly string[];
  scenario: ScenarioFile;
  /** The files of the scenario's actors, in id order. */
  actors: readonly ActorFile[];
  events: EventsFile;
  /** Where each part came from, for error messages: `actors/russia.json` and the like. */
  files: { scenario: string; events: string; actors: Readonly<Record<string, string>> };
}

export interface ResolveRequest {
  scenario: string;
  variant: string;
  withoutSource: readonly string[];
}

/** Implemented by game/content: turns a scenario id and variant into playable content. */
export interface ContentSource {
  resolve(request: ResolveRequest): Result<{ content: ScenarioContent }>;
}
