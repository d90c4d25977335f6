import canonicalize from 'canonicalize';
import type { ContentSource, ResolveRequest, Result, ScenarioContent } from '../engine/index.ts';
import { hashString, invalidContent } from '../engine/index.ts';
import { FLAGS_FILE, type Library } from './library.ts';
import { applyVariants, BASELINE, parseVariantIds, variantFile } from './variants.ts';
import { withoutSourceProblem, withoutSources } from './without-source.ts';

export { BASELINE };

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
  const variants = parseVariantIds(request.variant, library.variants, request.scenario);
  if (!variants.ok) return { ok: false, error: { code: 'unknown_variant', message: variants.message } };
  const badSource = withoutSourceProblem(request.withoutSource);
  if (badSource)
    return { ok: false, error: { code: 'invalid_option', message: `withoutSource: ${badSource}` } };

  const actorIds = entry.scenario.actors.map((a) => a.id).sort();
  const relevant = new Set([
    FLAGS_FILE,
    entry.files.scenario,
    entry.files.events,
    ...actorIds.map((id) => `actors/${id}.json`),
    ...variants.ids.map(variantFile),
  ]);
  const broken = library.errors.filter((e) => relevant.has(e.file));
  if (broken.length > 0) return invalidContent(`the content of ${request.scenario} is invalid`, broken);

  const applied = applyVariants(
    {
      scenario: entry.scenario,
      events: entry.events,
      actors: actorIds.flatMap((id) => library.actors.get(id) ?? []),
    },
    variants.ids.flatMap((id) => library.variants.get(id) ?? []),
    entry.files,
  );
  if (!applied.ok) return invalidContent(`variant ${request.variant} cannot be applied`, applied.errors);

  const withoutSource = [...new Set(request.withoutSource)].sort();
  const { actors, events } = withoutSources(applied.parts.actors, applied.parts.events, withoutSource);
  // Every flag of the vocabulary, at the scenario's starting value or its default, in sorted order.
  const flags = Object.fromEntries(
    Object.keys(library.flags)
      .sort()
      .map((flag) => [flag, applied.parts.scenario.flags[flag] ?? library.flags[flag]?.default ?? false]),
  );
  const scenario = { ...applied.parts.scenario, flags };
  let hash: string | null = null;
  const content: ScenarioContent = {
    id: request.scenario,
    variant: request.variant,
    // Canonicalising all the content takes milliseconds; only replays and reports need it, so on demand.
    get hash() {
      hash ??= hashString(
        canonicalize({ actors, events, scenario, variant: request.variant, withoutSource }) ?? '',
      );
      return hash;
    },
    withoutSource,
    scenario,
    actors,
    events,
    files: {
      scenario: entry.files.scenario,
      events: entry.files.events,
      actors: Object.fromEntries(actorIds.map((id) => [id, `actors/${id}.json`])),
    },
  };
  return { ok: true, content };
}

/** The variants a scenario offers: the recorded history first, then every variant that applies to it. */
export function variantsOf(library: Library, scenario: string): { id: string; title: string }[] {
  const applicable = [...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((v) => ({ id: v.id, title: v.title }));
  return [{ id: BASELINE, title: 'History as recorded' }, ...applicable];
}
