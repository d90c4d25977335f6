import { applyEffects } from '../engine/effects.ts';
import type {
  ActionRecord,
  Citation,
  ContentSource,
  Effect,
  Game,
  Prepared,
  ReplayFile,
  RuleRow,
  State,
  TurnLog,
} from '../engine/index.ts';
import { injectEvent, newGame, TAKEOVER_ACTOR, verifyReplay } from '../engine/index.ts';
import { illegality } from '../engine/levers.ts';
import { deriveIndicators } from '../engine/phases/world.ts';
import { movement } from '../text/describe.ts';
import { capitalise, list, possessive, reading, subject, type Value } from '../text/inputs.ts';
import { actorName, findEvent, findLever, findRule } from '../text/lookup.ts';
import { conditionHolds, heldAtoms, lastOutcomes, whyText } from '../text/sentences.ts';
import { flagWords, indicatorWords, withUnit, zoneFieldWords } from '../text/vocabulary.ts';
import { monthName, signed, zoneOrActorName } from '../text/words.ts';
import { talibanGainSentence, WORLD_MOVES, worldRule, worldSentences } from '../text/world-causes.ts';

/**
 * "What happened this turn" (issue 13): the few largest changes of one turn, each split exactly among the
 * things that made it (the teacher's injected event, each event, each move, the world's own dynamics), what
 * became of each person's own move, and which rule tables reacted to a person's last move. Pure: it replays the
 * turn's logged effects one at a time on a copy of the state the turn started from, so each cause's share is
 * what it really applied, and the shares add up to the change.
 */
export interface TurnSummary {
  turn: number;
  month: string;
  /** The largest changes, at most MAX_CHANGES, largest first (changes of control before any indicator). */
  changes: SummaryChange[];
  /** Every change of the turn, for callers that want more than the few shown. */
  all: SummaryChange[];
  own: OwnMove[];
  /** The people whose last move this turn's tables could read (none on a first turn). */
  reacting: string[];
  /** Those people's moves, with the month they were made: what "Who reacted" is titled by. */
  lastMoves: LastMove[];
  reactions: Reaction[];
}

export interface LastMove {
  actor: string;
  /** The month the move was made: "May 2021". */
  month: string;
  action: string;
  /** "Hold a drill ... → Tajik-Afghan border". */
  title: string;
  outcome: ActionRecord['outcome'];
}

export interface SummaryCause {
  kind: 'injected' | 'event' | 'action' | 'world';
  /** The event id, the acting actor's id, or "world". */
  id: string;
  /** This cause's share of the change (0 for a change of control). */
  change: number;
  /** What happened: "Event: The fall of Kabul", "Pakistan: Shelter the Taliban", "The world". */
  what: string;
  /** The rule behind it: why the table chose the move, why the event came, the world's rule; null for a person. */
  rule: string | null;
  ruleId: string | null;
  /** The quote the event or the rule row rests on. */
  citation: Citation | null;
  /** A person's move. */
  human: boolean;
}

export interface SummaryChange {
  kind: 'indicator' | 'control';
  /** The indicator's id, or the zones' ids joined with "+". */
  id: string;
  /** "Taliban territory: 48% → 56% (+8)", "The Taliban took North and East". */
  text: string;
  from: number | null;
  to: number | null;
  change: number;
  causes: SummaryCause[];
}

export interface OwnMove {
  actor: string;
  action: string;
  title: string;
  outcome: ActionRecord['outcome'];
  /** "Russia's move, Hold a drill → Tajik-Afghan border, succeeded." */
  text: string;
  /** What it changed this turn, as measured: "Russia's influence in Central Asia +3". */
  moved: string[];
}

export interface Reaction {
  /** The person whose last move the reacting table read. */
  to: string;
  actor: string;
  actorName: string;
  title: string;
  /** "Russia's last move", "the security of the Tajik-Afghan border, which that move raised by 10". */
  read: string[];
  /** What it read, as one clause: "Russia's last move and how it went, and the peace process, which that move changed". */
  readText: string;
  /** Why its rule fired, in words. */
  why: string;
  citation: Citation | null;
}

