import { sourceLabel } from '../content/sources.ts';
import type { Citation, Condition, Flip, Game, RuleRow, Scalar } from '../engine/index.ts';
import { traceCondition } from '../engine/index.ts';
import { periodNote } from './citation-period.ts';
import { actorName, findLever, findRule } from './lookup.ts';
import { zoneFieldWords } from './vocabulary.ts';

/** Words for what the engine records: dates, inputs, conditions, flips. Shared by the CLI and the browser. */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 turn", "11 turns". */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A change with its sign: "+5", "-3", "0". */
export const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

export function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export function shortInput(path: string): string {
  const [head, a, b] = path.split('.');
  if (head === 'indicators' || head === 'flags') return a ?? path;
  if (head === 'last') return `${a}'s last action`;
  if (head === 'zones' || head === 'relations') return `${a}.${b}`;
  return path;
}

export const show = (value: Scalar | Scalar[] | null | undefined): string =>
  Array.isArray(value)
    ? `[${value.join(', ')}]`
    : value === null || value === undefined
      ? 'none'
      : String(value);

type Values = Readonly<Record<string, Scalar | null>>;
type AtomOf<C> = C extends { input: string } ? C : never;

/** A condition in words, each atom written by `atom`, joined with and, or and not. */
function conditionWords(condition: Condition, atom: (a: AtomOf<Condition>) => string): string {
  if ('all' in condition)
    return condition.all.length ? condition.all.map((c) => conditionWords(c, atom)).join(' and ') : 'always';
  if ('any' in condition) return `(${condition.any.map((c) => conditionWords(c, atom)).join(' or ')})`;
  if ('not' in condition) return `not (${conditionWords(condition.not, atom)})`;
  return atom(condition);
}

/** A row's condition in words, with the values it read: "taliban_territory 42 >= 40 and ...". */
export function describeCondition(condition: Condition, values: Values): string {
  return conditionWords(
    condition,
    (a) => `${shortInput(a.input)} ${show(values[a.input])} ${a.op} ${show(a.value)}`,
  );
}

/**
 * What an action still needs, with what there is now: "kabul_fallen == true (now false)". Parts that already
 * hold are left out; "either ... or ..." when any one part would do.
 */
export function describeRequirement(condition: Condition, values: Values): string {
  const atom = (a: AtomOf<Condition>) =>
    `${shortInput(a.input)} ${a.op} ${show(a.value)} (now ${show(values[a.input])})`;
  const unmet = (c: Condition) => !traceCondition(c, (input) => values[input] ?? null).holds;
  const words = (c: Condition): string => {
    if ('all' in c) return c.all.filter(unmet).map(words).join(' and ');
    if ('any' in c) return `either ${c.any.map(words).join(' or ')}`;
    if ('not' in c) return `not ${conditionWords(c.not, atom)}`;
    return atom(c);
  };
  return words(condition);
}

/** The title of the action a rule row takes, and its target in words. */
export function rowAction(game: Game, actor: string, row: RuleRow): string {
  const title =
    findLever(game.prepared, actor, row.do.action)?.title ??
    (row.do.action === 'pass' ? 'Pass' : row.do.action);
  const target = row.do.target;
  if (target === null) return title;
  if (typeof target === 'string') return `${title} → ${zoneOrActorName(game, target)}`;
  const [field, most] = 'maxBy' in target ? [target.maxBy, 'highest'] : [target.minBy, 'lowest'];
  return `${title} → the zone with the ${most} ${zoneFieldWords(field.split('.')[2] ?? '').noun}`;
}

export function zoneOrActorName(game: Pick<Game, 'prepared'>, id: string): string {
  return game.prepared.content.scenario.zones.find((z) => z.id === id)?.name ?? actorName(game.prepared, id);
}

/**
 * The nearest flip, without a lead-in so that each caller picks its own ("instead: ", "Nearest flip: "):
 * "Hold a drill on a Central Asian border, had taliban_territory been 45 (not 40)".
 */
export function describeFlip(game: Game, actor: string, flip: Flip): string {
  const row = findRule(game.prepared, flip.ruleId);
  const action = row ? rowAction(game, actor, row) : flip.ruleId;
  return `${action}, had ${shortInput(flip.input)} been ${show(flip.to)} (not ${show(flip.from)})`;
}

/** A quote and its report; beside a move dated `date`, "(background, 2017)" or "(later, 2022)" when it describes another time. */
export function quoteLine(citation: Citation | undefined, date?: string): string {
  if (!citation) return '';
  const note = date === undefined ? null : periodNote(citation, date);
  return `“${citation.quote}” (${sourceLabel(citation.source)})${note ? ` (${note})` : ''}`;
}

/** A condition as written: "tajik_taliban_tension >= 55 and kabul_fallen == true". */
export function conditionText(condition: Condition): string {
  return conditionWords(condition, (a) => `${shortInput(a.input)} ${a.op} ${show(a.value)}`);
}
