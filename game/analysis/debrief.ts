import type { Library } from '../content/library.ts';
import { sourceLabel } from '../content/sources.ts';
import { evaluateTable } from '../engine/evaluate.ts';
import {
  type ActionRecord,
  type Citation,
  type ContentSource,
  type DecisionEntry,
  type Effect,
  type Game,
  injectEvent,
  newGame,
  playScripted,
  type ReplayFile,
  type State,
  submit,
  verifyReplay,
} from '../engine/index.ts';
import { deriveIndicators } from '../engine/phases/world.ts';
import { runPhases, stateAtDecision } from '../engine/turn.ts';
import { forecastTotals, type ReplayWithForecasts, scoreForecasts } from '../replay/forecasts.ts';
import { describeVerdict } from '../replay/verdict.ts';
import { actorColours } from '../text/actor-colours.ts';
import { periodNote } from '../text/citation-period.ts';
import { movement } from '../text/describe.ts';
import { flipTextIn } from '../text/flip-text.ts';
import { forecastSaid, outcomeWords, scoreWords, totalsSentence } from '../text/forecast-words.ts';
import { actorName, findEvent, findLever, findRule } from '../text/lookup.ts';
import { whyText } from '../text/sentences.ts';
import { indicatorWords, whatIfQuestion } from '../text/vocabulary.ts';
import { monthName, zoneOrActorName } from '../text/words.ts';
import { WORLD_MOVES, worldSentences } from '../text/world-causes.ts';
import { chanceOf } from './debrief-chance.ts';
import { type Discussion, discussionOf } from './debrief-discussion.ts';
import { type Ending, endingOf, eventActsFor, interestsOf, type RoleInterest } from './debrief-ending.ts';
import { compileClaim, type PlayedTurn } from './history.ts';

/**
 * The after-action report's data (issue 13), from a replay alone: the timeline with its turning points, each
 * human decision beside what its rule table would have chosen and where the tables would have taken the game
 * from there, the indicators and scores over time, the scenario's historical claims checked on this game, and
 * the questions the variants raise. Pure and browser-safe: the CLI and the page build the same report.
 * Ids sit beside the words, for `debrief --json`; the page shows the words.
 */
export interface Debrief {
  scenario: { id: string; title: string; summary: string; period: string; variant: string; seed: number };
  /** The variants this game played, by title (none for the baseline). */
  variants: string[];
  /** The roles people played, each with its interests (what it wanted, from the actor's data). */
  humans: { id: string; name: string; interests: RoleInterest[] }[];
  turns: number;
  /** The replay's own check, in words: a debrief is only made of a replay that verifies. */
  verified: string;
  timeline: DebriefTurn[];
  turningPoints: TurningPoint[];
  decisions: HumanDecision[];
  series: Series;
  history: HistoryCheckResult[];
  /** The forecasts people made, scored, one entry per role that made any (none when no one did). */
  forecasts: RoleForecasts[];
  questions: Question[];
  final: { indicators: Record<string, number>; scores: Record<string, number> };
  /** Where the game ended: the scores, the key outcomes, a closing summary. */
  ending: Ending;
  /** A 20-minute discussion plan, with questions drawn from this game. */
  discussion: Discussion;
}

export interface Quote {
  quote: string;
  /** Author, institution, year. */
  source: string;
  /** "background, 2017" when the quote describes an earlier time than the turn it is shown beside. */
  note: string | null;
}

export interface DebriefMove {
  actor: string;
  actorName: string;
  human: boolean;
  action: string;
  /** "Hold a drill ... → Tajik-Afghan border", or "Pass". */
  title: string;
  outcome: ActionRecord['outcome'];
  ruleId: string | null;
  /** Why the rule fired, in words; null for a person's move. */
  why: string | null;
  flip: string | null;
  quote: Quote | null;
}

export interface DebriefTurn {
  turn: number;
  date: string;
  month: string;
  /** `actsFor`: the human roles a scripted event made a move for (debrief-ending.ts, `actsAs`). */
  events: {
    id: string;
    title: string;
    quote: Quote | null;
    actsFor: { actor: string; actorName: string }[];
  }[];
  moves: DebriefMove[];
  /** What the world's own dynamics did, a sentence per cause. */
  world: string[];
  /** Indicators that moved this turn, largest first. */
  moved: { indicator: string; label: string; from: number; to: number; change: number }[];
}

