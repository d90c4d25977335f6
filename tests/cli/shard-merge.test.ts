import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShardFile } from '../../game/analysis/shard-file.ts';
import {
  expectCleanFailure,
  expectSuccess,
  greatgameMany,
  messageLines,
  PACKAGE_VERSION,
  type Result,
  readJsonFile,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

const temp = tempDir();
/** 42 seeds, 3 to 44: four shards of 11, 11, 10 and 10 seeds, so that the blocks are not all alike. */
const sweep = [
  'explore',
  '--scenario',
  SCENARIO,
  '--variants',
  'baseline,us-stays',
  '--runs',
  '42',
  '--first-seed',
  '3',
  '--workers',
  '1',
];
const shardFile = (k: number) => temp.file(`shard-${k}.json`);
const shardRun = (k: number, n = 4, out = shardFile(k)) => [...sweep, '--shard', `${k}/${n}`, '--out', out];

/** explore's refusals of --shard and --out, none of which plays anything: each command line and its message. */
const exploreRefusals: [string[], RegExp][] = [
  [[...sweep, '--shard', '2/4'], /--shard 2\/4 needs --out FILE/],
  [[...sweep, '--out', temp.file('x.json')], /--out needs --shard K\/N/],
  [[...shardRun(1), '--json'], /--json and --csv belong to `greatgame merge`/],
  [[...shardRun(1), '--csv', temp.file('x.csv')], /--json and --csv belong to `greatgame merge`/],
  [shardRun(5), /'5\/4' is invalid\. expected K\/N with 1 <= K <= N/],
  [shardRun(0), /'0\/4' is invalid/],
  [[...sweep, '--shard', 'two/4', '--out', temp.file('x.json')], /'two\/4' is invalid/],
  [shardRun(43, 43), /43 shards of 42 seeds would leave some empty; at most 42/],
  [shardRun(1, 4, temp.file('missing/shard.json')), /cannot write .*missing\/shard\.json: no such folder/],
];

let played: Result[];
let refusedExplore: Result[];
let exploreHelp: Result;

beforeAll(async () => {
  // Every command line that plays, in one process (greatgameMany): the unsharded sweep's JSON with its CSV and its
  // table, its four shards (played out of order), and two shards of other sweeps for the refusals below.
  const results = await greatgameMany(
    [
      [...sweep, '--json', '--csv', temp.file('unsharded.csv')],
      sweep,
      shardRun(3),
      shardRun(1),
      shardRun(4),
      shardRun(2),
      [
        ...sweep.map((a) => (a === 'baseline,us-stays' ? 'baseline' : a)),
        '--shard',
        '2/4',
        '--out',
        temp.file('one-variant.json'),
      ],
      shardRun(3, 3, temp.file('of-three.json')),
      shardRun(1, 3, temp.file('1-of-three.json')),
      shardRun(2, 3, temp.file('2-of-three.json')),
      ['explore', '--help'],
      ...exploreRefusals.map(([args]) => args),
    ],
    temp.dir,
  );
  played = results.slice(0, 10);
  exploreHelp = results[10] as Result;
  refusedExplore = results.slice(11);
}, 120_000);
afterAll(() => temp.remove());

describe('explore --shard K/N --out FILE', () => {
  it('plays the K-th of N contiguous blocks of the seeds and writes them to the file', () => {
    for (const result of played) expectSuccess(result);
    expect(played[3]?.stdout).toBe(
      `explore ${SCENARIO} shard 1/4: seeds 3-13 of 3-44, 22 runs of baseline, us-stays; wrote ${shardFile(1)}\n`,
    );
    const file = readJsonFile(shardFile(3)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'greatgame-explore-shard',
      version: 2,
      engineVersion: PACKAGE_VERSION,
      scenario: SCENARIO,
      variants: ['baseline', 'us-stays'],
      withoutSource: [],
      seeds: { first: 3, last: 44 },
      shard: { index: 3, count: 4, first: 25, last: 34 },
    });
    expect(Object.keys(file.scenarioHashes as object)).toEqual(['baseline', 'us-stays']);
    expect((file.runs as unknown[]).length).toBe(20);
  });

  it.each(exploreRefusals.map(([args, message], i) => [args.slice(11).join(' '), message, i] as const))(
    'refuses %s before playing',
    (_args, message, i) => {
      const result = refusedExplore[i] as Result;
      expectCleanFailure(result, 2);
      expect(messageLines(result).join('\n')).toMatch(message);
    },
  );

  it('is in --help, with the slicing and the merge', () => {
    expectSuccess(exploreHelp);
    for (const text of [
      '--shard <k/n>',
      '--out <file>',
      'the first runs mod N blocks one seed longer',
      'greatgame merge',
    ])
      expect(exploreHelp.stdout.replace(/\s+/g, ' ')).toContain(text);
  });

  it('leaves no shard file where it refused to write one', () => {
    expect(existsSync(temp.file('missing'))).toBe(false);
    expect(existsSync(temp.file('x.json'))).toBe(false);
  });
});

