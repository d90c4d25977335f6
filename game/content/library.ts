import type { z } from 'zod';
import type {
  ActorFile,
  BriefingFile,
  EventsFile,
  FlagVocabulary,
  HistoryFile,
  ScenarioFile,
  VariantFile,
} from '../engine/index.ts';
import {
  ActorFile as ActorSchema,
  BriefingFile as BriefingSchema,
  EventsFile as EventsSchema,
  FlagVocabulary as FlagsSchema,
  HistoryFile as HistorySchema,
  type Problem,
  ScenarioFile as ScenarioSchema,
  VariantFile as VariantSchema,
} from '../engine/index.ts';
import { tooDeep } from './depth.ts';
import { fromZod, withIds } from './issues.ts';

/** A content file already read and JSON-parsed; `path` is relative to scenarios/ (`actors/russia.json`). */
export interface RawFile {
  path: string;
  data: unknown;
}

export interface ScenarioEntry {
  scenario: ScenarioFile;
  events: EventsFile;
  /** <scenario>/history.json, when the scenario has one: the record its baseline is checked against. */
  history: HistoryFile | null;
  /** <scenario>/briefing.json, when the scenario has one: the briefing cards' situation paragraphs. */
  briefing: BriefingFile | null;
  files: { scenario: string; events: string; history: string; briefing: string };
}

/** Every content file, parsed by its schema. Files with errors are left out and their errors kept. */
export interface Library {
  actors: ReadonlyMap<string, ActorFile>;
  /** scenarios/flags.json: every flag with its default. */
  flags: FlagVocabulary;
  scenarios: ReadonlyMap<string, ScenarioEntry>;
  /** scenarios/variants/<id>.json: counterfactuals. */
  variants: ReadonlyMap<string, VariantFile>;
  errors: readonly Problem[];
}

/** Which schema a file path calls for. */
export type FileRole = 'actor' | 'scenario' | 'events' | 'history' | 'briefing' | 'flags' | 'variant';

export const FLAGS_FILE = 'flags.json';

export function roleOf(path: string): FileRole | null {
  if (path === FLAGS_FILE) return 'flags';
  if (/^actors\/[a-z][a-z0-9_]*\.json$/.test(path)) return 'actor';
  if (/^variants\/[a-z0-9-]+\.json$/.test(path)) return 'variant';
  if (/^[a-z0-9-]+\/scenario\.json$/.test(path)) return 'scenario';
  if (/^[a-z0-9-]+\/events\.json$/.test(path)) return 'events';
  if (/^[a-z0-9-]+\/history\.json$/.test(path)) return 'history';
  if (/^[a-z0-9-]+\/briefing\.json$/.test(path)) return 'briefing';
  return null;
}

const schemas = {
  actor: ActorSchema,
  scenario: ScenarioSchema,
  events: EventsSchema,
  history: HistorySchema,
  briefing: BriefingSchema,
  flags: FlagsSchema,
  variant: VariantSchema,
} as const;

/** Checks one file against the schema its path calls for (nesting depth first). */
export function parseFile<R extends FileRole>(
  role: R,
  file: RawFile,
): { ok: true; value: z.infer<(typeof schemas)[R]> } | { ok: false; errors: Problem[] } {
  // The same parsed JSON is checked once: validation rebuilds the library around one changed file.
  const key = `${role}:${file.path}`;
  const cached =
    file.data !== null && typeof file.data === 'object' ? parsedFiles.get(file.data)?.get(key) : undefined;
  if (cached) return cached as ReturnType<typeof parseFile<R>>;
  const result = parseUncached(role, file);
  if (file.data !== null && typeof file.data === 'object') {
    const entry = parsedFiles.get(file.data) ?? new Map();
    entry.set(key, result);
    parsedFiles.set(file.data, entry);
  }
  return result;
}

const parsedFiles = new WeakMap<object, Map<string, unknown>>();

function parseUncached<R extends FileRole>(
  role: R,
  file: RawFile,
): { ok: true; value: z.infer<(typeof schemas)[R]> } | { ok: false; errors: Problem[] } {
  const deep = tooDeep(file.data);
  if (deep !== null)
    return { ok: false, errors: [{ file: file.path, path: deep, message: 'nested deeper than 32 levels' }] };
  const parsed = schemas[role].safeParse(file.data, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: withIds(fromZod(file.path, parsed.error), file.data) };
  return { ok: true, value: parsed.data as z.infer<(typeof schemas)[R]> };
}

