import type { ContentSource, ReplayFile } from '../engine/index.ts';
import { newGame } from '../engine/index.ts';
import { decisionProblems } from './decisions.ts';

/**
 * What stops a replay from being played back here, before anything is replayed: its game cannot be created
 * (unknown scenario or variant, a bad seed), or its decisions do not fit that game (unknown actors, turns past
 * the recording, two decisions for one actor in a turn). Null when it may be replayed. The CLI and the browser
 * both ask this, so a file one of them refuses the other refuses too.
 */
export function replayFitProblem(source: ContentSource, replay: ReplayFile): string | null {
  const probe = newGame(source, {
    scenario: replay.scenario,
    variant: replay.variant,
    seed: replay.seed,
    withoutSource: replay.options.withoutSource,
  });
  if (!probe.ok) return probe.error.message;
  const problems = decisionProblems(
    replay.decisions,
    probe.game.prepared.actorIds,
    replay.hashes.length,
    'decisions',
  );
  return problems.length > 0 ? problems.join('; ') : null;
}
