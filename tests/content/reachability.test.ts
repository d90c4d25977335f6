import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { playScripted } from '../../game/engine/index.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * Every rule row must be able to fire: over this fixed list of seeds, scenarios and variants, each row fires
 * at least once, unless tests/unreachable-rows.json lists it with a reason (at most two per actor).
 */
const SEEDS = Array.from({ length: 60 }, (_, i) => i);
const RUNS = [...library.scenarios.keys()].sort().flatMap((scenario) => [
  { scenario, variant: 'baseline' },
  ...[...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .map((v) => ({ scenario, variant: v.id }))
    .sort((a, b) => (a.variant < b.variant ? -1 : 1)),
]);

const exceptions = JSON.parse(
  readFileSync(new URL('../unreachable-rows.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const fired = new Set<string>();
for (const { scenario, variant } of RUNS) {
  for (const seed of SEEDS) {
    const played = playScripted(shipped, { scenario, variant, seed }, []);
    if (!played.ok) throw new Error(`${scenario}/${variant}: ${played.error.message}`);
    for (const log of played.game.log) for (const a of log.actions) if (a.ruleId) fired.add(a.ruleId);
  }
}

// Rows a variant adds must fire too (in that variant's runs).
const variantRows = [...library.variants.values()].flatMap((v) =>
  v.ops.flatMap((op) => (op.op === 'addRows' ? op.rows.map((r) => ({ actor: op.actor, id: r.id })) : [])),
);
const actors = [...library.actors.values()]
  .sort((a, b) => (a.id < b.id ? -1 : 1))
  .map((a) => ({ id: a.id, rules: [...a.rules, ...variantRows.filter((r) => r.actor === a.id)] }));

describe(`every rule row fires in some run (${SEEDS.length} seeds × ${RUNS.map((r) => `${r.scenario}/${r.variant}`).join(', ')})`, () => {
  it.each(actors.map((a) => [a.id, a] as const))('%s', (_id, actor) => {
    const silent = actor.rules.map((r) => r.id).filter((id) => !fired.has(id) && !(id in exceptions));
    expect(
      silent,
      'rows that never fired: fix them or list them in tests/unreachable-rows.json with a reason',
    ).toEqual([]);
  });

  it('lists at most two exceptions per actor, each with a reason, each a real row that indeed never fires', () => {
    const rows = new Set(actors.flatMap((a) => a.rules.map((r) => r.id)));
    const perActor = new Map<string, number>();
    for (const [id, reason] of Object.entries(exceptions)) {
      expect(rows.has(id), `${id} is not a row`).toBe(true);
      expect(reason.length, `${id} needs a reason`).toBeGreaterThan(10);
      expect(fired.has(id), `${id} fires after all: remove it from the exceptions`).toBe(false);
      const actor = id.slice(0, id.indexOf('.'));
      perActor.set(actor, (perActor.get(actor) ?? 0) + 1);
    }
    for (const [actor, count] of perActor) expect(count, actor).toBeLessThanOrEqual(2);
  });
});
