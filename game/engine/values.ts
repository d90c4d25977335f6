import type { Scalar } from './schema/ids.ts';

/** What an input reads: `scalar` is a flag whose type the scenario's value gives. */
export type ValueType = 'number' | 'string' | 'boolean' | 'scalar';

/** The type of a literal in a condition or a flag's starting value. */
export function typeOf(value: Scalar): ValueType {
  return typeof value === 'number' ? 'number' : typeof value === 'string' ? 'string' : 'boolean';
}

/** What `last.A.outcome` may be: how an action came out in the resolution phase. */
const OUTCOMES: ReadonlySet<string> = new Set(['blocked', 'failure', 'success']);

/** The id lists some inputs take their values from: an actor's actions and postures, actor ids, zone holders. */
export interface ValueDomains {
  /** `last.A` -> the action ids of A (pass included). */
  actions: ReadonlyMap<string, ReadonlySet<string>>;
  /** `actors.A.posture` -> the postures of A. */
  postures: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every actor id of the vocabulary: shared actor files may compare with actors a scenario lacks. */
  actorIds: ReadonlySet<string>;
  /** The actors that can hold an Afghan zone in this content (`zoneControllers`). */
  zoneControllers: readonly string[];
}

/**
 * The id list an input's values come from, where it has one. `valid` is what a condition may compare the
 * input with (a validation check); `reachable` is what the input can become in play, in id order (what the
 * nearest flip may propose). They differ for zone control: any actor id is a valid comparison, but only the
 * zone controllers can hold a zone.
 */
export function domainOf(
  path: string,
  domains: ValueDomains,
): { name: string; valid: ReadonlySet<string>; reachable: readonly string[] } | null {
  const [head, a, b] = path.split('.');
  const of = (name: string, values: ReadonlySet<string> | undefined) =>
    values ? { name, valid: values, reachable: [...values].sort() } : null;
  if (head === 'last' && b === 'outcome') return of('outcomes', OUTCOMES);
  if (head === 'last' && a) return of(`actions of ${a}`, domains.actions.get(a));
  if (head === 'actors' && a && b === 'posture') return of(`postures of ${a}`, domains.postures.get(a));
  if (head === 'zones' && b === 'control')
    return { name: 'actor ids', valid: domains.actorIds, reachable: domains.zoneControllers };
  return null;
}