/** Where a swing came from: the turn's events, its moves, the world's dynamics, or a teacher's injected event. */
export interface Cause {
  kind: 'injected' | 'events' | 'moves' | 'world';
  change: number;
  /** The event titles, moves or world sentences behind this part of the change. */
  because: string[];
}

export interface TurningPoint {
  turn: number;
  month: string;
  indicator: string;
  label: string;
  from: number;
  to: number;
  change: number;
  causes: Cause[];
}

export interface MoveChoice {
  action: string;
  target: string | null;
  title: string;
  ruleId: string | null;
  why: string | null;
  quote: Quote | null;
}

export interface HumanDecision {
  turn: number;
  month: string;
  actor: string;
  actorName: string;
  chosen: MoveChoice & { outcome: ActionRecord['outcome'] };
  /** What the actor's table chose in the same state, with the same dice. */
  table: MoveChoice;
  same: boolean;
  /** The other moves the table's draw chose among, by title (its eligible rows of the winning priority). */
  alternatives: string[];
  continuation: Continuation;
}

/** The game played on from the turn of a decision with the tables playing that actor, same seed, same dice. */
export interface Continuation {
  /** The turn it stopped at: the recorded game's length. */
  turns: number;
  score: { recorded: number; tables: number };
  indicators: { indicator: string; label: string; recorded: number; tables: number; difference: number }[];
  /** Other people's recorded moves that were no longer possible there, and that the tables played instead. */
  replaced: { turn: number; actor: string; actorName: string; title: string }[];
}

export interface Series {
  /** 0 is the start; t is after turn t. */
  turns: number[];
  months: string[];
  indicators: { id: string; label: string; unit: string; values: number[] }[];
  /** `colour`: the actor's fixed colour, the same as on the game page's charts. */
  scores: { id: string; name: string; human: boolean; colour: string; values: number[] }[];
}

export interface HistoryCheckResult {
  id: string;
  text: string;
  /** Whether this game reproduced the claim. */
  held: boolean;
  /** The share of seeds the baseline should reproduce it in. */
  target: number;
  quote: Quote;
}

/** One forecast beside its outcome and its score. */
export interface ForecastRow {
  turn: number;
  month: string;
  indicator: string;
  label: string;
  direction: 'up' | 'down' | null;
  confidence: number | null;
  value: number | null;
  before: number;
  after: number;
  /** For a direction: whether it moved that way (no move is a miss); null for a value. */
  hit: boolean | null;
  /** For a direction: the Brier score, 0 (sure and right) to 1 (sure and wrong). */
  brier: number | null;
  /** For a value: how far from where the indicator ended. */
  error: number | null;
  /** "up (70% sure)", "it went from 40 to 46", "right, score 0.09 (Brier, lower is better)". */
  said: string;
  outcome: string;
  score: string;
}

export interface RoleForecasts {
  actor: string;
  actorName: string;
  rows: ForecastRow[];
  totals: { brier: number | null; error: number | null; directions: number; right: number; values: number };
  /** The totals in a sentence. */
  summary: string;
}

export interface Question {
  variant: string;
  /** "What if the US keeps its troops in Afghanistan?" */
  question: string;
  /** Whether this game played that variant. */
  played: boolean;
  quote: Quote;
}

/** How many turning points the report names. */
export const TURNING_POINTS = 5;

type Built = { ok: true; debrief: Debrief; game: Game } | { ok: false; message: string };

const quoteOf = (citation: Citation | undefined, date?: string): Quote | null =>
  citation
    ? {
        quote: citation.quote,
        source: sourceLabel(citation.source),
        note: date === undefined ? null : periodNote(citation, date),
      }
    : null;

function moveTitle(game: Game, actor: string, action: string, target: string | null): string {
  const title = findLever(game.prepared, actor, action)?.title ?? (action === 'pass' ? 'Pass' : action);
  return target ? `${title} → ${zoneOrActorName(game, target)}` : title;
}

