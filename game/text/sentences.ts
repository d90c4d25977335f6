import type { Atom, Condition, Flip, Prepared, RuleRow, Scalar, TurnLog } from '../engine/index.ts';
import { traceCondition } from '../engine/index.ts';
import { capitalise, list, negated, reading, subject, threshold, type Value, zonePlace } from './inputs.ts';
import { findLever, findRule } from './lookup.ts';
import { actionWords, zoneFieldWords } from './vocabulary.ts';

/**
 * Conditions and flips as sentences a student can read, from the values the log recorded: "Kabul has not
 * fallen, and the Taliban hold 40% of the country (38% or more needed)". Computed when shown, never stored.
 */
type Values = Readonly<Record<string, Value>>;

const holds = (c: Condition, values: Values) => traceCondition(c, (input) => values[input] ?? null).holds;

/** One comparison as a fact about the world, with the threshold it met (none for matching values). */
interface Fact {
  input: string;
  fact: string;
  needed: string | null;
}

/**
 * A row's guard on its actor's own last move ("not this one again", "a pass or one of these") is bookkeeping,
 * not a reason: "China has not moved yet" or "Kazakhstan passed last turn" would read as why it acted.
 */
function bookkeeping(atom: Atom, values: Values, wanted: boolean, actor: string | undefined): boolean {
  if (actor === undefined || atom.input !== `last.${actor}`) return false;
  const op = wanted ? atom.op : negated(atom.op);
  const last = values[atom.input] ?? null;
  return op === '!=' || (op === 'in' && (last === null || last === 'pass'));
}

/**
 * How a sentence is told: `actor` leaves out its table's guard on its own last move; `decided` names inputs
 * whose value is told as read when the actor decided ("was 20 when it decided"), beside a change that shows
 * the value before and after the turn.
 */
export interface Telling {
  actor?: string;
  decided?: readonly string[];
  /** The row's own action: its guard that the action is not done yet is no reason (see notDoneYet). */
  action?: string;
  /** How each actor's last move went, where known: a move that failed or was blocked is told as "tried to". */
  outcomes?: Readonly<Record<string, 'success' | 'failure' | 'blocked'>>;
}

/** "Russia tried to move on to practical interaction last turn and was blocked", or null for a move that went. */
function triedFact(atom: Atom, values: Values, telling: Telling, to: string): string | null {
  const actor = /^last\.([^.]+)$/.exec(atom.input)?.[1];
  const value = values[atom.input] ?? null;
  const outcome = actor ? telling.outcomes?.[actor] : undefined;
  // A row that reads the outcome itself says how the move went (merged below).
  if (!actor || value === null || value === 'pass' || `${atom.input}.outcome` in values) return null;
  if (outcome !== 'failure' && outcome !== 'blocked') return null;
  // "to fight ISIS-K" -> "tried and failed to fight ISIS-K": no comma, so that it sits in a list of reasons.
  return outcome === 'failure'
    ? `${subject(actor)} tried and failed ${to} last turn`
    : `${subject(actor)} tried ${to} last turn and was blocked`;
}

/**
 * A row's guard that its own action has not been done yet (review 2, finding 20): a flag the action sets, which
 * the row needs unset. "Because Kabul has fallen, and Tajikistan does not host the resistance's leaders" read
 * as "it did X because it had not done X". It keeps the row from repeating itself, and is no reason.
 */
function notDoneYet(prepared: Prepared, atom: Atom, wanted: boolean, telling: Telling): boolean {
  if (!telling.actor || !telling.action || !atom.input.startsWith('flags.')) return false;
  const flag = atom.input.slice('flags.'.length);
  const op = wanted ? atom.op : negated(atom.op);
  const lever = findLever(prepared, telling.actor, telling.action);
  return (lever?.onSuccess ?? []).some(
    (e) =>
      e.kind === 'flag' &&
      e.flag === flag &&
      ((op === '==' && atom.value !== e.set) || (op === '!=' && atom.value === e.set)),
  );
}

/** One comparison as a fact; `wanted` says whether the rule needs it true (false under a `not`). */
function atomFact(prepared: Prepared, atom: Atom, values: Values, wanted: boolean, telling: Telling): Fact {
  const r = reading(prepared, atom.input);
  const value = values[atom.input] ?? null;
  const fact = telling.decided?.includes(atom.input)
    ? `${r.phrase} was ${r.name(value)} when it decided`
    : (triedFact(atom, values, telling, r.name(value)) ?? r.fact(value));
  // Matching values (a flag, who holds a zone, a last move) and exact matches need no more than the fact.
  const op = wanted ? atom.op : negated(atom.op);
  if (r.scale === null || op === '==') return { input: atom.input, fact, needed: null };
  return { input: atom.input, fact, needed: threshold(r, op, atom.value) };
}

/**
 * The facts that made `c` come out as `outcome`: for an `any` that held, only its branches that held. Each
 * says what the rule needed of it, which a `not` turns round.
 */
