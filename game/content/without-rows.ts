import type { ContentSource, Result, ScenarioContent } from '../engine/index.ts';
import { hashString } from '../engine/index.ts';

/**
 * The rule rows a scenario's content may lose: every row of every actor's table but the last, the default
 * that keeps each actor able to decide (as `--without-source` keeps it). In actor order, then table order.
 */
export function removableRows(content: ScenarioContent): { actor: string; id: string; action: string }[] {
  return content.actors.flatMap((actor) =>
    actor.rules.slice(0, -1).map((row) => ({ actor: actor.id, id: row.id, action: row.do.action })),
  );
}

/** Why a list of rows cannot be removed from this content, or null. */
function rowsProblem(content: ScenarioContent, rows: readonly string[]): string | null {
  const removable = new Set(removableRows(content).map((r) => r.id));
  const stranger = rows.find((id) => !removable.has(id));
  if (stranger === undefined) return null;
  const isDefault = content.actors.some((a) => a.rules[a.rules.length - 1]?.id === stranger);
  return isDefault
    ? `rule row '${stranger}' is the default row of its table and always stays`
    : `no rule row '${stranger}' in ${content.id} (${content.variant})`;
}

/** The content with the named rows taken out of their tables; nothing else changes. */
function withoutRowsOf(content: ScenarioContent, rows: readonly string[]): ScenarioContent {
  const actors = content.actors.map((actor) =>
    actor.rules.some((row) => rows.includes(row.id))
      ? { ...actor, rules: actor.rules.filter((row) => !rows.includes(row.id)) }
      : actor,
  );
  let hash: string | null = null;
  return {
    id: content.id,
    variant: content.variant,
    // Read only on demand, as the source's own hash is: it canonicalises the whole content.
    get hash() {
      hash ??= hashString(`${content.hash}\nwithout rows ${JSON.stringify(rows)}`);
      return hash;
    },
    withoutSource: content.withoutSource,
    scenario: content.scenario,
    actors,
    events: content.events,
    files: content.files,
  };
}

/**
 * A source that resolves like `source`, then removes the named rule rows: the table of an actor as if it had
 * never had them, which is what `greatgame sensitivity --by row` plays. The game's state does not record the
 * removal (the state schema and its hashes stay those of the project), so such a game is for measuring, not
 * for a replay file. Each resolved content is derived once, so that the engine compiles it once.
 */
export function withoutRowsSource(source: ContentSource, rows: readonly string[]): ContentSource {
  if (rows.length === 0) return source;
  const sorted = [...new Set(rows)].sort();
  const derived = new WeakMap<ScenarioContent, Result<{ content: ScenarioContent }>>();
  return {
    resolve(request) {
      const resolved = source.resolve(request);
      if (!resolved.ok) return resolved;
      let result = derived.get(resolved.content);
      if (!result) {
        const problem = rowsProblem(resolved.content, sorted);
        result = problem
          ? { ok: false, error: { code: 'invalid_option', message: `withoutRows: ${problem}` } }
          : { ok: true, content: withoutRowsOf(resolved.content, sorted) };
        derived.set(resolved.content, result);
      }
      return result;
    },
  };
}