/** At most this many changes are shown, and at least MIN_CHANGES when that many moved. */
export const MAX_CHANGES = 5;
export const MIN_CHANGES = 3;
/** Past MIN_CHANGES, an indicator that moved less than this is left to the log. */
const SMALL = 2;

export interface TurnSummaryInput {
  /** The state the turn was played from (a teacher's injected event already applied). */
  before: State;
  /** The turn's log entry. */
  log: TurnLog;
  /** The indicators as the previous turn left them, before any injected event; default: `before`'s. */
  previous?: Readonly<Record<string, number>>;
  /** The previous turn's log entry: what the people did last, which this turn's tables may react to. */
  previousLog?: TurnLog;
  /** The actors people play (a replay's: the actors with recorded decisions). */
  humans: readonly string[];
  /** The state the turn ended in, when known: where the world moved the zones. */
  after?: State;
  /** The turns before this one, for who set a flag a world dynamic reads (the poppy ban). */
  history?: readonly TurnLog[];
}

/** The indicators as the map stands: derived indicators follow the zones at once, as the world phase makes them. */
const standing = (prepared: Prepared, state: State) => ({
  ...state.indicators,
  ...deriveIndicators(state, prepared),
});

const controls = (state: State) =>
  Object.fromEntries(Object.entries(state.zones).map(([id, z]) => [id, z.control]));

interface Step {
  cause: Omit<SummaryCause, 'change'> | null;
  /** The move this step applied, for the values its reason read. */
  record: ActionRecord | null;
  indicators: Record<string, number>;
  control: Record<string, string | null>;
  /** Each zone's numbers: a move's targeted effects, which no indicator may show in full. */
  fields: Record<string, Record<string, number>>;
  flags: Record<string, unknown>;
  /** The whole state after this step, for what made a person's move impossible. */
  state: State;
}

const fieldsOf = (state: State) =>
  Object.fromEntries(
    Object.entries(state.zones).map(([id, z]) => [
      id,
      Object.fromEntries(Object.entries(z).filter((e): e is [string, number] => typeof e[1] === 'number')),
    ]),
  );

function moveTitle(prepared: Prepared, record: Pick<ActionRecord, 'actor' | 'action' | 'target'>): string {
  const title =
    findLever(prepared, record.actor, record.action)?.title ??
    (record.action === 'pass' ? 'Pass' : record.action);
  return record.target ? `${title} → ${zoneOrActorName({ prepared }, record.target)}` : title;
}

const appliedEffects = (prepared: Prepared, record: ActionRecord): readonly Effect[] => {
  const lever = findLever(prepared, record.actor, record.action);
  if (!lever || record.outcome === 'blocked') return [];
  return record.outcome === 'success' ? lever.onSuccess : lever.onFailure;
};

function actionCause(prepared: Prepared, record: ActionRecord): Omit<SummaryCause, 'change'> {
  const row = record.ruleId ? findRule(prepared, record.ruleId) : undefined;
  return {
    kind: 'action',
    id: record.actor,
    what: `${actorName(prepared, record.actor)}: ${moveTitle(prepared, record)}`,
    rule: row && record.why ? whyText(prepared, row, record.why.conditions) : null,
    ruleId: record.ruleId,
    citation: row?.citations[0] ?? null,
    human: record.ruleId === null,
  };
}

/** The turn replayed effect by effect: the state after the injection, after each event, after each move. */
function stepsOf(prepared: Prepared, input: TurnSummaryInput): Step[] {
  const work = JSON.parse(JSON.stringify(input.before)) as State;
  const snap = (cause: Step['cause'], record: ActionRecord | null = null): Step => ({
    cause,
    record,
    indicators: standing(prepared, work),
    control: controls(work),
    fields: fieldsOf(work),
    flags: { ...work.flags },
    state: JSON.parse(JSON.stringify(work)) as State,
  });
  const steps: Step[] = [snap(null)];
  for (const record of input.log.events) {
    const event = findEvent(prepared, record.id);
    if (event) applyEffects(work, event.effects, null);
    steps.push(
      snap({
        kind: 'event',
        id: record.id,
        what: `Event: ${event?.title ?? record.id}`,
        rule:
          record.source === 'deck'
            ? 'Drawn this turn from the scenario’s deck of chance events.'
            : 'An event of the recorded history, due this turn.',
        ruleId: null,
        citation: event?.citations[0] ?? null,
        human: false,
      }),
    );
  }
  for (const record of input.log.actions) {
    // A blocked move paid nothing and changed nothing; a move's cost touches resources alone.
    applyEffects(work, appliedEffects(prepared, record), record.target);
    const payer = work.actors[record.actor];
    const lever = findLever(prepared, record.actor, record.action);
    if (payer && lever && record.outcome !== 'blocked') payer.resources -= lever.cost;
    steps.push(snap(actionCause(prepared, record), record));
  }
  return steps;
}