/** A move as the debrief shows it; `turn` (of `game`'s log) lets its flip be the next real one when the recorded one says nothing. */
function moveOf(game: Game, record: ActionRecord, date: string, turn: number | null): DebriefMove {
  const row = record.ruleId ? findRule(game.prepared, record.ruleId) : undefined;
  return {
    actor: record.actor,
    actorName: actorName(game.prepared, record.actor),
    human: record.ruleId === null,
    action: record.action,
    title: moveTitle(game, record.actor, record.action, record.target),
    outcome: record.outcome,
    ruleId: record.ruleId,
    why: row && record.why ? whyText(game.prepared, row, record.why.conditions) : null,
    flip: turn === null ? null : flipTextIn(game, turn, record),
    quote: row ? quoteOf(row.citations[0], date) : null,
  };
}

/** Plays the replay and checks it; every game along the way is kept: records[t] is the game after t turns. */
function replayed(
  source: ContentSource,
  replay: ReplayFile,
): { ok: true; records: Game[] } | { ok: false; message: string } {
  const created = newGame(source, {
    scenario: replay.scenario,
    variant: replay.variant,
    seed: replay.seed,
    withoutSource: replay.options.withoutSource,
  });
  if (!created.ok) return { ok: false, message: created.error.message };
  const records: Game[] = [created.game];
  const checked = verifyReplay(source, replay, (game) => records.push(game));
  if (!checked.ok) return { ok: false, message: checked.error.message };
  if (checked.verdict.kind !== 'verified') return { ok: false, message: describeVerdict(checked.verdict) };
  return { ok: true, records };
}

/** The game before turn `turn` as it was played: the teacher's injections applied, the recorded decisions submitted. */
function turnStart(before: Game, replay: ReplayFile, turn: number, skip?: string): Game {
  let game = before;
  for (const injection of replay.injections ?? []) {
    if (injection.turn !== turn) continue;
    const injected = injectEvent(game, injection.event);
    if (injected.ok) game = injected.game;
  }
  for (const d of replay.decisions) {
    if (d.turn !== turn || d.actor === skip) continue;
    const submitted = submit(game, d.actor, { action: d.action, target: d.target });
    if (submitted.ok) game = submitted.game;
  }
  return game;
}

/** The indicators as the map stands: derived indicators follow the zones at once, as the world phase will. */
const standing = (game: Game, state: State) => ({
  ...state.indicators,
  ...deriveIndicators(state, game.prepared),
});

/** Does an effect move this indicator? Directly, or through the zones and relations it is derived from. */
const touches = (effects: readonly Effect[], indicator: string) =>
  effects.some((e) => (e.kind === 'indicator' ? e.indicator : movement(e)?.indicator) === indicator);

/**
 * A turn's change of each indicator split by phase, by playing the turn's phases one stretch at a time from
 * the state it started from: the teacher's injection, the events, the moves, then the world (with what the
 * map's changes add up to). The parts sum to the change the log records.
 */
function causesOf(game: Game, before: Game, replay: ReplayFile, turn: number): Map<string, Cause[]> {
  const log = game.log[turn - 1];
  const start = turnStart(before, replay, turn);
  if (!log) return new Map();
  const { prepared } = start;
  const s0 = standing(start, start.state);
  const s1 = standing(start, runPhases(prepared, start.state, { until: 'decisions' }).state);
  const s2 = standing(start, runPhases(prepared, start.state, { until: 'world' }).state);
  const initial = before.state.indicators;
  const out = new Map<string, Cause[]>();
  for (const [name, after] of Object.entries(log.indicators)) {
    const was = initial[name] ?? after;
    const parts: Cause[] = [];
    const part = (kind: Cause['kind'], change: number, because: string[]) => {
      if (change !== 0) parts.push({ kind, change, because });
    };
    const a = s0[name] ?? was;
    const b = s1[name] ?? a;
    const c = s2[name] ?? b;
    part('injected', a - was, ['an event the teacher added']);
    const events = log.events.map((e) => findEvent(prepared, e.id)).filter((e) => e !== undefined);
    const named = events.filter((e) => touches(e.effects, name));
    part(
      'events',
      b - a,
      (named.length ? named : events).map((e) => e.title),
    );
    const moves = log.actions.filter((m) => {
      const lever = findLever(prepared, m.actor, m.action);
      if (!lever) return false;
      return touches(m.outcome === 'success' ? lever.onSuccess : lever.onFailure, name);
    });
    part(
      'moves',
      c - b,
      moves.map((m) => `${actorName(prepared, m.actor)}: ${moveTitle(game, m.actor, m.action, m.target)}`),
    );
    const world = log.world.filter((w) => WORLD_MOVES[w.cause]?.includes(name));
    part('world', after - c, worldSentences(game, world));
    out.set(name, parts);
  }
  return out;
}