function facts(
  prepared: Prepared,
  c: Condition,
  values: Values,
  outcome: boolean,
  wanted = true,
  telling: Telling = {},
): Fact[] {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    // all held: every part; all failed: the parts that failed. any held: the parts that held; any failed: all.
    const every = 'all' in c === outcome;
    return parts
      .filter((p) => every || holds(p, values) === outcome)
      .flatMap((p) => facts(prepared, p, values, outcome, wanted, telling));
  }
  if ('not' in c) return facts(prepared, c.not, values, !outcome, !wanted, telling);
  // A guard that held is no reason; one that failed is why the row was not taken, and says so.
  if (outcome && bookkeeping(c, values, wanted, telling.actor)) return [];
  if (outcome && notDoneYet(prepared, c, wanted, telling)) return [];
  return [atomFact(prepared, c, values, wanted, telling)];
}

/**
 * The comparisons that made `c` come out as `outcome`, picked as `facts` picks them (an `any` that held gives
 * only its branches that held), each with whether the rule needs it true: what a reason really rests on.
 */
export function heldAtoms(
  c: Condition,
  values: Values,
  outcome = true,
  wanted = true,
): { atom: Atom; wanted: boolean }[] {
  if ('all' in c || 'any' in c) {
    const parts = 'all' in c ? c.all : c.any;
    const every = 'all' in c === outcome;
    return parts
      .filter((p) => every || holds(p, values) === outcome)
      .flatMap((p) => heldAtoms(p, values, outcome, wanted));
  }
  if ('not' in c) return heldAtoms(c.not, values, !outcome, !wanted);
  return [{ atom: c, wanted }];
}

/** Whether `c` holds on `values`. */
export const conditionHolds = holds;

/**
 * Facts about one input become one ("it is May 2021 (January 2021 or later and August 2021 or earlier
 * needed)"), and a last move's outcome joins the move ("Russia's last move was to ..., and it succeeded").
 */
function merged(list: readonly Fact[]): string[] {
  const out: Fact[] = [];
  for (const f of list) {
    const same = out.find((o) => o.input === f.input);
    if (same) {
      if (f.needed && same.needed !== f.needed)
        same.needed = same.needed ? `${same.needed} and ${f.needed}` : f.needed;
      continue;
    }
    out.push({ ...f });
  }
  const texts = out.map((f) => (f.needed ? `${f.fact} (${f.needed} needed)` : f.fact));
  return out.flatMap((f, i) => {
    if (f.input.startsWith('last.') && f.input.endsWith('.outcome')) {
      const move = out.findIndex((o) => o.input === f.input.slice(0, -'.outcome'.length));
      const verb = f.fact.split(' last move ')[1];
      if (move >= 0 && verb) return [];
      return [texts[i] ?? ''];
    }
    const outcome = out.find((o) => o.input === `${f.input}.outcome`);
    const verb = outcome?.fact.split(' last move ')[1];
    const text = texts[i] ?? '';
    if (!verb) return [text];
    // "Russia's last move, to convene regional talks, succeeded".
    return [
      text.includes(' last move was ')
        ? `${text.replace(' last move was ', ' last move, ')}, ${verb}`
        : `${text}, and it ${verb}`,
    ];
  });
}