/** The flags a world dynamic reads, by the indicator it moves (game/engine/phases/world.ts), and which way. */
const WORLD_FLAGS: Readonly<Record<string, { flag: string; fall: boolean }>> = {
  opium_output: { flag: 'poppy_ban', fall: true },
  northern_route_narcotics: { flag: 'poppy_ban', fall: true },
};

/** The latest move or event, up to this turn, whose effects set `flag` to true: "the Taliban's move ... of May 2021". */
function flagOrigin(prepared: Prepared, input: TurnSummaryInput, flag: string): string {
  const sets = (effects: readonly Effect[]) =>
    effects.some((e) => e.kind === 'flag' && e.flag === flag && e.set === true);
  for (const log of [input.log, ...[...(input.history ?? [])].reverse()]) {
    const month = monthName(log.date);
    const action = [...log.actions].reverse().find((a) => sets(appliedEffects(prepared, a)));
    if (action)
      return `${possessive(subject(action.actor))} move “${moveTitle(prepared, action)}” of ${month}`;
    const event = [...log.events]
      .reverse()
      .map((r) => findEvent(prepared, r.id))
      .find((e) => e && sets(e.effects));
    if (event) return `the event “${event.title}” of ${month}`;
  }
  return 'a decision in force since the game began';
}

/** The zones whose Taliban share the world phase raised (from the last step to the turn's end), by who held them. */
function talibanGains(
  last: Step | undefined,
  after: State | undefined,
): { gained: string[]; ruled: string[] } {
  if (!last || !after) return { gained: [], ruled: [] };
  const rose = Object.entries(after.zones)
    .filter(([id, z]) => typeof z.taliban === 'number' && z.taliban > (last.fields[id]?.taliban ?? z.taliban))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return {
    gained: rose.filter(([id]) => last.control[id] !== TAKEOVER_ACTOR).map(([id]) => id),
    ruled: rose.filter(([id]) => last.control[id] === TAKEOVER_ACTOR).map(([id]) => id),
  };
}

function worldCause(
  prepared: Prepared,
  input: TurnSummaryInput,
  indicator: string,
  change = 0,
  last?: Step,
  log: TurnLog = input.log,
): Omit<SummaryCause, 'change'> {
  const changes = log.world.filter((w) => WORLD_MOVES[w.cause].includes(indicator));
  const sentences = worldSentences({ prepared }, changes);
  const label = indicatorWords(indicator).label;
  const flag = WORLD_FLAGS[indicator];
  const what =
    // The Taliban's gain leads, with what held it back as a second clause (review 2, finding 2).
    indicator === 'taliban_territory' && change > 0
      ? talibanGainSentence({ prepared }, talibanGains(last, input.after), changes)
      : // A dynamic that follows a flag a move or event set names that move or event (finding 3).
        flag && last?.flags[flag.flag] === true && change < 0 === flag.fall
        ? `${label} ${change < 0 ? 'fell' : 'rose'} because ${flagWords(flag.flag).yes} (${flagOrigin(prepared, input, flag.flag)}).`
        : sentences.length
          ? sentences.join(' ')
          : // A drift no zone's story tells still gets a sentence: its rule may have been given above already.
            `${label} ${change < 0 ? 'fell' : 'rose'} by the world's own dynamics, with no event or move behind it.`;
  return {
    kind: 'world',
    id: 'world',
    what: `The world: ${what}`,
    rule: worldRule(indicator),
    ruleId: null,
    citation: null,
    human: false,
  };
}

