import { inWindow } from '../content/history-checks.ts';
import {
  type ContentSource,
  compileStateCondition,
  type HistoryCheck,
  type HistoryClaim,
  type HistoryFile,
  playScripted,
  type ScenarioChoice,
  type ScenarioContent,
  type State,
  type StateTest,
  type TurnLog,
} from '../engine/index.ts';

/** One turn of a played game as the claims read it: the turn's log and the state it left. */
export interface PlayedTurn {
  log: TurnLog;
  state: State;
}

/** A claim's check, ready to run over a game's turns. */
export type ClaimTest = (turns: readonly PlayedTurn[]) => boolean;

/** `history --json`: each claim with the share of seeds (0 to 1) in which it held, against its target. */
export interface HistoryReport {
  scenario: string;
  variant: string;
  runs: number;
  claims: ClaimResult[];
}

export interface ClaimResult {
  id: string;
  text: string;
  citation: { source: string; quote: string };
  target: number;
  share: number;
  held: boolean;
}

/**
 * Compiles a claim's check against the content it will read. The history file has been checked
 * (`checkHistory`), so a condition that does not compile here is a bug, not a user's mistake.
 */
export function compileClaim(check: HistoryCheck, content: ScenarioContent): ClaimTest {
  const within = (turns: readonly PlayedTurn[]) => turns.filter((t) => inWindow(check, t.log.date));
  switch (check.kind) {
    case 'event':
      return (turns) =>
        within(turns).some((t) => t.log.events.some((e) => e.id === check.event)) === check.fired;
    case 'action':
      return (turns) =>
        within(turns).some((t) =>
          t.log.actions.some(
            (a) =>
              a.actor === check.actor &&
              a.action === check.action &&
              (check.target === undefined || a.target === check.target) &&
              (check.outcome === 'any' || a.outcome === check.outcome),
          ),
        ) === check.taken;
    case 'state': {
      const compiled = compileStateCondition(content, check.when, 'when');
      if (!compiled.ok) throw new Error(`history: unchecked condition: ${compiled.problems[0]?.message}`);
      const test: StateTest = compiled.test;
      return (turns) => {
        const states = within(turns).map((t) => t.state);
        return check.holds === 'always' ? states.every(test) : states.some(test);
      };
    }
  }
}

/** Plays one seed with the tables alone and keeps every turn's log and state (immer shares their parts). */
export function playTurns(source: ContentSource, choice: ScenarioChoice, seed: number): PlayedTurn[] {
  const turns: PlayedTurn[] = [];
  const played = playScripted(source, { ...choice, seed }, [], undefined, (game) => {
    const log = game.log[game.log.length - 1];
    if (log) turns.push({ log, state: game.state });
    return true;
  });
  if (!played.ok) throw new Error(`${choice.scenario} seed ${seed}: ${played.error.message}`);
  return turns;
}

/** Counts, seed by seed, in how many games each claim of a history held. */
export interface HistoryTally {
  /** Plays one more seed and counts the claims it holds. */
  play(seed: number): void;
  /** The claims with their shares so far; a claim is held when its share reaches its target. */
  report(): HistoryReport;
}

/**
 * A tally of a scenario's history under `variant`. Seeds are played one call at a time, so that a caller can
 * show progress between them; the answer depends only on the seeds played.
 */
export function historyTally(
  source: ContentSource,
  history: HistoryFile,
  choice: ScenarioChoice & { variant: string },
): HistoryTally {
  const resolved = source.resolve({
    scenario: choice.scenario,
    variant: choice.variant,
    withoutSource: choice.withoutSource ?? [],
  });
  if (!resolved.ok) throw new Error(`history: ${resolved.error.message}`);
  const tests = history.claims.map((claim) => compileClaim(claim.check, resolved.content));
  const counts = history.claims.map(() => 0);
  let runs = 0;
  return {
    play(seed) {
      const turns = playTurns(source, choice, seed);
      tests.forEach((test, i) => {
        if (test(turns)) counts[i] = (counts[i] ?? 0) + 1;
      });
      runs += 1;
    },
    report: () => ({
      scenario: choice.scenario,
      variant: choice.variant,
      runs,
      claims: history.claims.map((claim, i) => resultOf(claim, counts[i] ?? 0, runs)),
    }),
  };
}

function resultOf(claim: HistoryClaim, count: number, runs: number): ClaimResult {
  // Held is decided on counts, so that a target of 0.9 over 200 runs asks for 180, with no rounding between.
  const share = runs === 0 ? 0 : count / runs;
  return {
    id: claim.id,
    text: claim.text,
    citation: { source: claim.citation.source, quote: claim.citation.quote },
    target: claim.target,
    share: Math.round(share * 1000) / 1000,
    held: runs > 0 && count >= Math.ceil(claim.target * runs - 1e-9),
  };
}