/** `actors/russia.json` must hold the actor `russia`, `variants/us-stays.json` the variant `us-stays`. */
function nameMismatch(file: RawFile, id: string): Problem | null {
  const named = file.path.slice(file.path.lastIndexOf('/') + 1, -'.json'.length);
  return named === id
    ? null
    : { file: file.path, path: 'id', message: `expected '${named}' to match the file name, found '${id}'` };
}

export function buildLibrary(files: readonly RawFile[]): Library {
  const errors: Problem[] = [];
  const actors = new Map<string, ActorFile>();
  let flags: FlagVocabulary = {};
  const variants = new Map<string, VariantFile>();
  const scenarios = new Map<string, Partial<ScenarioEntry> & { files: ScenarioEntry['files'] }>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const role = roleOf(file.path);
    if (!role) {
      errors.push({
        file: file.path,
        path: '(file)',
        message:
          'not a content file: expected flags.json, actors/<id>.json, variants/<id>.json, <scenario>/scenario.json, <scenario>/events.json, <scenario>/history.json or <scenario>/briefing.json',
      });
      continue;
    }
    if (role === 'flags') {
      const parsed = parseFile('flags', file);
      if (!parsed.ok) errors.push(...parsed.errors);
      else flags = parsed.value;
      continue;
    }
    if (role === 'variant') {
      const parsed = parseFile('variant', file);
      const mismatch = parsed.ok ? nameMismatch(file, parsed.value.id) : null;
      if (!parsed.ok) errors.push(...parsed.errors);
      else if (mismatch) errors.push(mismatch);
      else variants.set(parsed.value.id, parsed.value);
      continue;
    }
    const dir = file.path.split('/')[0] ?? '';
    const entry = () => {
      let found = scenarios.get(dir);
      if (!found) {
        found = {
          files: {
            scenario: `${dir}/scenario.json`,
            events: `${dir}/events.json`,
            history: `${dir}/history.json`,
            briefing: `${dir}/briefing.json`,
          },
        };
        scenarios.set(dir, found);
      }
      return found;
    };
    if (role === 'actor') {
      const parsed = parseFile('actor', file);
      const mismatch = parsed.ok ? nameMismatch(file, parsed.value.id) : null;
      if (!parsed.ok) errors.push(...parsed.errors);
      else if (mismatch) errors.push(mismatch);
      else actors.set(parsed.value.id, parsed.value);
    } else if (role === 'scenario') {
      const parsed = parseFile('scenario', file);
      if (!parsed.ok) errors.push(...parsed.errors);
      else if (parsed.value.id !== dir) {
        errors.push({
          file: file.path,
          path: 'id',
          message: `expected '${dir}' to match the folder name, found '${parsed.value.id}'`,
        });
      } else entry().scenario = parsed.value;
    } else if (role === 'history') {
      const parsed = parseFile('history', file);
      if (!parsed.ok) errors.push(...parsed.errors);
      else entry().history = parsed.value;
    } else if (role === 'briefing') {
      const parsed = parseFile('briefing', file);
      if (!parsed.ok) errors.push(...parsed.errors);
      else entry().briefing = parsed.value;
    } else {
      const parsed = parseFile('events', file);
      if (!parsed.ok) errors.push(...parsed.errors);
      else entry().events = parsed.value;
    }
  }
  const complete = new Map<string, ScenarioEntry>();
  for (const [id, entry] of scenarios) {
    for (const flag of Object.keys(entry.scenario?.flags ?? {})) {
      if (!(flag in flags)) {
        errors.push({
          file: entry.files.scenario,
          path: `flags.${flag}`,
          message: `unknown flag '${flag}': declare it in ${FLAGS_FILE}`,
        });
      }
    }
    if (entry.scenario && entry.events)
      complete.set(id, {
        scenario: entry.scenario,
        events: entry.events,
        history: entry.history ?? null,
        briefing: entry.briefing ?? null,
        files: entry.files,
      });
    else if (entry.scenario || entry.events || entry.history || entry.briefing) {
      const missing = entry.scenario ? entry.files.events : entry.files.scenario;
      if (!errors.some((e) => e.file === missing))
        errors.push({
          file: missing,
          path: '(file)',
          message: 'missing: a scenario needs scenario.json and events.json',
        });
    }
  }
  for (const variant of variants.values()) {
    variant.appliesTo.forEach((id, i) => {
      if (!complete.has(id) && !scenarios.has(id)) {
        errors.push({
          file: `variants/${variant.id}.json`,
          path: `appliesTo[${i}]`,
          message: `unknown scenario '${id}'`,
        });
      }
    });
  }
  return { actors, flags, scenarios: complete, variants, errors };
}
