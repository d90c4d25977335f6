import type { Operator, Prepared, Scalar } from '../engine/index.ts';
import {
  actionWords,
  actorWords,
  flagWords,
  humanize,
  indicatorWords,
  postureLabel,
  withUnit,
  zoneFieldWords,
} from './vocabulary.ts';
import { monthName } from './words.ts';

export type Value = Scalar | null;

/** How one input of a condition reads in a sentence, built from the vocabulary. */
export interface Reading {
  /** The input inside a sentence: "the peace process", "the date". */
  phrase: string;
  /** A value in words: "40%", "January 2022", "the Taliban", "to cool its rhetoric". */
  name(value: Value): string;
  /** What a value says about the world: "the Taliban hold 40% of the country", "Kabul has not fallen". */
  fact(value: Value): string;
  /** The clause of a nearest flip: "had the peace process been 62 (it was 35)". */
  had(to: Value, from: Value): string;
  /** Amounts compare as more and less, times as later and earlier; other values only match or not. */
  scale: 'amount' | 'time' | null;
}

/** "Russia's", "the United States'". */
export const possessive = (subject: string) => (subject.endsWith('s') ? `${subject}'` : `${subject}'s`);
export const capitalise = (text: string) => (text ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text);

/** "A", "A and B", "A, B and C". */
export function list(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

export const subject = (actor: string) => actorWords(actor).subject;

/**
 * An actor doing something, agreed in number and capitalised only at the start: "The Taliban decide", "what
 * the Taliban want", "Russia decides". The actor's name ("The Taliban") is a label, not a subject.
 */
export function actorDoes(actor: string, singular: string, plural: string, start = false): string {
  const who = start ? capitalise(subject(actor)) : subject(actor);
  return `${who} ${actorWords(actor).plural ? plural : singular}`;
}

/** The verb an actor takes: "Russia has", "the Taliban have". */
export function verb(actor: string, singular: 'has' | 'is'): string {
  if (!actorWords(actor).plural) return singular;
  return singular === 'has' ? 'have' : 'are';
}

export function zoneName(prepared: Prepared, zone: string): string {
  return prepared.content.scenario.zones.find((z) => z.id === zone)?.name ?? subject(zone);
}

/** Where an action happens: "in Kabul", "on the Tajik-Afghan border". */
export function zonePlace(prepared: Prepared, zone: string): string {
  const found = prepared.content.scenario.zones.find((z) => z.id === zone);
  if (!found) return `towards ${subject(zone)}`;
  return found.kind === 'border' ? `on the ${found.name}` : `in ${found.name}`;
}

const plainValue = (value: Value) =>
  value === null ? 'none' : typeof value === 'string' ? humanize(value) : String(value);

function generic(
  phrase: string,
  scale: Reading['scale'],
  name: (v: Value) => string,
  verb: 'is' | 'are' = 'is',
): Reading {
  return {
    phrase,
    name,
    scale,
    fact: (v) => `${phrase} ${verb} ${name(v)}`,
    had: (to, from) =>
      `had ${phrase} been ${name(to)} (${verb === 'is' ? 'it was' : 'they were'} ${name(from)})`,
  };
}

const amount = (unit: string) => (v: Value) => (typeof v === 'number' ? withUnit(v, unit) : plainValue(v));

/**
 * A last move that is none: the first month of the game, when no one has moved (review 2, finding 19: "Russia
 * had not moved yet" read as false beside the move Russia had just made).
 */
const FIRST_MONTH = 'this is the first month: there was no earlier move';

function lastMove(actor: string): Reading {
  const who = subject(actor);
  const name = (v: Value) =>
    v === null ? 'no move yet' : v === 'pass' ? 'a pass' : `to ${actionWords(actor, String(v)).to}`;
  return {
    phrase: `${possessive(who)} last move`,
    name,
    scale: null,
    fact: (v) =>
      v === null
        ? `${who} ${verb(actor, 'has')} not moved yet`
        : v === 'pass'
          ? `${who} passed last turn`
          : `${possessive(who)} last move was ${name(v)}`,
    had: (to, from) =>
      `had ${possessive(who)} last move been ${name(to)} (${from === null ? FIRST_MONTH : `it was ${name(from)}`})`,
  };
}

function lastOutcome(actor: string): Reading {
  const who = subject(actor);
  const names: Record<string, string> = { success: 'a success', failure: 'a failure', blocked: 'blocked' };
  const verbs: Record<string, string> = { success: 'succeeded', failure: 'failed', blocked: 'was blocked' };
  const name = (v: Value) => (v === null ? 'no move yet' : (names[String(v)] ?? plainValue(v)));
  return {
    phrase: `the outcome of ${possessive(who)} last move`,
    name,
    scale: null,
    fact: (v) =>
      v === null
        ? `${who} ${verb(actor, 'has')} not moved yet`
        : `${possessive(who)} last move ${verbs[String(v)] ?? `was ${plainValue(v)}`}`,
    had: (to, from) =>
      `had ${possessive(who)} last move been ${name(to)} (${from === null ? FIRST_MONTH : `it was ${name(from)}`})`,
  };
}

function flag(id: string): Reading {
  const w = flagWords(id);
  const name = (v: Value) => (typeof v === 'boolean' ? (v ? 'yes' : 'no') : plainValue(v));
  return {
    phrase: w.label,
    name,
    scale: null,
    // A flag left unset reads as false, as the engine reads it.
    fact: (v) => (v === true ? w.yes : v === false || v === null ? w.no : `${w.label} is ${plainValue(v)}`),
    had: (to) =>
      `had it been true that ${to === true ? w.yes : to === false ? w.no : `${w.label} is ${name(to)}`}`,
  };
}

function zoneField(prepared: Prepared, zone: string, field: string): Reading {
  const place = zoneName(prepared, zone);
  if (field === 'control') {
    const name = (v: Value) => (v === null ? 'nobody' : subject(String(v)));
    return {
      phrase: `who holds ${place}`,
      name,
      scale: null,
      fact: (v) => (v === null ? `nobody holds ${place}` : `${place} is held by ${name(v)}`),
      had: (to, from) => `had ${place} been held by ${name(to)} (it was held by ${name(from)})`,
    };
  }
  const w = zoneFieldWords(field);
  return generic(w.phrase.replace('{zone}', place), 'amount', amount(w.unit));
}

/** How the input at `path` (docs/engine.md's closed list) reads. */
export function reading(prepared: Prepared, path: string): Reading {
  const [head, a = '', b = ''] = path.split('.');
  switch (head) {
    case 'indicators': {
      const w = indicatorWords(a);
      const r = generic(w.phrase, 'amount', amount(w.unit));
      const says = w.says;
      return says ? { ...r, fact: (v) => says.replace('{value}', r.name(v)) } : r;
    }
    case 'zones':
      return zoneField(prepared, a, b);
    case 'relations':
      return generic(
        `${possessive(subject(a))} relations with ${subject(b)}`,
        'amount',
        amount('out of 100'),
        'are',
      );
    case 'actors': {
      const who = subject(a);
      if (b === 'posture') {
        const name = (v: Value) => (v === null ? 'absent' : postureLabel(String(v)));
        return {
          ...generic(`${possessive(who)} posture`, null, name),
          fact: (v) => `${who} ${verb(a, 'is')} ${name(v)}`,
        };
      }
      return {
        ...generic(`${possessive(who)} resources`, 'amount', plainValue),
        fact: (v) => `${who} ${verb(a, 'has')} ${plainValue(v)} resources`,
        had: (to, from) => `had ${who} had ${plainValue(to)} resources (it had ${plainValue(from)})`,
      };
    }
    case 'date': {
      const name = (v: Value) => (typeof v === 'string' ? monthName(v) : plainValue(v));
      return {
        ...generic('the date', 'time', name),
        fact: (v) => `it is ${name(v)}`,
        had: (to, from) => `had it been ${name(to)} (it was ${name(from)})`,
      };
    }
    case 'turn': {
      const name = (v: Value) => `turn ${plainValue(v)}`;
      return {
        ...generic('the turn', 'time', name),
        fact: (v) => `this is ${name(v)}`,
        had: (to, from) => `had it been ${name(to)} (it was ${name(from)})`,
      };
    }
    case 'last':
      return b === 'outcome' ? lastOutcome(a) : lastMove(a);
    case 'flags':
      return flag(a);
    default:
      return generic(humanize(path), null, plainValue);
  }
}

const NEGATED: Record<Exclude<Operator, 'in'>, Exclude<Operator, 'in'>> = {
  '<': '>=',
  '<=': '>',
  '==': '!=',
  '!=': '==',
  '>=': '<',
  '>': '<=',
};

/** The operator that holds exactly when `op` does not ('in' has none: its negation is written out). */
export function negated(op: Operator): Operator | null {
  return op === 'in' ? null : NEGATED[op];
}

/** A threshold in words: "38% or more", "after January 2022", "exactly 5", "yes or no". */
export function threshold(r: Reading, op: Operator | null, value: Scalar | Scalar[]): string {
  const values = Array.isArray(value) ? value : [value];
  if (op === null) return `anything but ${list(values.map(r.name), 'or')}`;
  const v = r.name(values[0] ?? null);
  const time = r.scale === 'time';
  switch (op) {
    case '>=':
      return `${v} or ${time ? 'later' : 'more'}`;
    case '>':
      return `${time ? 'after' : 'more than'} ${v}`;
    case '<=':
      return `${v} or ${time ? 'earlier' : 'less'}`;
    case '<':
      return `${time ? 'before' : 'less than'} ${v}`;
    case '==':
      return `exactly ${v}`;
    case '!=':
      return `anything but ${v}`;
    case 'in':
      return list(values.map(r.name), 'or');
  }
}