const bySize = (a: SummaryCause, b: SummaryCause) => Math.abs(b.change) - Math.abs(a.change);

/**
 * A move's reason beside the change of an indicator it read: the value it quotes is the one the actor saw when
 * it decided ("was 20 when it decided"), not the turn's start or end that the change shows.
 */
function decidedRule(prepared: Prepared, step: Step, indicator: string): string | null {
  const record = step.record;
  const input = `indicators.${indicator}`;
  if (!record?.ruleId || !record.why || !(input in record.why.conditions)) return step.cause?.rule ?? null;
  const row = findRule(prepared, record.ruleId);
  return row ? whyText(prepared, row, record.why.conditions, [input]) : (step.cause?.rule ?? null);
}

function indicatorChanges(prepared: Prepared, input: TurnSummaryInput, steps: Step[]): SummaryChange[] {
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) return [];
  const out: SummaryChange[] = [];
  for (const [name, to] of Object.entries(input.log.indicators)) {
    const from = input.previous?.[name] ?? first.indicators[name] ?? to;
    if (to === from) continue;
    const causes: SummaryCause[] = [];
    const injected = (first.indicators[name] ?? from) - from;
    if (injected !== 0)
      causes.push({
        kind: 'injected',
        id: 'teacher',
        change: injected,
        what: 'An event the teacher added',
        rule: null,
        ruleId: null,
        citation: null,
        human: false,
      });
    for (let i = 1; i < steps.length; i++) {
      const step = steps[i];
      const change = (step?.indicators[name] ?? 0) - (steps[i - 1]?.indicators[name] ?? 0);
      if (step?.cause && change !== 0)
        causes.push({ ...step.cause, change, rule: decidedRule(prepared, step, name) });
    }
    const world = to - (last.indicators[name] ?? to);
    if (world !== 0) causes.push({ ...worldCause(prepared, input, name, world, last), change: world });
    const words = indicatorWords(name);
    const change = to - from;
    out.push({
      kind: 'indicator',
      id: name,
      text: `${words.label}: ${withUnit(from, words.unit)} → ${withUnit(to, words.unit)} (${signed(change)})`,
      from,
      to,
      change,
      causes: causes.sort(bySize),
    });
  }
  return out.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || (a.id < b.id ? -1 : 1));
}

/** "The Taliban took control of North and East": zones grouped by who took them and what made them change hands. */
function controlChanges(prepared: Prepared, input: TurnSummaryInput, steps: Step[]): SummaryChange[] {
  const groups = new Map<
    string,
    { to: string | null; zones: string[]; cause: Omit<SummaryCause, 'change'> }
  >();
  const note = (zone: string, to: string | null, cause: Omit<SummaryCause, 'change'>) => {
    const key = `${to}|${cause.kind}|${cause.id}`;
    const group = groups.get(key) ?? { to, zones: [], cause };
    group.zones.push(zone);
    groups.set(key, group);
  };
  const last = steps[steps.length - 1];
  for (let i = 1; i < steps.length; i++) {
    const step = steps[i];
    const prior = steps[i - 1];
    if (!step?.cause || !prior) continue;
    for (const [zone, to] of Object.entries(step.control))
      if (prior.control[zone] !== to) note(zone, to, step.cause);
  }
  const takeovers = input.log.world.filter((w) => w.cause === 'taliban-takeover');
  for (const w of takeovers)
    for (const zone of w.zones)
      if (last?.control[zone] !== TAKEOVER_ACTOR)
        note(zone, TAKEOVER_ACTOR, {
          ...worldCause(prepared, input, 'taliban_territory', 0, last, { ...input.log, world: [w] }),
        });
  return [...groups.values()].map(({ to, zones, cause }) => {
    const names = list(
      zones.map((z) => zoneOrActorName({ prepared }, z)),
      'and',
    );
    const text =
      to === null ? `No one holds ${names} now` : `${capitalise(subject(to))} took control of ${names}`;
    return {
      kind: 'control' as const,
      id: zones.join('+'),
      text,
      from: null,
      to: null,
      change: 0,
      causes: [{ ...cause, change: 0 }],
    };
  });
}