/** merge's refusals: the files given, and what the message must say (each names the file it is about). */
const mergeRefusals: Record<string, { files: () => string[]; says: RegExp }> = {
  'a missing shard': {
    files: () => [shardFile(1), shardFile(2), shardFile(4)],
    says: /missing shard 3\/4 \(seeds 25-34\): only 3 of the 4 shards of .*shard-1\.json's sweep were given/,
  },
  'two copies of one shard': {
    files: () => [shardFile(1), shardFile(2), shardFile(3), shardFile(4), temp.file('copy-of-2.json')],
    says: /shard file .*copy-of-2\.json: overlaps .*shard-2\.json: both are shard 2\/4 \(seeds 14-24\)/,
  },
  'a shard of a split into three, whose seeds overlap': {
    files: () => [shardFile(1), shardFile(2), temp.file('of-three.json')],
    says: /shard file .*of-three\.json: from another sweep: shard count 3 here, 4 in .*shard-1\.json/,
  },
  'a shard of other variants': {
    files: () => [shardFile(1), temp.file('one-variant.json'), shardFile(3), shardFile(4)],
    says: /one-variant\.json: from another sweep: variants \["baseline"\] here, \["baseline","us-stays"\] in .*shard-1\.json/,
  },
  'a shard of another scenario': {
    files: () => [shardFile(1), shardFile(2), temp.file('other-scenario.json'), shardFile(4)],
    says: /other-scenario\.json: from another sweep: scenario emirate-2022 here, withdrawal-2021 in .*shard-1\.json/,
  },
  'a shard of another engine version': {
    files: () => [shardFile(1), shardFile(2), shardFile(3), temp.file('old-engine.json')],
    says: /old-engine\.json: from another sweep: engine version 0\.0\.1 here, \d+\.\d+\.\d+ in .*shard-1\.json/,
  },
  'a shard played on other content': {
    files: () => [temp.file('other-content.json'), shardFile(2), shardFile(3), shardFile(4)],
    says: /shard file .*shard-2\.json: from another sweep: content \(scenarioHashes\) \{.*\} here, \{"baseline":"0000000000000000".*\} in .*other-content\.json/,
  },
  'a shard played without a report': {
    files: () => [shardFile(1), shardFile(2), shardFile(3), temp.file('without-003.json')],
    says: /without-003\.json: from another sweep: reports left out \(withoutSource\) \["003_5657161a6a22a493\.txt"\] here, \[\] in/,
  },
  'a shard with a run taken out': {
    files: () => [shardFile(1), temp.file('run-removed.json'), shardFile(3), shardFile(4)],
    says: /run-removed\.json: runs: 21 runs, but 2 variants on seeds 14-24 are 22/,
  },
  'a shard of a sweep of one seed, which has no spread': {
    files: () => [temp.file('one-seed.json')],
    says: /one-seed\.json: seeds: seed 7, but a sweep has 2 to 10000000 seeds/,
  },
  'a shard with a run changed to a bad hash': {
    files: () => [shardFile(1), shardFile(2), temp.file('bad-hash.json'), shardFile(4)],
    says: /bad-hash\.json: runs\[0\]\.hash: expected 16 lowercase hex digits/,
  },
  'a truncated file': {
    files: () => [shardFile(1), shardFile(2), shardFile(3), temp.file('truncated.json')],
    says: /shard file .*truncated\.json: is not valid JSON/,
  },
  'a file that is not a shard (the CSV of a sweep)': {
    files: () => [temp.file('unsharded.csv')],
    says: /shard file .*unsharded\.csv: is not valid JSON/,
  },
  'a JSON file that is not a shard (explore --json)': {
    files: () => [temp.file('summary.json')],
    says: /shard file .*summary\.json is not an explore shard: expected format "greatgame-explore-shard", found null/,
  },
  'a shard from a newer greatgame': {
    files: () => [temp.file('version-3.json')],
    says: /version-3\.json is shard format version 3, which needs a newer greatgame \(this one reads version 2\)/,
  },
  'a shard from an older greatgame, without divergence': {
    files: () => [temp.file('version-1.json')],
    says: /version-1\.json is shard format version 1, from an older greatgame: it lacks the key outcomes and divergence that version 2 adds, so play its sweep's shards again/,
  },
  'a shard whose reference run diverges from itself': {
    files: () => [shardFile(1), shardFile(2), temp.file('self-diverging.json'), shardFile(4)],
    says: /self-diverging\.json: runs\[0\]: the reference run diverges from itself at turn 4/,
  },
  'a file that does not exist': {
    files: () => [shardFile(1), temp.file('no-such-shard.json')],
    says: /shard file .*no-such-shard\.json: no such file/,
  },
  'a folder': { files: () => [temp.dir], says: /shard file .*: not a file/ },
};

