import type { ExplorePlan } from '../../analysis/explore.ts';
import { seedsOf } from '../../analysis/shards.ts';
import { MAX_GAMES, MAX_RUNS, MIN_RUNS, parseVariantList } from '../../analysis/sweep-bounds.ts';
import { SEED_EXPECTED, seedFromText } from '../../content/seed-text.ts';
import { type ContentSource, newGame } from '../../engine/index.ts';

/** The explore form as typed: `greatgame explore`'s options, each as the CLI takes it. */
export interface SweepRequest {
  scenario: string;
  variants: string;
  runs: string;
  firstSeed: string;
  withoutSource: string[];
}

export type PlanResult = { ok: true; plan: ExplorePlan } | { ok: false; message: string };

/**
 * The plan a request names, with the CLI's checks and bounds, every variant opened on the scenario before
 * anything is played; or what is wrong, in the CLI's words.
 */
export function planOfRequest(source: ContentSource, request: SweepRequest): PlanResult {
  const list = parseVariantList(request.variants);
  if (!list.ok) return list;
  const runs = seedFromText(request.runs);
  if (runs === null || runs < MIN_RUNS || runs > MAX_RUNS)
    return { ok: false, message: `--runs: expected ${MIN_RUNS} to ${MAX_RUNS} runs per variant` };
  if (runs * list.variants.length > MAX_GAMES)
    return {
      ok: false,
      message: `--runs ${runs} with ${list.variants.length} variants is ${runs * list.variants.length} games; at most ${MAX_GAMES}`,
    };
  const first = seedFromText(request.firstSeed);
  if (first === null) return { ok: false, message: `--first-seed: expected ${SEED_EXPECTED}` };
  if (!Number.isSafeInteger(first + runs - 1))
    return { ok: false, message: `--first-seed ${first}: the last seed would be too large` };
  const withoutSource = [...new Set(request.withoutSource)];
  for (const variant of list.variants) {
    const probe = newGame(source, { scenario: request.scenario, variant, seed: first, withoutSource });
    if (!probe.ok) return { ok: false, message: probe.error.message };
  }
  const seeds = seedsOf({ first, last: first + runs - 1 });
  return { ok: true, plan: { scenario: request.scenario, variants: list.variants, seeds, withoutSource } };
}