/** The largest changes: every change of control, then indicators by size, leaving out small ones past the third. */
function largest(all: readonly SummaryChange[]): SummaryChange[] {
  return all
    .filter((c, i) => i < MIN_CHANGES || c.kind === 'control' || Math.abs(c.change) >= SMALL)
    .slice(0, MAX_CHANGES);
}

/** What one step did to the zones' numbers: "Border security (Tajik-Afghan border) +10". */
function fieldChanges(
  prepared: Prepared,
  before: Step | undefined,
  after: Step | undefined,
  pushes: ReadonlyMap<string, Push> = new Map(),
): string[] {
  if (!before || !after) return [];
  return Object.entries(after.fields).flatMap(([zone, fields]) =>
    Object.entries(fields).flatMap(([field, value]) => {
      const change = value - (before.fields[zone]?.[field] ?? value);
      if (change === 0) return [];
      const place = zoneOrActorName({ prepared }, zone);
      const short = shortOf(pushes.get(`zones.${zone}.${field}`), change, value);
      return [`${zoneFieldWords(field).label} (${place}) ${signed(change)}${short}`];
    }),
  );
}

/**
 * Why a move changed a value by less than it promised (review 2, finding 35): levels run from 0 to 100, and a
 * value that reached the end of the scale took only what fitted. "" when it took all, or for another reason.
 */
export function shortOf(push: Push | undefined, change: number, value: number): string {
  if (!push || !('add' in push) || push.add === 0 || Math.abs(change) >= Math.abs(push.add)) return '';
  if (push.add > 0 && value >= 100) return ` (not the full ${signed(push.add)}: it cannot go past 100)`;
  if (push.add < 0 && value <= 0) return ` (not the full ${signed(push.add)}: it cannot go below 0)`;
  return '';
}

/** "a 20% chance", "an 80% chance": the article goes by how the number is said (eight, eighty, eleven, eighteen). */
const aChance = (percent: number) =>
  `${/^(8|1[18](\D|$))/.test(String(percent)) ? 'an' : 'a'} ${percent}% chance`;

/** "failed: it was a 20% chance, and it did not come off". */
function failedWords(prepared: Prepared, a: ActionRecord): string {
  const chance = findLever(prepared, a.actor, a.action)?.chance ?? 1000;
  return chance < 1000
    ? `failed: it was ${aChance(chance / 10)}, and it did not come off`
    : 'failed: it was a chance, and it did not come off';
}

function ownMoves(
  prepared: Prepared,
  input: TurnSummaryInput,
  all: readonly SummaryChange[],
  steps: readonly Step[],
): OwnMove[] {
  return (
    input.log.actions
      // A person's actor that the table played this turn (no decision recorded) made no move of theirs.
      .filter((a) => input.humans.includes(a.actor) && a.ruleId === null)
      .map((a) => {
        const title = moveTitle(prepared, a);
        const said = {
          success: 'succeeded',
          failure: failedWords(prepared, a),
          blocked: `was blocked: ${blockerWords(prepared, input, steps, a)}`,
        }[a.outcome];
        // The step of this move: after the start and the events, one per action in the log's order.
        const at = 1 + input.log.events.length + input.log.actions.indexOf(a);
        const pushes = movePushes(prepared, a);
        const moved = all.flatMap((c) =>
          c.causes
            .filter((cause) => cause.kind === 'action' && cause.id === a.actor)
            .map((cause) => {
              if (c.kind === 'control') return c.text;
              const value = steps[at]?.indicators[c.id] ?? 50;
              const short = shortOf(pushes.get(`indicators.${c.id}`), cause.change, value);
              return `${indicatorWords(c.id).label} ${signed(cause.change)}${short}`;
            }),
        );
        moved.push(...fieldChanges(prepared, steps[at - 1], steps[at], pushes));
        const who = possessiveName(prepared, a.actor);
        const text = a.action === 'pass' ? `${who} move was to pass.` : `${who} move, ${title}, ${said}.`;
        return { actor: a.actor, action: a.action, title, outcome: a.outcome, text, moved };
      })
  );
}

