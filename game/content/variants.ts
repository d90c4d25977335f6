import type { z } from 'zod';
import type { ActorFile, EventsFile, ScenarioFile, VariantFile, VariantOp } from '../engine/index.ts';
import {
  ActorFile as ActorSchema,
  EventsFile as EventsSchema,
  type Problem,
  ScenarioFile as ScenarioSchema,
} from '../engine/index.ts';
import { fromZod } from './issues.ts';

/** The parts of one scenario a variant may change. */
export interface Parts {
  scenario: ScenarioFile;
  events: EventsFile;
  actors: ActorFile[];
}

export const BASELINE = 'baseline';

export const variantFile = (id: string) => `variants/${id}.json`;

/** Splits `a+b` into ids and checks the combination; returns the problem in words, or the ids. */
export function parseVariantIds(
  variant: string,
  known: ReadonlyMap<string, VariantFile>,
  scenario: string,
): { ok: true; ids: string[] } | { ok: false; message: string } {
  const ids = variant.split('+');
  if (variant === BASELINE) return { ok: true, ids: [] };
  if (ids.includes(BASELINE))
    return { ok: false, message: `'${BASELINE}' cannot be combined with other variants` };
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined)
    return { ok: false, message: `variant '${twice}' is listed twice in '${variant}'` };
  for (const id of ids) {
    const file = known.get(id);
    const applicable = [...known.values()].filter((v) => v.appliesTo.includes(scenario)).map((v) => v.id);
    if (!file) {
      return {
        ok: false,
        message: `unknown variant '${id}' for ${scenario} (variants: ${[BASELINE, ...applicable.sort()].join(', ')})`,
      };
    }
    if (!file.appliesTo.includes(scenario)) {
      return {
        ok: false,
        message: `variant '${id}' does not apply to ${scenario}; it applies to ${file.appliesTo.join(', ')}`,
      };
    }
  }
  return { ok: true, ids };
}

/** `scenario.zones[af_east].isisk` -> ['scenario', 'zones', '[af_east]', 'isisk'] (ids in brackets may hold dots). */
function segmentsOf(path: string): string[] {
  return path.match(/\[[^\]]+\]|[^.[\]]+/g) ?? [];
}

type Json = Record<string, unknown> | unknown[];

const pathText = (segments: readonly string[]) =>
  segments.map((s, i) => (i === 0 || s.startsWith('[') ? s : `.${s}`)).join('');

/** Walks to the object that holds the last segment; `[id]` picks the array item with that id. */
function walk(root: unknown, segments: readonly string[]): { holder: Json; key: string } | string {
  let here: unknown = root;
  for (let i = 0; i < segments.length - 1; i++) {
    here = step(here, segments[i] ?? '');
    if (here === undefined) return `nothing at ${pathText(segments.slice(0, i + 1))}`;
  }
  const last = segments[segments.length - 1] ?? '';
  if (last.startsWith('[')) return 'a path must end on a field, not on an array item';
  if (here === null || typeof here !== 'object') return `nothing to set at ${pathText(segments)}`;
  return { holder: here as Json, key: last };
}

function step(here: unknown, segment: string): unknown {
  if (here === null || typeof here !== 'object') return undefined;
  if (segment.startsWith('[')) {
    const id = segment.slice(1, -1);
    return Array.isArray(here) ? here.find((item) => (item as { id?: unknown })?.id === id) : undefined;
  }
  return Array.isArray(here) ? undefined : (here as Record<string, unknown>)[segment];
}