/** "A, and B" as the example reads; a single fact alone. */
function joinFacts(list: readonly Fact[]): string {
  const parts = merged(list);
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

/**
 * Why a condition held, from the values it read: the parts that held, joined; "" for a condition that always
 * holds. For a condition that did not hold, `outcome` false gives the parts that made it fail. With `actor`,
 * the row's guard against repeating its own last move is left out of a condition that held.
 */
export function conditionSentence(
  prepared: Prepared,
  condition: Condition,
  values: Values,
  outcome = true,
  telling: Telling = {},
): string {
  return joinFacts(facts(prepared, condition, values, outcome, true, telling));
}

/** How each actor's move of a turn went: what a "Because" that reads a last move says of it ("tried to ..."). */
export function lastOutcomes(log: Pick<TurnLog, 'actions'> | undefined): NonNullable<Telling['outcomes']> {
  return Object.fromEntries((log?.actions ?? []).map((a) => [a.actor, a.outcome]));
}

/** The actor whose table holds a row: rule ids start with it ("china.host-taliban-envoys"). */
export const rowActor = (row: Pick<RuleRow, 'id'>) => row.id.slice(0, row.id.indexOf('.'));

/**
 * The sentence `run --json` gives as `why.text`, and the log and the chronicle print. A row whose only
 * condition is bookkeeping, or none, is what the actor does when nothing more pressing applies. `decided`:
 * the inputs to tell as read at decision time; `outcomes`: how the last moves went (see Telling).
 */
export function whyText(
  prepared: Prepared,
  row: RuleRow,
  values: Values,
  decided?: readonly string[],
  outcomes?: Telling['outcomes'],
): string {
  const actor = rowActor(row);
  const because = conditionSentence(prepared, row.when, values, true, {
    actor,
    action: row.do.action,
    decided,
    outcomes,
  });
  if (because) return `Because ${because}.`;
  const who = subject(actor);
  const words = actionWords(actor, row.do.action);
  const did =
    row.do.action === 'pass' ? 'passed' : `chose to ${words.to}${targetWords(prepared, row.do.target)}`;
  return `With nothing more pressing, ${who} ${did}.`;
}

/** Where a row's action happens: " in Kabul", " in the zone with the highest ISIS-K presence", or "". */
export function targetWords(prepared: Prepared, target: RuleRow['do']['target']): string {
  if (target === null || target === undefined) return '';
  if (typeof target === 'string') return ` ${zonePlace(prepared, target)}`;
  const [field, most] = 'maxBy' in target ? [target.maxBy, 'highest'] : [target.minBy, 'lowest'];
  return ` in the zone with the ${most} ${zoneFieldWords(field.split('.')[2] ?? '').noun}`;
}

/**
 * Whether a flip teaches anything: not when it leads to the move that was made (only the reason would change),
 * nor when its condition is the actor's own last move (it would have done X had it not just done X), nor when
 * it needs a month outside the game.
 */
export function meaningfulFlip(
  prepared: Prepared,
  actor: string,
  flip: Flip,
  taken?: { action: string; target?: string | null },
): boolean {
  const row = findRule(prepared, flip.ruleId);
  return !outsideGame(prepared, flip) && teaches(actor, flip.input, row?.do.action ?? null, taken);
}

/**
 * A flip to a month the game never reaches, or one before it began: it teaches nothing a student can act on,
 * and a later one leaks the future ("ISIS-K would have attacked the embassy, had it been July 2022").
 */
export function outsideGame(prepared: Prepared, flip: Pick<Flip, 'input' | 'to'>): boolean {
  if (flip.input !== 'date' || typeof flip.to !== 'string') return false;
  const { start, end } = prepared.content.scenario;
  return flip.to < start || flip.to > end;
}

/**
 * The rule of `meaningfulFlip` on a flip's parts: the input it changes and the action of the row it leads to
 * (null for a row the content does not have), so that a search for the next flip can ask it of each candidate.
 */
export function teaches(
  actor: string,
  input: string,
  action: string | null,
  taken?: { action: string; target?: string | null },
): boolean {
  if (input === `last.${actor}` || input === `last.${actor}.outcome`) return false;
  return !(action !== null && taken && taken.action === action);
}

/**
 * The nearest flip as a sentence: "Russia would have urged Tajikistan to restrain its rhetoric instead, had
 * tension between Tajikistan and the Taliban been 62 (it was 35)." Null for a flip that is not meaningful: the
 * text says none rather than one that makes no sense (flip-text.ts then looks for the next one that does).
 */
export function flipSentence(
  prepared: Prepared,
  actor: string,
  flip: Flip,
  taken?: { action: string; target?: string | null },
): string | null {
  if (!meaningfulFlip(prepared, actor, flip, taken)) return null;
  const row = findRule(prepared, flip.ruleId);
  const who = capitalise(subject(actor));
  const did = row
    ? `${actionWords(actor, row.do.action).did}${targetWords(prepared, row.do.target)}`
    : 'followed another of its rules';
  return `${who} would have ${did} instead, ${reading(prepared, flip.input).had(flip.to, flip.from)}.`;
}

/** An action's requirement that is not met, with what there is now, for the decision panel. */
function needed(prepared: Prepared, atom: Atom, values: Values): string {
  const r = reading(prepared, atom.input);
  const actual = values[atom.input] ?? null;
  // "the date before January 2019", "the peace process at less than 40".
  const at = r.scale === 'time' ? '' : ' at';
  if (r.scale !== null)
    return `${r.phrase}${at} ${threshold(r, atom.op, atom.value)} (now ${r.name(actual)})`;
  // A row's guard on a last move: "Uzbekistan's last move to be anything but to keep ... (it was to keep ...)".
  if (atom.op === '!=' && typeof atom.value === 'string' && atom.input.startsWith('last.'))
    return `${r.phrase} to be anything but ${r.name(atom.value)} (it was ${r.name(actual)})`;
  const wanted: Scalar[] = Array.isArray(atom.value) ? atom.value : [atom.value];
  const would =
    atom.op === '!=' && typeof atom.value === 'boolean'
      ? r.fact(!atom.value)
      : atom.op === '!='
        ? `not: ${r.fact(atom.value as Scalar)}`
        : list(
            wanted.map((v) => r.fact(v)),
            'or',
          );
  return `${would} (now: ${r.fact(actual)})`;
}

/**
 * What an action still needs, in words: "Kabul has fallen (now: Kabul has not fallen)". Parts that already hold
 * are left out; "either ... or ..." when any one part would do.
 */
export function requirementSentence(prepared: Prepared, condition: Condition, values: Values): string {
  const words = (c: Condition): string => {
    if ('all' in c) return list(c.all.filter((p) => !holds(p, values)).map(words), 'and');
    if ('any' in c) return `either ${c.any.map(words).join(' or ')}`;
    if ('not' in c)
      return `it not to be so that ${joinFacts(facts(prepared, c.not, values, true))} (now it is)`;
    return needed(prepared, c, values);
  };
  return words(condition);
}