/**
 * What made a person's blocked move impossible (review 2, finding 4): the first event or move of the turn after
 * which the move was no longer legal. An event whose effects set what the move would have set did it for them.
 */
function blockerWords(
  prepared: Prepared,
  input: TurnSummaryInput,
  steps: readonly Step[],
  a: ActionRecord,
): string {
  const legal = (step: Step | undefined) =>
    step !== undefined && illegality(prepared, step.state, a.actor, a.action, a.target) === null;
  const own = 1 + input.log.events.length + input.log.actions.indexOf(a);
  if (!legal(steps[0])) return 'it was no longer possible when the month began';
  const at = steps.findIndex((step, i) => i > 0 && i < own && legal(steps[i - 1]) && !legal(step));
  const cause = steps[at]?.cause;
  if (!cause) return 'it was no longer possible when it came to be played';
  if (cause.kind === 'action')
    return `${possessive(subject(cause.id))} move “${moveTitle(prepared, steps[at]?.record ?? a)}”, played before it this month, made it impossible`;
  const event = findEvent(prepared, cause.id);
  const kind =
    input.log.events.find((e) => e.id === cause.id)?.source === 'deck' ? 'chance event' : 'recorded event';
  const wanted = findLever(prepared, a.actor, a.action)?.onSuccess ?? [];
  const sets = (e: Effect) =>
    e.kind === 'flag' && wanted.some((w) => w.kind === 'flag' && w.flag === e.flag && w.set === e.set);
  return event?.effects.some(sets)
    ? `the ${kind} “${event.title}” already did this for ${subject(a.actor)} this month`
    : `the ${kind} “${event?.title ?? cause.id}” made it impossible this month`;
}

/** The person's move and what it changed, as one line: "Russia's move, ..., succeeded. It changed: ...". */
export function ownSentence(own: OwnMove): string {
  if (own.action === 'pass') return own.text;
  return `${own.text}${own.moved.length ? ` It changed: ${own.moved.join(', ')}.` : ' It changed nothing this turn.'}`;
}

const possessiveName = (prepared: Prepared, actor: string) => {
  const name = actorName(prepared, actor);
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
};

/** A person's own move in a turn: none when the table played their actor. */
const personsMove = (log: TurnLog | undefined, actor: string) =>
  log?.actions.find((a) => a.actor === actor && a.ruleId === null);

/** What a move's effect did to one input a rule may read: the amount it added, or the value it set. */
export type Push = { add: number } | { set: Value };

/**
 * The inputs a move's effects change, each with what the move did to it: the values a rule table may read next
 * turn. A zone's share that only feeds a mean over the zones is left out: no single input shows the move's part.
 */
function movePushes(prepared: Prepared, record: ActionRecord): Map<string, Push> {
  const ref = (id: string) => (id === '$target' ? (record.target ?? '') : id);
  const out = new Map<string, Push>();
  const add = (path: string, amount: number) => {
    const was = out.get(path);
    out.set(path, { add: (was && 'add' in was ? was.add : 0) + amount });
  };
  for (const e of appliedEffects(prepared, record)) {
    if (e.kind === 'indicator') add(`indicators.${e.indicator}`, e.add);
    if (e.kind === 'zone') {
      if (e.add !== undefined) add(`zones.${ref(e.zone)}.${e.field}`, e.add);
      else out.set(`zones.${ref(e.zone)}.${e.field}`, { set: e.set ?? null });
    }
    if (e.kind === 'relation') {
      add(`relations.${ref(e.from)}.${ref(e.to)}`, e.add);
      // Russia's relations with the Taliban and the US are also indicators, equal to the relation.
      const moved = movement(e);
      if (moved && ref(e.from) === 'russia') add(`indicators.${moved.indicator}`, e.add);
    }
    if (e.kind === 'flag') out.set(`flags.${e.flag}`, { set: e.set });
    if (e.kind === 'posture') out.set(`actors.${ref(e.actor)}.posture`, { set: e.set });
  }
  return out;
}

