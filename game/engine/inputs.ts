import type { Scalar } from './schema/ids.ts';
import type { State } from './schema/state.ts';
import { typeOf, type ValueType } from './values.ts';

export type { ValueType };

/**
 * Condition inputs: the closed list of paths a rule row, a lever precondition or an event may read.
 * Each is parsed once into a reader. `$target` in a zone or actor slot reads the candidate target
 * (only lever preconditions have one).
 */
export type Value = Scalar | null;
export type Reader = (state: State, target: string | null) => Value;

export interface ParsedInput {
  path: string;
  read: Reader;
  type: ValueType;
  usesTarget: boolean;
}

/** A test of membership, for id families that are open (every `af_*` zone) and so cannot be listed. */
export interface IdTest {
  has(id: string): boolean;
}

/** What exists in the scenario, so that an input naming something absent is an error, not a silent null. */
export interface InputScope {
  indicators: ReadonlySet<string>;
  zones: IdTest;
  actors: IdTest;
  flags: ReadonlyMap<string, Scalar>;
  relations: IdTest;
  zoneFields: ReadonlyMap<string, ValueType>;
}

export const INPUT_FORMS = [
  'indicators.NAME',
  'zones.ZONE.FIELD',
  'relations.FROM.TO',
  'actors.ACTOR.posture',
  'actors.ACTOR.resources',
  'last.ACTOR',
  'last.ACTOR.outcome',
  'flags.FLAG',
  'date',
  'turn',
] as const;

const TARGET = '$target';

/** Parses an input path, or returns why it is not one. */
export function parseInput(path: string, scope: InputScope): ParsedInput | string {
  const parts = path.split('.');
  const [head, a, b] = parts;
  const pick = (id: string | undefined, target: string | null) => (id === TARGET ? target : id);
  const expectParts = (n: number) => parts.length === n;
  switch (head) {
    case 'date':
      if (!expectParts(1)) break;
      return { path, type: 'string', usesTarget: false, read: (s) => s.meta.date };
    case 'turn':
      if (!expectParts(1)) break;
      return { path, type: 'number', usesTarget: false, read: (s) => s.meta.turn };
    case 'indicators': {
      if (!expectParts(2) || !a) break;
      if (!scope.indicators.has(a)) return `unknown indicator '${a}'`;
      return { path, type: 'number', usesTarget: false, read: (s) => s.indicators[a] ?? null };
    }
    case 'zones': {
      if (!expectParts(3) || !a || !b) break;
      if (a !== TARGET && !scope.zones.has(a)) return `unknown zone '${a}'`;
      const type = scope.zoneFields.get(b);
      if (!type) return `unknown zone field '${b}' (fields: ${[...scope.zoneFields.keys()].join(', ')})`;
      const field = b as keyof State['zones'][string];
      return {
        path,
        type,
        usesTarget: a === TARGET,
        read: (s, t) => {
          const zone = s.zones[pick(a, t) ?? ''];
          return zone ? zone[field] : null;
        },
      };
    }
    case 'relations': {
      if (!expectParts(3) || !a || !b) break;
      if (a !== TARGET && b !== TARGET && !scope.relations.has(`${a}.${b}`)) {
        return `no relation from '${a}' to '${b}' in this scenario`;
      }
      return {
        path,
        type: 'number',
        usesTarget: a === TARGET || b === TARGET,
        read: (s, t) => s.relations[pick(a, t) ?? '']?.[pick(b, t) ?? ''] ?? null,
      };
    }
    case 'actors': {
      if (!expectParts(3) || !a || (b !== 'posture' && b !== 'resources')) break;
      if (a !== TARGET && !scope.actors.has(a)) return `unknown actor '${a}'`;
      const field = b;
      return {
        path,
        type: field === 'posture' ? 'string' : 'number',
        usesTarget: a === TARGET,
        read: (s, t) => s.actors[pick(a, t) ?? '']?.[field] ?? null,
      };
    }
    case 'last': {
      // `last.A` is A's action last turn; `last.A.outcome` how it came out (success, failure, blocked).
      if (!a || !(expectParts(2) || (expectParts(3) && b === 'outcome'))) break;
      if (a !== TARGET && !scope.actors.has(a)) return `unknown actor '${a}'`;
      const outcome = b === 'outcome';
      return {
        path,
        type: 'string',
        usesTarget: a === TARGET,
        read: (s, t) => {
          const actor = s.actors[pick(a, t) ?? ''];
          return (outcome ? actor?.lastOutcome : actor?.lastAction) ?? null;
        },
      };
    }
    case 'flags': {
      if (!expectParts(2) || !a) break;
      const initial = scope.flags.get(a);
      if (initial === undefined) return `unknown flag '${a}' (declare it in the scenario's flags)`;
      return { path, type: typeOf(initial), usesTarget: false, read: (s) => s.flags[a] ?? null };
    }
  }
  return `'${path}' is not an input; inputs are ${INPUT_FORMS.join(', ')}`;
}