function timelineOf(game: Game, records: readonly Game[], humans: readonly string[]): DebriefTurn[] {
  return game.log.map((log, i) => {
    const previous = records[i]?.state.indicators ?? {};
    const moved = Object.entries(log.indicators)
      .filter(([name, value]) => previous[name] !== undefined && previous[name] !== value)
      .map(([name, to]) => {
        const from = previous[name] ?? to;
        return { indicator: name, label: indicatorWords(name).label, from, to, change: to - from };
      })
      .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.indicator < y.indicator ? -1 : 1));
    return {
      turn: log.turn,
      date: log.date,
      month: monthName(log.date),
      events: log.events.map((e) => {
        const event = findEvent(game.prepared, e.id);
        const actsFor = eventActsFor(game.prepared, event?.effects ?? [], humans).map((actor) => ({
          actor,
          actorName: actorName(game.prepared, actor),
        }));
        return {
          id: e.id,
          title: event?.title ?? e.id,
          quote: quoteOf(event?.citations[0], log.date),
          actsFor,
        };
      }),
      moves: log.actions.map((a) => moveOf(game, a, log.date, log.turn)),
      world: worldSentences(game, log.world),
      moved,
    };
  });
}

/** The largest swings of one indicator in one turn over the game, with their causes. */
function turningPoints(
  game: Game,
  records: readonly Game[],
  replay: ReplayFile,
  timeline: readonly DebriefTurn[],
): TurningPoint[] {
  const swings = timeline
    .flatMap((t) => t.moved.map((m) => ({ ...m, turn: t.turn, month: t.month })))
    .sort(
      (x, y) =>
        Math.abs(y.change) - Math.abs(x.change) || x.turn - y.turn || (x.indicator < y.indicator ? -1 : 1),
    )
    .slice(0, TURNING_POINTS);
  const causes = new Map<number, Map<string, Cause[]>>();
  return swings.map((s) => {
    let byIndicator = causes.get(s.turn);
    if (!byIndicator) {
      const before = records[s.turn - 1];
      byIndicator = before ? causesOf(game, before, replay, s.turn) : new Map<string, Cause[]>();
      causes.set(s.turn, byIndicator);
    }
    return { ...s, causes: byIndicator.get(s.indicator) ?? [] };
  });
}

/**
 * Plays on from the turn of `decision` with the tables playing its actor: the same seed and dice, the other
 * people's recorded moves and the teacher's injections as they were. A recorded move that is no longer
 * possible in this other game is left to its table, and said so.
 */
function continueWithTables(
  game: Game,
  records: readonly Game[],
  replay: ReplayFile,
  decision: DecisionEntry,
): { game: Game; replaced: DecisionEntry[] } | null {
  const first = records[decision.turn - 1];
  if (!first) return null;
  let played: Game = first;
  const replaced: DecisionEntry[] = [];
  for (let turn = decision.turn; turn <= game.log.length; turn++) {
    let start: Game = played;
    for (const injection of replay.injections ?? []) {
      if (injection.turn !== turn) continue;
      const injected = injectEvent(start, injection.event);
      if (injected.ok) start = injected.game;
    }
    let todo = replay.decisions.filter((d) => d.turn === turn && d.actor !== decision.actor);
    for (;;) {
      const next = playScripted(start, todo, turn);
      if (next.ok) {
        played = next.game;
        break;
      }
      if (!('failure' in next)) return null;
      const failed = next.failure;
      replaced.push(...todo.filter((d) => d.actor === failed.actor));
      todo = todo.filter((d) => d.actor !== failed.actor);
    }
  }
  return { game: played, replaced };
}

function choiceOf(game: Game, record: ActionRecord, date: string): MoveChoice {
  const move = moveOf(game, record, date, null);
  return {
    action: record.action,
    target: record.target,
    title: move.title,
    ruleId: record.ruleId,
    why: move.why,
    quote: move.quote,
  };
}

