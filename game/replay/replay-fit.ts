import type { ContentSource, ReplayFile } from '../engine/index.ts';
import { openScenario } from '../engine/index.ts';
import { decisionProblems } from './decisions.ts';

/**
 * What stops a replay from being played back here, before anything is replayed: its game cannot be created
 * (unknown scenario or variant; the file's schema has checked its seed), or its decisions do not fit that game (unknown actors, turns past
 * the recording, two decisions for one actor in a turn). Null when it may be replayed. The CLI and the browser
 * both ask this, so a file one of them refuses the other refuses too.
 */
export function replayFitProblem(source: ContentSource, replay: ReplayFile): string | null {
  const opened = openScenario(source, {
    scenario: replay.scenario,
    variant: replay.variant,
    withoutSource: replay.options.withoutSource,
  });
  if (!opened.ok) return opened.error.message;
  const problems = decisionProblems(replay.decisions, opened.actorIds, replay.hashes.length, 'decisions');
  return problems.length > 0 ? problems.join('; ') : null;
}