let merged: Result;
let mergedTable: Result;
let mergedThree: Result;
let mergedHelp: Result;
let unwritableCsv: Result;
const refusedMerge: Record<string, Result> = {};

/** A shard file as JSON.parse gives it, any version. */
type Editable = Omit<ShardFile, 'version'> & { version: number };

/** A shard file changed by `edit`, written under `name`: the files a merge must refuse. */
function tampered(name: string, from: number, edit: (file: Editable) => void): void {
  const file = readJsonFile(shardFile(from)) as Editable;
  edit(file);
  writeJson(temp.file(name), file);
}

describe('greatgame merge', () => {
  beforeAll(async () => {
    copyFileSync(shardFile(2), temp.file('copy-of-2.json'));
    tampered('other-scenario.json', 3, (f) => {
      f.scenario = 'emirate-2022';
    });
    tampered('old-engine.json', 4, (f) => {
      f.engineVersion = '0.0.1';
    });
    tampered('other-content.json', 1, (f) => {
      f.scenarioHashes.baseline = '0000000000000000';
    });
    tampered('without-003.json', 4, (f) => {
      f.withoutSource = ['003_5657161a6a22a493.txt'];
    });
    tampered('run-removed.json', 2, (f) => {
      f.runs.pop();
    });
    tampered('one-seed.json', 1, (f) => {
      f.seeds = { first: 7, last: 7 };
      f.shard = { index: 1, count: 1, first: 7, last: 7 };
      f.runs = f.runs.filter((r) => r.seed === 7);
    });
    tampered('bad-hash.json', 3, (f) => {
      f.runs[0] = { ...f.runs[0]!, hash: 'not-a-hash' };
    });
    tampered('version-3.json', 1, (f) => {
      f.version = 3;
    });
    tampered('version-1.json', 1, (f) => {
      f.version = 1;
    });
    tampered('self-diverging.json', 3, (f) => {
      f.runs[0] = { ...f.runs[0]!, divergedAt: 4 };
    });
    writeFileSync(temp.file('truncated.json'), readFileSync(shardFile(4), 'utf8').slice(0, 500));
    writeFileSync(temp.file('summary.json'), played[0]?.stdout ?? '');
    mkdirSync(temp.file('no-folder-here'), { recursive: true });
    const names = Object.keys(mergeRefusals);
    const shards = [shardFile(4), shardFile(2), shardFile(1), shardFile(3)];
    const results = await greatgameMany(
      [
        ['merge', ...shards, '--json', '--csv', temp.file('merged.csv')],
        ['merge', ...shards],
        [
          'merge',
          temp.file('2-of-three.json'),
          temp.file('of-three.json'),
          temp.file('1-of-three.json'),
          '--json',
        ],
        ['merge', '--help'],
        ['merge', ...shards, '--csv', temp.file('missing/merged.csv')],
        ...names.map((name) => ['merge', ...(mergeRefusals[name]?.files() ?? [])]),
      ],
      temp.dir,
    );
    const at = (i: number) => results[i] as Result;
    [merged, mergedTable, mergedThree, mergedHelp, unwritableCsv] = [at(0), at(1), at(2), at(3), at(4)];
    names.forEach((name, i) => {
      refusedMerge[name] = at(5 + i);
    });
  }, 120_000);

  it('prints, from the four shards in any order, the --json of the unsharded run, byte for byte', () => {
    expectSuccess(merged);
    expect(merged.stdout).toBe(played[0]?.stdout);
  });

  it('writes the CSV of the unsharded run, byte for byte', () => {
    expect(readFileSync(temp.file('merged.csv'), 'utf8')).toBe(
      readFileSync(temp.file('unsharded.csv'), 'utf8'),
    );
  });

  it('prints the table of the unsharded run, byte for byte', () => {
    expectSuccess(mergedTable);
    expect(mergedTable.stdout).toBe(played[1]?.stdout);
    expect(mergedTable.stdout).toMatch(/^explore withdrawal-2021: 42 runs per variant on seeds 3-44/);
  });

  it('gives the same answer from another split of the same sweep (three shards of 14 seeds)', () => {
    expectSuccess(mergedThree);
    expect(mergedThree.stdout).toBe(played[0]?.stdout);
  });

  it('has --help', () => {
    expectSuccess(mergedHelp);
    for (const option of ['<files...>', '--json', '--csv', 'docs/sweeps.md'])
      expect(mergedHelp.stdout).toContain(option);
  });

  it('finds a CSV it cannot write before reading the shards, and prints nothing', () => {
    expectCleanFailure(unwritableCsv, 2);
    expect(unwritableCsv.stderr).toMatch(/cannot write .*missing\/merged\.csv: no such folder/);
  });

  it.each(Object.keys(mergeRefusals))('refuses %s, naming the file and the reason (exit 2)', (name) => {
    const result = refusedMerge[name] as Result;
    expectCleanFailure(result, 2);
    expect(messageLines(result).join('\n')).toMatch(mergeRefusals[name]?.says ?? /never/);
  });
});
