import { InvalidArgumentError } from 'commander';
import type { ExplorePlan, RunOutcome } from '../../analysis/explore.ts';
import { shardFileOf } from '../../analysis/shard-file.ts';
import type { SeedRange, ShardId } from '../../analysis/shards.ts';
import { ENGINE_VERSION } from '../../content/version.ts';
import { checkoutContent, engineFailure } from '../checkout-content.ts';
import { writeFileAtomic } from '../files.ts';

/** `--shard K/N`: shard K of N, 1 <= K <= N, both in decimal. */
export function parseShard(text: string): ShardId {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || index < 1 || index > count)
    throw new InvalidArgumentError('expected K/N with 1 <= K <= N, e.g. 2/4.');
  return { index, count };
}

/** Each variant's content hash, so that merge can refuse shards played on other content. */
function scenarioHashes(plan: ExplorePlan): Record<string, string> {
  const { source } = checkoutContent();
  const hashes: Record<string, string> = {};
  for (const variant of plan.variants) {
    const resolved = source.resolve({ scenario: plan.scenario, variant, withoutSource: plan.withoutSource });
    if (!resolved.ok) throw engineFailure(resolved.error);
    hashes[variant] = resolved.content.hash;
  }
  return hashes;
}

/** Writes a shard's outcomes to `out` (checked writable before the runs), whole or not at all. */
export function writeShard(
  out: string,
  played: { plan: ExplorePlan; outcomes: readonly RunOutcome[]; sweep: SeedRange; shard: ShardId },
): void {
  const file = shardFileOf({
    ...played,
    engineVersion: ENGINE_VERSION,
    scenarioHashes: scenarioHashes(played.plan),
  });
  writeFileAtomic(out, `${JSON.stringify(file)}\n`);
}
