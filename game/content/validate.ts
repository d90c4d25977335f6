import type { BriefingFile, HistoryFile, Problem, Result, ScenarioContent } from '../engine/index.ts';
import { prepare } from '../engine/index.ts';
import { checkBriefing } from './briefing-checks.ts';
import { quoteFound } from './citations.ts';
import { checkHistory } from './history-checks.ts';
import { buildLibrary, type FileRole, FLAGS_FILE, parseFile, type RawFile, roleOf } from './library.ts';
import { createContentSource } from './source.ts';

/** What kind of content a file is, from where it sits under scenarios/ or, elsewhere, from its shape. */
export function guessRole(path: string | null, name: string, data: unknown): FileRole | null {
  if (path !== null) return roleOf(path);
  if (name === FLAGS_FILE) return 'flags';
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const has = (key: string) => key in data;
  if (has('ops') || has('appliesTo')) return 'variant';
  if (has('rules') || has('levers') || has('interests')) return 'actor';
  if (has('turnLength') || has('zones')) return 'scenario';
  if (has('scheduled') || has('deck')) return 'events';
  if (has('claims')) return 'history';
  if (has('opening')) return 'briefing';
  return null;
}

const sameProblem = (a: Problem, b: Problem) =>
  a.file === b.file && a.path === b.path && a.message === b.message;

/**
 * What stops a resolved scenario: the problems found while resolving (a variant op that does not apply, say),
 * less the library's own errors, which are listed already; or those the content checks find.
 */
function problemsOf(
  resolved: Result<{ content: ScenarioContent }>,
  libraryErrors: readonly Problem[],
): Problem[] {
  if (!resolved.ok)
    return (resolved.error.problems ?? []).filter((p) => !libraryErrors.some((e) => sameProblem(e, p)));
  const compiled = prepare(resolved.content);
  return compiled.ok ? [] : compiled.problems;
}

/** Where a file of this role and id belongs under scenarios/, so that it can take its place there. */
function logicalPath(role: FileRole, data: unknown, dirName: string): string | null {
  const id = (data as { id?: unknown }).id;
  switch (role) {
    case 'flags':
      return FLAGS_FILE;
    case 'actor':
      return typeof id === 'string' ? `actors/${id}.json` : null;
    case 'variant':
      return typeof id === 'string' ? `variants/${id}.json` : null;
    case 'scenario':
      return typeof id === 'string' ? `${id}/scenario.json` : null;
    case 'events':
      return `${dirName}/events.json`;
    case 'history':
      return `${dirName}/history.json`;
    case 'briefing':
      return `${dirName}/briefing.json`;
  }
}

/** The scenarios a file takes part in, once it stands in the library. */
function scenariosOf(role: FileRole, logical: string, files: readonly RawFile[], data: unknown): string[] {
  const scenarioIds = files
    .filter((f) => roleOf(f.path) === 'scenario')
    .map((f) => f.path.split('/')[0] ?? '');
  if (role === 'flags') return scenarioIds;
  if (role === 'scenario' || role === 'events' || role === 'history' || role === 'briefing')
    return [logical.split('/')[0] ?? ''];
  if (role === 'variant')
    return ((data as { appliesTo?: string[] }).appliesTo ?? []).filter((s) => scenarioIds.includes(s));
  const actor = (data as { id?: string }).id;
  return files
    .filter((f) => roleOf(f.path) === 'scenario')
    .filter((f) => ((f.data as { actors?: { id?: string }[] }).actors ?? []).some((a) => a.id === actor))
    .map((f) => f.path.split('/')[0] ?? '');
}

/** Every citation in a file's data, with its path: `rules[3].citations[0]`, `question`. */
function citationsIn(data: unknown, path = ''): { path: string; source: string; quote: string }[] {
  if (data === null || typeof data !== 'object') return [];
  const { source, quote } = data as { source?: unknown; quote?: unknown };
  if (typeof source === 'string' && typeof quote === 'string') return [{ path, source, quote }];
  return Object.entries(data).flatMap(([key, value]) =>
    citationsIn(value, Array.isArray(data) ? `${path}[${key}]` : path ? `${path}.${key}` : key),
  );
}

/**
 * Validates one content file: its schema first (depth capped); then its quotes, word for word, when the
 * reports are at hand (`report` returns a report's text, or null); then, placed in the library in the spot its
 * role and id give it, the same content checks (`checkContent`) a game runs. Errors carry `label` (the path the user gave).
 */
export function validateFile(
  label: string,
  data: unknown,
  library: readonly RawFile[],
  where: { relative: string | null; name: string; dirName: string },
  report: (source: string) => string | null = () => null,
): Problem[] {
  const role = guessRole(where.relative, where.name, data);
  if (role === null) {
    return [
      {
        file: label,
        path: '(file)',
        message:
          'cannot tell what kind of content this is: expected flags.json, an actor file (rules, levers), a scenario.json (turnLength, zones), an events.json (scheduled, deck), a history.json (claims), a briefing.json (opening) or a variant (ops, appliesTo)',
      },
    ];
  }
  const parsed = parseFile(role, { path: label, data });
  if (!parsed.ok) return parsed.errors;
  const quoteErrors: Problem[] = citationsIn(data).flatMap(({ path, source, quote }) => {
    const text = report(source);
    if (text === null || quoteFound(text, quote)) return [];
    return [
      { file: label, path: `${path}.quote`, message: `not found word for word in ${source}: “${quote}”` },
    ];
  });
  const logical = where.relative ?? logicalPath(role, data, where.dirName);
  if (logical === null) return quoteErrors;
  const files = [...library.filter((f) => f.path !== logical), { path: logical, data }];
  const built = buildLibrary(files);
  const mine = (file: string) => file === logical;
  const errors: Problem[] = [...quoteErrors, ...built.errors.filter((e) => mine(e.file))];
  const source = createContentSource(built);
  const compileProblems = new Map<string, { problem: Problem; scenarios: string[] }>();
  for (const scenario of scenariosOf(role, logical, files, data)) {
    const variant = role === 'variant' ? String((data as { id: string }).id) : 'baseline';
    const resolved = source.resolve({ scenario, variant, withoutSource: [] });
    if (role === 'history' && resolved.ok)
      for (const p of checkHistory(parsed.value as HistoryFile, resolved.content, logical)) errors.push(p);
    if (role === 'briefing' && resolved.ok)
      for (const p of checkBriefing(parsed.value as BriefingFile, resolved.content.scenario, logical))
        errors.push(p);
    for (const p of problemsOf(resolved, built.errors)) {
      if (!mine(p.file) && role !== 'variant') continue;
      // The same problem in several scenarios is one error, naming them all.
      const where = role === 'variant' && !mine(p.file) ? `${p.file}: ${p.path}` : p.path;
      const key = JSON.stringify([where, p.id, p.message]);
      const seen = compileProblems.get(key);
      if (seen) seen.scenarios.push(scenario);
      else compileProblems.set(key, { problem: { ...p, path: where }, scenarios: [scenario] });
    }
  }
  for (const { problem, scenarios } of compileProblems.values()) {
    errors.push({ ...problem, file: label, message: `${problem.message} (in ${scenarios.join(', ')})` });
  }
  return errors.map((e) => ({ ...e, file: label }));
}
