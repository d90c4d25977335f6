import { basename } from 'node:path';
import type { Command } from 'commander';
import { readJson } from '../content/disk.ts';
import type { DecisionEntry, Game, NewGameOptions } from '../engine/index.ts';
import { DecisionList, openScenario, playScripted, REPLAY_FORMAT } from '../engine/index.ts';
import { decisionProblems } from '../replay/decisions.ts';
import { ReplayWithForecasts } from '../replay/forecasts.ts';
import { replayVersionProblem } from '../replay/replay-file.ts';
import { checkoutContent, engineFailure } from './checkout-content.ts';
import { usage } from './errors.ts';
import { readUserJson, unreadable } from './files.ts';
import { parseSeed } from './options.ts';

/** The options every command that plays a game shares (run, explain). */
export interface GameFlags {
  scenario: string;
  variant: string;
  seed: number;
  decisions?: string;
  withoutSource: string[];
}

/** A report named once however often it is given, by its file name wherever the path points. */
const collectReport = (value: string, previous: string[]) =>
  previous.includes(basename(value)) ? previous : [...previous, basename(value)];

/** `--scenario` and `--without-source`: what every command that plays games takes (run, explain, explore). */
export function addContentOptions(command: Command): Command {
  return command
    .requiredOption('--scenario <id>', 'scenario id (see `greatgame scenarios`)')
    .option(
      '--without-source <report>',
      'disable every row, interest and effect resting only on this report (repeatable), e.g. 003_5657161a6a22a493.txt',
      collectReport,
      [],
    );
}

export function addGameOptions(command: Command): Command {
  return addContentOptions(command)
    .option('--variant <id>', 'variant id; combine with + (a+b)', 'baseline')
    .requiredOption('--seed <n>', 'non-negative integer seed', parseSeed)
    .option('--decisions <file>', 'JSON list of human decisions [{turn, actor, action, target}]');
}

export function legalList(legal: { action: string; targets: string[] | null }[] | undefined): string {
  return (legal ?? []).map((l) => (l.targets ? `${l.action} (${l.targets.join('|')})` : l.action)).join(', ');
}

/**
 * The decisions of a decisions file, or of a replay file (the one `run --replay-out` writes or the browser
 * downloads: an object, where a decisions file is a list). A replay must be of the game the flags name.
 */
function readDecisions(path: string, flags: GameFlags): DecisionEntry[] {
  const read = readJson(path);
  if (!read.ok) throw unreadable('decisions file', path, read.error.message);
  if (Array.isArray(read.data) || (read.data as { format?: unknown } | null)?.format !== REPLAY_FORMAT)
    return readUserJson(path, 'decisions file', DecisionList);
  const problem = replayVersionProblem(read.data);
  if (problem) throw usage(`replay file ${path} ${problem}`);
  const replay = readUserJson(path, 'replay file', ReplayWithForecasts);
  const mismatch = (
    [
      ['--scenario', flags.scenario, replay.scenario],
      ['--variant', flags.variant, replay.variant],
      ['--seed', String(flags.seed), String(replay.seed)],
      [
        '--without-source',
        [...flags.withoutSource].sort().join(','),
        [...replay.options.withoutSource].sort().join(','),
      ],
    ] as const
  ).find(([, given, recorded]) => given !== recorded);
  if (mismatch) {
    const [flag, given, recorded] = mismatch;
    throw usage(
      `replay file ${path} records ${flag} ${recorded || '(none)'}, but ${flag} ${given || '(none)'} was given`,
    );
  }
  if (replay.injections?.length)
    throw usage(`replay file ${path} holds events a teacher injected, which --decisions cannot replay`);
  return replay.decisions;
}

/**
 * Plays the first `turns(total)` turns of the game the flags describe, with the decisions file checked first
 * against the whole game: every problem is a usage error (exit 2) and nothing is half-run. Only the decisions
 * for the turns played are played and returned, and with `nextTurn` those of the turn after them too (explain
 * submits them itself).
 */
export function playFlags(
  flags: GameFlags,
  turns: (total: number) => number,
  nextTurn = false,
): { game: Game; decisions: DecisionEntry[] } {
  const { source } = checkoutContent();
  const file = flags.decisions ? readDecisions(flags.decisions, flags) : [];
  const options: NewGameOptions = {
    scenario: flags.scenario,
    variant: flags.variant,
    seed: flags.seed,
    withoutSource: flags.withoutSource,
  };
  // Open the scenario first, so that an unknown one is reported before the decisions are checked against it.
  const opened = openScenario(source, options);
  if (!opened.ok) throw engineFailure(opened.error);
  const limit = turns(opened.turns);
  const problems = decisionProblems(file, opened.actorIds, opened.turns);
  if (flags.decisions && problems.length > 0)
    throw usage(`decisions file ${flags.decisions}: ${problems.join('; ')}`);
  // Decisions for turns not played are checked above, but neither played nor recorded in a replay.
  const decisions = file.filter((d) => d.turn <= (nextTurn ? limit + 1 : limit));

  const played = playScripted(source, options, decisions, limit);
  if (!played.ok) {
    if ('failure' in played) {
      const { turn, actor, error } = played.failure;
      throw usage(
        `illegal decision on turn ${turn} for ${actor}: ${error.reason ?? error.message}; legal actions: ${legalList(error.legal)}`,
      );
    }
    throw engineFailure(played.error);
  }
  return { game: played.game, decisions };
}