function decisionsOf(game: Game, records: readonly Game[], replay: ReplayFile): HumanDecision[] {
  const { prepared } = game;
  const recordedFinal = game.log[game.log.length - 1];
  const sorted = [...replay.decisions].sort(
    (a, b) => a.turn - b.turn || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0),
  );
  return sorted.flatMap((d): HumanDecision[] => {
    const log = game.log[d.turn - 1];
    const chosen = log?.actions.find((a) => a.actor === d.actor);
    const before = records[d.turn - 1];
    const other = continueWithTables(game, records, replay, d);
    const tableMove = other?.game.log[d.turn - 1]?.actions.find((a) => a.actor === d.actor);
    const otherFinal = other?.game.log[other.game.log.length - 1];
    if (!log || !chosen || !before || !other || !tableMove || !otherFinal || !recordedFinal) return [];
    // The rows the table's draw chose among, on the state the actor decided on.
    const atDecision = stateAtDecision(prepared, turnStart(before, replay, d.turn, d.actor).state);
    const candidates = evaluateTable(prepared, atDecision, d.actor).candidates;
    const alternatives = candidates
      .filter((c) => c.row.def.id !== tableMove.ruleId)
      .map((c) => {
        const target = typeof c.row.def.do.target === 'string' ? c.row.def.do.target : null;
        return moveTitle(game, d.actor, c.row.def.do.action, target);
      });
    const table = choiceOf(game, tableMove, log.date);
    return [
      {
        turn: d.turn,
        month: monthName(log.date),
        actor: d.actor,
        actorName: actorName(prepared, d.actor),
        chosen: { ...choiceOf(game, chosen, log.date), outcome: chosen.outcome },
        table,
        same: table.action === chosen.action && table.target === chosen.target,
        alternatives: [...new Set(alternatives)],
        continuation: {
          turns: other.game.log.length,
          score: { recorded: recordedFinal.scores[d.actor] ?? 0, tables: otherFinal.scores[d.actor] ?? 0 },
          indicators: Object.entries(recordedFinal.indicators).map(([name, recorded]) => {
            const tables = otherFinal.indicators[name] ?? recorded;
            return {
              indicator: name,
              label: indicatorWords(name).label,
              recorded,
              tables,
              difference: tables - recorded,
            };
          }),
          replaced: other.replaced.map((r) => ({
            turn: r.turn,
            actor: r.actor,
            actorName: actorName(prepared, r.actor),
            title: moveTitle(game, r.actor, r.action, r.target),
          })),
        },
      },
    ];
  });
}

function seriesOf(game: Game, records: readonly Game[], humans: readonly string[], library: Library): Series {
  const { prepared } = game;
  const colours = actorColours([...library.actors.keys()]);
  const start = records[0]?.state ?? game.initial;
  const turns = [0, ...game.log.map((l) => l.turn)];
  const months = [monthName(start.meta.date), ...game.log.map((l) => monthName(l.date))];
  const indicators = Object.keys(start.indicators)
    .sort()
    .map((id) => {
      const words = indicatorWords(id);
      return {
        id,
        label: words.label,
        unit: words.unit,
        values: [start.indicators[id] ?? 0, ...game.log.map((l) => l.indicators[id] ?? 0)],
      };
    });
  const scores = prepared.actorIds.map((id) => ({
    id,
    name: actorName(prepared, id),
    human: humans.includes(id),
    colour: colours.get(id) ?? '#222222',
    values: [start.actors[id]?.score ?? 0, ...game.log.map((l) => l.scores[id] ?? 0)],
  }));
  return { turns, months, indicators, scores };
}

function historyOf(game: Game, records: readonly Game[], library: Library): HistoryCheckResult[] {
  const history = library.scenarios.get(game.state.meta.scenario)?.history;
  if (!history) return [];
  const played: PlayedTurn[] = records.slice(1).flatMap((g) => {
    const log = g.log[g.log.length - 1];
    return log ? [{ log, state: g.state }] : [];
  });
  return history.claims.map((claim) => ({
    id: claim.id,
    text: claim.text,
    held: compileClaim(claim.check, game.prepared.content)(played),
    target: claim.target,
    quote: quoteOf(claim.citation) ?? { quote: claim.citation.quote, source: '', note: null },
  }));
}

