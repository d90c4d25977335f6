import type { Command } from 'commander';
import { ShardFile, shardVersionProblem } from '../../analysis/shard-file.ts';
import { mergeShards, type ShardPart, shardPart } from '../../analysis/shard-merge.ts';
import { readJson } from '../../content/disk.ts';
import { fromZod } from '../../content/issues.ts';
import { formatProblem } from '../../engine/index.ts';
import { usage } from '../errors.ts';
import { reportSweep } from '../explore/report.ts';
import { writableTarget } from '../files.ts';

/** A broken file of a million runs could have a million schema errors: the first few say enough. */
const PROBLEMS_SHOWN = 3;

/**
 * Reads one shard file and checks it on its own; anything wrong with it is a usage error (exit 2) naming the
 * file. Its schema nests no deeper than four levels and recurses nowhere, so unlike a content file it needs no
 * depth check (which would cost more than the parse itself on a file of a million runs).
 */
function readShard(path: string): ShardPart {
  const read = readJson(path);
  if (!read.ok) throw usage(`shard file ${path}: ${read.error.message}`);
  const envelope = shardVersionProblem(read.data);
  if (envelope) throw usage(`shard file ${path} ${envelope}`);
  const parsed = ShardFile.safeParse(read.data, { reportInput: true });
  if (!parsed.success) {
    const problems = fromZod(path, parsed.error);
    const more = problems.length > PROBLEMS_SHOWN ? `\n(and ${problems.length - PROBLEMS_SHOWN} more)` : '';
    throw usage(`shard file ${problems.slice(0, PROBLEMS_SHOWN).map(formatProblem).join('\n')}${more}`);
  }
  const part = shardPart(path, parsed.data);
  if (!part.ok) throw usage(`shard file ${path}: ${part.reason}`);
  return part.part;
}

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('combine the shard files of one explore sweep into what the unsharded sweep prints')
    .argument('<files...>', 'shard files written by `greatgame explore --shard K/N --out FILE`, in any order')
    .option('--csv <file>', 'also write every run as CSV, as `explore --csv` does')
    .option('--json', 'print one JSON object instead of the table, as `explore --json` does')
    .addHelpText(
      'after',
      [
        '',
        'The files must be every shard 1/N to N/N of one sweep: the same scenario, variants, reports left out,',
        'seeds, engine version and content. Anything else is refused (exit 2) naming the file and the reason;',
        'so are two files of one shard and a missing shard. The table, the --json object and the --csv file',
        'are byte for byte those of the same explore without --shard. See docs/sweeps.md.',
        '',
        'Examples:',
        '  greatgame merge shards/*.json',
        '  greatgame merge shard-1.json shard-2.json shard-3.json shard-4.json --json --csv runs.csv',
      ].join('\n'),
    )
    .action((files: string[], options: { csv?: string; json?: boolean }) => {
      const csv = options.csv === undefined ? null : writableTarget(options.csv);
      const merged = mergeShards(files.map(readShard));
      if (!merged.ok)
        throw usage(merged.file === null ? merged.reason : `shard file ${merged.file}: ${merged.reason}`);
      reportSweep(merged.plan, merged.outcomes, { json: options.json, csv });
    });
}