/** What an input would have read without the move: less what it added, or not what it set. */
function without(value: Value, push: Push): Value {
  if ('add' in push) return typeof value === 'number' ? value - push.add : value;
  return typeof push.set === 'boolean' ? !push.set : null;
}

/** "raised by 5", "lowered by 3", "changed". */
const pushWords = (push: Push) =>
  'add' in push && push.add !== 0
    ? `${push.add > 0 ? 'raised' : 'lowered'} by ${Math.abs(push.add)}`
    : 'changed';

/**
 * A value a move changed, as a reaction read it: "the Taliban's legitimacy, which that move raised by 2"; a flag
 * as the fact it became: "that Russia has moved to practical interaction, which that move brought about".
 */
export function movedValueWords(
  prepared: Prepared,
  v: { input: string; push: Push },
  values: Readonly<Record<string, Value>>,
): string {
  const r = reading(prepared, v.input);
  if (v.input.startsWith('flags.'))
    return `that ${r.fact(values[v.input] ?? null)}, which that move brought about`;
  return `${r.phrase}, which that move ${pushWords(v.push)}`;
}

/**
 * What of a person's last move a fired row really rests on: the move itself when the row names it as a reason
 * (a match on it that held), and each value the move changed without whose change the row would not have
 * fired. Empty when the row would have fired just the same without the move (issue 13, review 2 finding 1).
 */
export function readOfMove(
  prepared: Prepared,
  row: RuleRow,
  values: Readonly<Record<string, Value>>,
  human: string,
  last: ActionRecord,
): { move: boolean; outcome: boolean; values: { input: string; push: Push }[] } {
  const moveInput = `last.${human}`;
  const outcomeInput = `${moveInput}.outcome`;
  const named = (input: string) =>
    heldAtoms(row.when, values).some(
      ({ atom, wanted }) => atom.input === input && wanted && (atom.op === '==' || atom.op === 'in'),
    );
  const flips = (changed: Readonly<Record<string, Value>>) =>
    !conditionHolds(row.when, { ...values, ...changed });
  const noMove = { [moveInput]: null, [outcomeInput]: null };
  const move = moveInput in values && (named(moveInput) || flips(noMove));
  const outcome = outcomeInput in values && (named(outcomeInput) || (move && flips(noMove)));
  const pushes = [...movePushes(prepared, last)].filter(([input]) => input in values);
  const alone = pushes.filter(([input, push]) => flips({ [input]: without(values[input] ?? null, push) }));
  const together = Object.fromEntries(pushes.map(([i, p]) => [i, without(values[i] ?? null, p)]));
  const tipped = alone.length ? alone : pushes.length > 1 && flips(together) ? pushes : [];
  return { move, outcome, values: tipped.map(([input, push]) => ({ input, push })) };
}

/**
 * The tables that reacted to a person's last move: this turn's decisions whose rule rests on that move, or on a
 * value it changed (see readOfMove). The moves of one turn resolve together, so a reaction comes the turn after.
 */
function reactions(prepared: Prepared, input: TurnSummaryInput): Reaction[] {
  const out: Reaction[] = [];
  const outcomes = lastOutcomes(input.previousLog);
  for (const human of input.humans) {
    const last = personsMove(input.previousLog, human);
    if (!last) continue;
    for (const a of input.log.actions) {
      if (a.actor === human || a.ruleId === null || a.why === null) continue;
      const row = findRule(prepared, a.ruleId);
      if (!row) continue;
      const rests = readOfMove(prepared, row, a.why.conditions, human, last);
      const values = rests.values.map((v) => movedValueWords(prepared, v, a.why?.conditions ?? {}));
      const read = [
        ...(rests.move ? [`${possessiveName(prepared, human)} last move`] : []),
        ...(rests.outcome ? [`how ${possessiveName(prepared, human)} last move went`] : []),
        ...values,
      ];
      if (read.length === 0) continue;
      out.push({
        to: human,
        actor: a.actor,
        actorName: actorName(prepared, a.actor),
        title: moveTitle(prepared, a),
        read,
        readText: readClause(prepared, human, rests.move, rests.outcome, values),
        why: whyText(prepared, row, a.why.conditions, undefined, outcomes),
        citation: row.citations[0] ?? null,
      });
    }
  }
  return out;
}