/** Each role's forecasts, scored against this game, by turn in the order they were made. */
function forecastsOf(game: Game, replay: ReplayWithForecasts): RoleForecasts[] {
  const scores = scoreForecasts(game, replay.forecasts ?? []);
  const actors = [...new Set(scores.map((s) => s.forecast.actor))].sort();
  return actors.map((actor) => {
    const own = scores
      .filter((s) => s.forecast.actor === actor)
      .sort((a, b) => a.forecast.turn - b.forecast.turn);
    const rows = own.map((s): ForecastRow => {
      const f = s.forecast;
      const date = game.log[f.turn - 1]?.date ?? game.state.meta.date;
      return {
        turn: f.turn,
        month: monthName(date),
        indicator: f.indicator,
        label: indicatorWords(f.indicator).label,
        direction: f.direction ?? null,
        confidence: f.confidence ?? null,
        value: f.value ?? null,
        before: s.before,
        after: s.after,
        hit: s.hit === null ? null : s.hit === 1,
        brier: s.brier,
        error: s.error,
        said: forecastSaid(f),
        outcome: outcomeWords(s.before, s.after),
        score: scoreWords(s),
      };
    });
    const directions = own.filter((s) => s.brier !== null);
    return {
      actor,
      actorName: actorName(game.prepared, actor),
      rows,
      totals: {
        ...forecastTotals(own),
        directions: directions.length,
        right: directions.filter((s) => s.hit === 1).length,
        values: own.length - directions.length,
      },
      summary: totalsSentence(own) ?? '',
    };
  });
}

function questionsOf(game: Game, library: Library): Question[] {
  const scenario = game.state.meta.scenario;
  const played = game.state.meta.variant.split('+');
  return [...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .map((v) => ({
      variant: v.id,
      question: whatIfQuestion(v.id, v.title),
      played: played.includes(v.id),
      quote: quoteOf(v.question) ?? { quote: v.question.quote, source: '', note: null },
    }))
    .sort((a, b) => Number(b.played) - Number(a.played) || (a.variant < b.variant ? -1 : 1));
}

/**
 * The debrief of a replay. It replays the file first and refuses one that does not verify (another
 * content, a hash that differs): the report must describe the game that was played.
 */
export function buildDebrief(source: ContentSource, library: Library, replay: ReplayWithForecasts): Built {
  const played = replayed(source, replay);
  if (!played.ok) return played;
  const { records } = played;
  const game = records[records.length - 1];
  if (!game) return { ok: false, message: 'the replay has no turn' };
  const { prepared } = game;
  const { scenario } = prepared.content;
  const humans = [...new Set(replay.decisions.map((d) => d.actor))].sort();
  const timeline = timelineOf(game, records, humans);
  const points = turningPoints(game, records, replay, timeline);
  const decisions = decisionsOf(game, records, replay);
  const last = game.log[game.log.length - 1];
  const variantIds = game.state.meta.variant === 'baseline' ? [] : game.state.meta.variant.split('+');
  return {
    ok: true,
    game,
    debrief: {
      scenario: {
        id: scenario.id,
        title: scenario.title,
        summary: scenario.summary,
        period: `${monthName(scenario.start)} to ${monthName(scenario.end)}`,
        variant: game.state.meta.variant,
        seed: game.state.meta.seed,
      },
      variants: variantIds.map((id) => library.variants.get(id)?.title ?? id),
      humans: humans.map((id) => ({
        id,
        name: actorName(prepared, id),
        interests: interestsOf(game, records, id),
      })),
      turns: game.log.length,
      verified: `The replay verifies: all ${game.log.length} turns match their recorded hashes.`,
      timeline,
      turningPoints: points,
      decisions,
      series: seriesOf(game, records, humans, library),
      history: historyOf(game, records, library),
      forecasts: forecastsOf(game, replay),
      questions: questionsOf(game, library),
      final: {
        indicators: { ...(last?.indicators ?? game.state.indicators) },
        scores: { ...(last?.scores ?? {}) },
      },
      ending: endingOf(game, records, library, humans, chanceOf(records, replay, humans)),
      discussion: discussionOf(points, decisions),
    },
  };
}
