import canonicalize from 'canonicalize';
import type { ContentSource, ResolveRequest, Result, ScenarioContent } from '../engine/index.ts';
import { hashString } from '../engine/index.ts';
import { formatError } from './issues.ts';
import { FLAGS_FILE, type Library } from './library.ts';
import { withoutSourceProblem, withoutSources } from './without-source.ts';

export const BASELINE = 'baseline';

/** Resolves scenario + variant into playable content; errors name what is unknown and what exists. */
export function createContentSource(library: Library): ContentSource {
  // Resolved content is immutable: resolve each scenario, variant and source filter once.
  const resolved = new Map<string, Result<{ content: ScenarioContent }>>();
  return {
    resolve(request: ResolveRequest): Result<{ content: ScenarioContent }> {
      const key = JSON.stringify([request.scenario, request.variant, [...request.withoutSource].sort()]);
      let result = resolved.get(key);
      if (!result) {
        result = resolveUncached(library, request);
        // Only successes are kept, so that a stream of bad requests cannot grow the cache.
        if (result.ok) resolved.set(key, result);
      }
      return result;
    },
  };
}

function resolveUncached(library: Library, request: ResolveRequest): Result<{ content: ScenarioContent }> {
  const entry = library.scenarios.get(request.scenario);
  if (!entry) {
    const known = [...library.scenarios.keys()].sort().join(', ');
    return {
      ok: false,
      error: {
        code: 'unknown_scenario',
        message: `unknown scenario '${request.scenario}' (scenarios: ${known})`,
      },
    };
  }
  if (request.variant !== BASELINE) {
    return {
      ok: false,
      error: {
        code: 'unknown_variant',
        message: `unknown variant '${request.variant}' for ${request.scenario} (variants: ${BASELINE})`,
      },
    };
  }
  const badSource = withoutSourceProblem(request.withoutSource);
  if (badSource)
    return { ok: false, error: { code: 'invalid_option', message: `withoutSource: ${badSource}` } };
  const actorIds = entry.scenario.actors.map((a) => a.id).sort();
  const relevant = new Set([
    FLAGS_FILE,
    entry.files.scenario,
    entry.files.events,
    ...actorIds.map((id) => `actors/${id}.json`),
  ]);
  const broken = library.errors.filter((e) => relevant.has(e.file));
  if (broken.length > 0) {
    return {
      ok: false,
      error: {
        code: 'invalid_content',
        message: `the content of ${request.scenario} is invalid:\n${broken.map(formatError).join('\n')}`,
      },
    };
  }
  const withoutSource = [...new Set(request.withoutSource)].sort();
  const { actors, events } = withoutSources(
    actorIds.flatMap((id) => library.actors.get(id) ?? []),
    entry.events,
    withoutSource,
  );
  // Every flag of the vocabulary, at the scenario's starting value or its default, in sorted order.
  const flags = Object.fromEntries(
    Object.keys(library.flags)
      .sort()
      .map((flag) => [flag, entry.scenario.flags[flag] ?? library.flags[flag]?.default ?? false]),
  );
  const scenario = { ...entry.scenario, flags };
  const hashed = { actors, events, scenario, variant: request.variant, withoutSource };
  const content: ScenarioContent = {
    id: request.scenario,
    variant: request.variant,
    hash: hashString(canonicalize(hashed) ?? ''),
    withoutSource,
    scenario,
    actors,
    events,
    files: {
      ...entry.files,
      actors: Object.fromEntries(actorIds.map((id) => [id, `actors/${id}.json`])),
    },
  };
  return { ok: true, content };
}

/** Variants a scenario offers; only the recorded history until variant files arrive. */
export function variantsOf(_library: Library, _scenario: string): { id: string; title: string }[] {
  return [{ id: BASELINE, title: 'History as recorded' }];
}