/** "Russia's last move and how it went, and the peace process, which that move raised by 5". */
function readClause(
  prepared: Prepared,
  human: string,
  move: boolean,
  outcome: boolean,
  values: readonly string[],
): string {
  const last = `${possessiveName(prepared, human)} last move`;
  const moveText =
    move && outcome ? `${last} and how it went` : move ? last : outcome ? `how ${last} went` : '';
  const valueText = list([...values], 'and');
  return moveText && valueText ? `${moveText}, and ${valueText}` : moveText || valueText;
}

/** The people's moves of the turn before, which this turn's tables may react to (none on a first turn). */
function lastMovesOf(prepared: Prepared, input: TurnSummaryInput): LastMove[] {
  const log = input.previousLog;
  if (!log) return [];
  return input.humans.flatMap((h) => {
    const a = personsMove(log, h);
    return a
      ? [
          {
            actor: h,
            month: monthName(log.date),
            action: a.action,
            title: moveTitle(prepared, a),
            outcome: a.outcome,
          },
        ]
      : [];
  });
}

export function turnSummary(prepared: Prepared, input: TurnSummaryInput): TurnSummary {
  const steps = stepsOf(prepared, input);
  const all = [...controlChanges(prepared, input, steps), ...indicatorChanges(prepared, input, steps)];
  return {
    turn: input.log.turn,
    month: monthName(input.log.date),
    changes: largest(all),
    all,
    own: ownMoves(prepared, input, all, steps),
    reacting: input.humans.filter((h) => personsMove(input.previousLog, h)),
    lastMoves: lastMovesOf(prepared, input),
    reactions: reactions(prepared, input),
  };
}

/**
 * The summary of the turn that took `before` (the game as that turn was played from, submissions and any
 * injected event in it) to `after`; null when `after` holds no such turn. `humans` defaults to `after`'s.
 */
export function summaryBetween(
  before: Pick<Game, 'state' | 'log' | 'initial'>,
  after: Pick<Game, 'prepared' | 'log' | 'humans'> & { state?: State },
  humans: readonly string[] = after.humans,
): TurnSummary | null {
  const turns = before.log.length;
  const log = after.log[turns];
  if (!log || log.turn !== turns + 1) return null;
  const previousLog = before.log[turns - 1];
  return turnSummary(after.prepared, {
    before: before.state,
    log,
    previous: previousLog?.indicators ?? before.initial.indicators,
    previousLog,
    humans,
    // `after`'s state is this turn's end only when this turn is its last.
    after: after.log.length === turns + 1 ? after.state : undefined,
    history: before.log,
  });
}

/**
 * The summary of every turn of a replay, for the chronicle: the replay played again, each turn from the game
 * before it with the teacher's events of that turn applied. Its people are the actors it recorded decisions
 * for. Null when the replay does not play here.
 */
export function replaySummaries(source: ContentSource, replay: ReplayFile): TurnSummary[] | null {
  const created = newGame(source, {
    scenario: replay.scenario,
    variant: replay.variant,
    seed: replay.seed,
    withoutSource: replay.options.withoutSource,
  });
  if (!created.ok) return null;
  const records: Game[] = [created.game];
  const checked = verifyReplay(source, replay, (game) => records.push(game));
  if (!checked.ok) return null;
  const humans = [...new Set(replay.decisions.map((d) => d.actor))].sort();
  return records.slice(1).flatMap((after, i) => {
    const before = records[i];
    const summary = before && summaryBetween(withInjections(before, replay, i + 1), after, humans);
    return summary ? [summary] : [];
  });
}

/** A replayed game before turn `turn` as that turn was played from: the teacher's events of the turn applied. */
export function withInjections(before: Game, replay: Pick<ReplayFile, 'injections'>, turn: number): Game {
  let game = before;
  for (const injection of replay.injections ?? []) {
    if (injection.turn !== turn) continue;
    const injected = injectEvent(game, injection.event);
    if (injected.ok) game = injected.game;
  }
  return game;
}
