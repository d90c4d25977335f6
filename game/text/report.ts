import type { Citation, Flip, Game, Scalar } from '../engine/index.ts';
import { flipTextIn } from './flip-text.ts';
import { findEvent, findRule, firstCitation } from './lookup.ts';
import { lastOutcomes, whyText } from './sentences.ts';

/** The `run --json` shape of DESIGN.md section 4. */
export interface RunReport {
  scenario: string;
  variant: string;
  seed: number;
  engineVersion: string;
  turns: TurnReport[];
  final: { indicators: Record<string, number>; scores: Record<string, number> };
}

export interface TurnReport {
  turn: number;
  date: string;
  hash: string;
  events: { id: string; title: string }[];
  actions: {
    actor: string;
    action: string;
    target: string | null;
    ruleId: string | null;
    outcome: 'success' | 'failure' | 'blocked';
    why: {
      conditions: Record<string, Scalar | null>;
      citation: Citation | null;
      flip: Flip | null;
      /** Why the row fired, as a sentence (written when the report is made, never stored in the log). */
      text: string;
      /** The nearest flip as a sentence, or null when there is none. */
      flipText: string | null;
    } | null;
  }[];
  indicators: Record<string, number>;
  scores: Record<string, number>;
}

export function runReport(game: Game, engineVersion: string): RunReport {
  const { prepared, state } = game;
  const turns = game.log.map(
    (log, i): TurnReport => ({
      turn: log.turn,
      date: log.date,
      hash: game.hashes[i + 1] ?? '',
      events: log.events.map((e) => ({ id: e.id, title: findEvent(prepared, e.id)?.title ?? e.id })),
      actions: log.actions.map((a) => {
        const row = a.ruleId ? findRule(prepared, a.ruleId) : undefined;
        return {
          actor: a.actor,
          action: a.action,
          target: a.target,
          ruleId: a.ruleId,
          outcome: a.outcome,
          why:
            a.why && a.ruleId
              ? {
                  conditions: a.why.conditions,
                  citation: firstCitation(row?.citations),
                  flip: a.why.flip,
                  text: row
                    ? whyText(prepared, row, a.why.conditions, undefined, lastOutcomes(game.log[i - 1]))
                    : '',
                  flipText: flipTextIn(game, log.turn, a),
                }
              : null,
        };
      }),
      indicators: log.indicators,
      scores: log.scores,
    }),
  );
  const last = game.log[game.log.length - 1];
  return {
    scenario: state.meta.scenario,
    variant: state.meta.variant,
    seed: state.meta.seed,
    engineVersion,
    turns,
    final: {
      indicators: last ? last.indicators : { ...state.indicators },
      scores: last
        ? last.scores
        : Object.fromEntries(prepared.actorIds.map((id) => [id, state.actors[id]?.score ?? 0])),
    },
  };
}