/** One op applied to the parts in place; returns the problem in words, or null. */
function applyOp(parts: Parts, op: VariantOp): string | null {
  switch (op.op) {
    case 'set': {
      const [root, ...rest] = segmentsOf(op.path);
      let target: unknown;
      let inner = rest;
      if (root === 'scenario') target = parts.scenario;
      else if (root === 'events') target = parts.events;
      else {
        const actor = rest[0];
        target = parts.actors.find((a) => a.id === actor);
        if (!target) return `actor '${actor}' is not in this scenario`;
        inner = rest.slice(1);
      }
      if (inner.length === 0) return 'a path must name a field';
      const found = walk(target, inner);
      if (typeof found === 'string') return `${op.path}: ${found}`;
      if (Array.isArray(found.holder)) return `${op.path}: cannot set a field of a list`;
      if (!(found.key in found.holder) && !/^scenario\.(flags|indicators)\./.test(op.path)) {
        return `${op.path}: no field '${found.key}' there`;
      }
      found.holder[found.key] = op.value;
      return null;
    }
    case 'addRows': {
      const actor = parts.actors.find((a) => a.id === op.actor);
      if (!actor) return `actor '${op.actor}' is not in this scenario`;
      const at = op.after === null ? 0 : actor.rules.findIndex((r) => r.id === op.after) + 1;
      if (at === 0 && op.after !== null) return `no row '${op.after}' in ${op.actor}'s table`;
      actor.rules.splice(at, 0, ...op.rows);
      return null;
    }
    case 'removeRows': {
      for (const id of op.ids) {
        const actor = parts.actors.find((a) => a.rules.some((r) => r.id === id));
        if (!actor) return `no row '${id}' to remove`;
        actor.rules = actor.rules.filter((r) => r.id !== id);
      }
      return null;
    }
    case 'addEvents': {
      parts.events.scheduled.push(...op.scheduled);
      parts.events.deck.cards.push(...op.cards);
      return null;
    }
    case 'removeEvents': {
      for (const id of op.ids) {
        const before = parts.events.scheduled.length + parts.events.deck.cards.length;
        parts.events.scheduled = parts.events.scheduled.filter((e) => e.id !== id);
        parts.events.deck.cards = parts.events.deck.cards.filter((c) => c.id !== id);
        if (parts.events.scheduled.length + parts.events.deck.cards.length === before)
          return `no event '${id}' to remove`;
      }
      return null;
    }
  }
}

/** What an op touches, so that two ops on one thing are refused rather than silently ordered. */
function touches(op: VariantOp): string[] {
  switch (op.op) {
    case 'set':
      return [`path ${op.path}`];
    case 'addRows':
      return op.rows.map((r) => `row ${r.id}`);
    case 'removeRows':
      return op.ids.map((id) => `row ${id}`);
    case 'addEvents':
      return [...op.scheduled, ...op.cards].map((e) => `event ${e.id}`);
    case 'removeEvents':
      return op.ids.map((id) => `event ${id}`);
  }
}

function recheck<T extends z.ZodType>(schema: T, value: unknown, where: string, variant: string): Problem[] {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return [];
  return fromZod(where, parsed.error).map((e) => ({
    file: variantFile(variant),
    path: 'ops',
    message: `after applying, ${e.file}: ${e.path}: ${e.message}`,
  }));
}

/**
 * Applies variants, in the order given, to copies of the parts. Every op is checked; so is the result, by the
 * same schemas as the files themselves (and, later, by the engine's content checks).
 */
export function applyVariants(
  base: Parts,
  variants: readonly VariantFile[],
  files: { scenario: string; events: string },
): { ok: true; parts: Parts } | { ok: false; errors: Problem[] } {
  // The base is never changed: ops work on a copy, made only when there is something to apply.
  if (variants.length === 0) return { ok: true, parts: { ...base, actors: [...base.actors] } };
  const parts: Parts = structuredClone(base);
  const errors: Problem[] = [];
  const touched = new Map<string, string>();
  for (const variant of variants) {
    variant.ops.forEach((op, i) => {
      for (const thing of touches(op)) {
        const earlier = touched.get(thing);
        if (earlier !== undefined) {
          errors.push({
            file: variantFile(variant.id),
            path: `ops[${i}]`,
            message: `${thing} is already changed by ${earlier}`,
          });
        }
        touched.set(thing, `${variant.id} ops[${i}]`);
      }
      const problem = applyOp(parts, op);
      if (problem) errors.push({ file: variantFile(variant.id), path: `ops[${i}]`, message: problem });
    });
    if (errors.length === 0) {
      errors.push(
        ...recheck(ScenarioSchema, parts.scenario, files.scenario, variant.id),
        ...recheck(EventsSchema, parts.events, files.events, variant.id),
        ...parts.actors.flatMap((a) => recheck(ActorSchema, a, `actors/${a.id}.json`, variant.id)),
      );
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, parts };
}
