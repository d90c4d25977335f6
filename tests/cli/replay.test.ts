import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  PACKAGE_VERSION,
  parseFile,
  parseStdout,
  type ReplayFile,
  ReplayFile as ReplaySchema,
  type Result,
  RunReport,
  readJsonFile,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

const temp = tempDir();
const base = ['run', '--scenario', SCENARIO, '--seed', '1'];

/** Legal human decisions: turn 1 russia `convene_talks` (legal at the start) and turn 3 russia `pass`. */
const LEGAL = [
  { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
  { turn: 3, actor: 'russia', action: 'pass', target: null },
];

let runPlain: Result;
let runHuman: Result;
let runShort: Result;
let runShortHuman: Result;
let runText: Result;
let plain: ReplayFile;
let human: ReplayFile;

/** Each tampered copy of a good replay, by file name: how it was made and what it gives. */
const TAMPERED = {
  'hash-turn-5.json': (r: ReplayFile) => ({ ...r, hashes: r.hashes.map((h, i) => (i === 4 ? flip(h) : h)) }),
  'seed.json': (r: ReplayFile) => ({ ...r, seed: r.seed + 1 }),
  'scenario-hash.json': (r: ReplayFile) => ({ ...r, scenarioHash: flip(r.scenarioHash) }),
  'hashes-missing.json': ({ hashes: _, ...rest }: ReplayFile) => rest,
  'version-2.json': (r: ReplayFile) => ({ ...r, version: 2 }),
  'extra-hash.json': (r: ReplayFile) => ({ ...r, hashes: [...r.hashes, r.hashes[0]] }),
  'not-a-hash.json': (r: ReplayFile) => ({ ...r, hashes: r.hashes.map((h, i) => (i === 1 ? 'XYZ' : h)) }),
} as const;
const TAMPERED_HUMAN = {
  // Turn 3's recorded `pass` becomes `evacuate_embassy`, which needs the fall of Kabul (August 2021).
  'illegal-decision.json': (r: ReplayFile) => ({
    ...r,
    decisions: r.decisions.map((d) => (d.turn === 3 ? { ...d, action: 'evacuate_embassy' } : d)),
  }),
  // Turn 1's recorded `convene_talks` becomes another legal action: the game goes another way.
  'other-legal-decision.json': (r: ReplayFile) => ({
    ...r,
    decisions: r.decisions.map((d) => (d.turn === 1 ? { ...d, action: 'engage_taliban' } : d)),
  }),
  // Decisions that do not fit the recorded game are a malformed file, like `run --decisions` says.
  'decision-after-the-end.json': (r: ReplayFile) => ({
    ...r,
    decisions: [...r.decisions, { turn: 12, actor: 'russia', action: 'fly', target: null }],
  }),
  'duplicate-decision.json': (r: ReplayFile) => ({
    ...r,
    decisions: [{ turn: 1, actor: 'russia', action: 'engage_taliban', target: null }, ...r.decisions],
  }),
  'unknown-actor.json': (r: ReplayFile) => ({
    ...r,
    decisions: [...r.decisions, { turn: 2, actor: 'martians', action: 'pass', target: null }],
  }),
} as const;

const verified: Record<string, Result> = {};
const tampered: Record<string, Result> = {};
let replayText: Result;
let replayJson: Result;
let replayDivergedText: Result;

/** Flips the last hex digit: a hash that looks right but is not. */
function flip(hash: string): string {
  const last = hash[hash.length - 1] === '0' ? '1' : '0';
  return `${hash.slice(0, -1)}${last}`;
}

beforeAll(async () => {
  writeJson(temp.file('legal.json'), LEGAL);
  // The recordings that the tests below read and tamper with, made in one process (what they write is the test).
  [runPlain, runHuman, runShort, runShortHuman, runText] = await greatgameMany(
    [
      [...base, '--json', '--replay-out', 'plain.json'],
      [...base, '--json', '--decisions', 'legal.json', '--replay-out', 'human.json'],
      [...base, '--turns', '3', '--replay-out', 'short.json'],
      // LEGAL decides turns 1 and 3; only 2 are played.
      [...base, '--turns', '2', '--decisions', 'legal.json', '--replay-out', 'short-human.json'],
      base,
    ],
    temp.dir,
  );
  // The tampered copies below are made from these recordings: stop here, with the reason, if they failed.
  for (const setup of [runPlain, runHuman, runShort, runShortHuman, runText])
    if (setup.status !== 0) throw new Error(`a setup run failed (exit ${setup.status}):\n${setup.stderr}`);
  plain = parseFile(temp.file('plain.json'), ReplaySchema);
  human = parseFile(temp.file('human.json'), ReplaySchema);

  for (const [name, make] of Object.entries(TAMPERED)) writeJson(temp.file(name), make(plain));
  for (const [name, make] of Object.entries(TAMPERED_HUMAN)) writeJson(temp.file(name), make(human));
  const whole = readFileSync(temp.file('plain.json'), 'utf8');
  writeFileSync(temp.file('truncated.json'), whole.slice(0, Math.floor(whole.length / 2)));
  writeFileSync(temp.file('not-json.json'), 'this is not a replay\n');

  const good = ['plain.json', 'human.json', 'short.json', 'short-human.json'];
  const bad = [
    ...Object.keys(TAMPERED),
    ...Object.keys(TAMPERED_HUMAN),
    'truncated.json',
    'not-json.json',
    'missing.json',
  ];
  // The three replays without --verify spawn the bin; the verdicts of --verify on each file (what replay says,
  // not how the bin starts) all run in one process (greatgameMany) instead of a spawned bin each.
  const results = (
    await Promise.all([
      greatgame(['replay', 'plain.json'], temp.dir),
      greatgame(['replay', 'plain.json', '--json'], temp.dir),
      greatgame(['replay', 'hash-turn-5.json'], temp.dir),
      greatgameMany(
        [...good, ...bad].map((name) => ['replay', name, '--verify']),
        temp.dir,
      ),
    ])
  ).flat();
  [replayText, replayJson, replayDivergedText] = results as [Result, Result, Result];
  good.forEach((name, i) => {
    verified[name] = results[3 + i] as Result;
  });
  bad.forEach((name, i) => {
    tampered[name] = results[3 + good.length + i] as Result;
  });
}, 120_000);
afterAll(() => temp.remove());

describe('greatgame run --replay-out FILE', () => {
  it('exits 0, still prints only the run JSON on stdout, and writes FILE relative to the working directory', () => {
    expectSuccess(runPlain);
    parseStdout(runPlain, RunReport);
    expect(existsSync(temp.file('plain.json'))).toBe(true);
  });

  it('writes exactly the contract keys {format, version, engineVersion, scenario, scenarioHash, variant, seed, options, decisions, hashes}', () => {
    const data = readJsonFile(temp.file('plain.json')) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(
      [
        'decisions',
        'engineVersion',
        'format',
        'hashes',
        'options',
        'scenario',
        'scenarioHash',
        'seed',
        'variant',
        'version',
      ].sort(),
    );
  });

  it('records format "greatgame-replay", version 1, package.json version, scenario, variant, seed and no options', () => {
    expect(plain).toMatchObject({
      format: 'greatgame-replay',
      version: 1,
      engineVersion: PACKAGE_VERSION,
      scenario: SCENARIO,
      variant: 'baseline',
      seed: 1,
      options: { withoutSource: [] },
      decisions: [],
    });
  });

  it('records hashes equal to the turn hashes of the run JSON (hashes[i] is the hash after turn i+1)', () => {
    expect(plain.hashes).toEqual(parseStdout(runPlain, RunReport).turns.map((t) => t.hash));
    expect(plain.hashes).toHaveLength(11);
  });

  it('records the human decisions as {turn, actor, action, target}', () => {
    expectSuccess(runHuman);
    expect(human.decisions).toEqual(LEGAL);
    expect(human.hashes).toEqual(parseStdout(runHuman, RunReport).turns.map((t) => t.hash));
  });

  it('records the same scenarioHash for the same content whatever the decisions', () => {
    expect(human.scenarioHash).toBe(plain.scenarioHash);
  });

  it('with --turns 3 records the first 3 hashes of the full game', () => {
    expectSuccess(runShort);
    const short = parseFile(temp.file('short.json'), ReplaySchema);
    expect(short.hashes).toEqual(plain.hashes.slice(0, 3));
  });

  it('with --turns 2 records only the decisions of the 2 turns played, not one for turn 3', () => {
    expectSuccess(runShortHuman);
    const short = parseFile(temp.file('short-human.json'), ReplaySchema);
    expect(short.decisions).toEqual(LEGAL.filter((d) => d.turn <= 2));
    expect(short.hashes).toEqual(human.hashes.slice(0, 2));
  });
});

describe('greatgame replay FILE --verify on an untouched replay', () => {
  it.each([
    ['plain.json', 'AI only'],
    ['human.json', 'with human decisions'],
    ['short.json', 'a game cut short with --turns 3'],
    ['short-human.json', 'cut short with --turns 2, with a decision for a later turn'],
  ])('%s (%s) exits 0 with nothing on stderr', (name) => {
    expectSuccess(verified[name] as Result);
  });

  it('prints no chronicle', () => {
    for (const result of Object.values(verified)) expect(result.stdout).not.toMatch(/^Turn 1\b/m);
  });
});

describe('greatgame replay FILE (without --verify)', () => {
  it('exits 0 and prints the chronicle of the recorded game, as run printed it', () => {
    expectSuccess(replayText);
    expectSuccess(runText);
    expect(replayText.stdout).toContain(runText.stdout.trimEnd());
  });

  it('with --json prints the run JSON of the recorded game, byte for byte', () => {
    expectSuccess(replayJson);
    expect(replayJson.stdout).toBe(runPlain.stdout);
  });

  it('exits 1 and names the turn on stderr when the replay diverges', () => {
    expect(replayDivergedText.status).toBe(1);
    expect(replayDivergedText.stderr).toMatch(/\bturn 5\b/);
  });
});

describe('greatgame replay FILE --verify on a tampered replay', () => {
  it('a changed hash: exit 1 naming the turn ("turn 5")', () => {
    const result = tampered['hash-turn-5.json'] as Result;
    expectCleanFailure(result, 1);
    expect(result.stderr).toMatch(/\bturn 5\b/);
    expect(result.stderr).toContain('hash-turn-5.json');
  });

  it('a changed seed: exit 1 naming the turn where it diverged', () => {
    const result = tampered['seed.json'] as Result;
    expectCleanFailure(result, 1);
    expect(result.stderr).toMatch(/\bturn \d+\b/);
  });

  it('a changed scenarioHash: exit 1, "content differs from the recording, made by engineVersion X"', () => {
    const result = tampered['scenario-hash.json'] as Result;
    expectCleanFailure(result, 1);
    expect(result.stderr).toContain(
      `content differs from the recording, made by engineVersion ${PACKAGE_VERSION}`,
    );
  });

  it('a recorded decision made illegal: exit 1 naming the turn and the actor', () => {
    const result = tampered['illegal-decision.json'] as Result;
    expectCleanFailure(result, 1);
    expect(result.stderr).toMatch(/\bturn 3\b/);
    expect(result.stderr).toContain('russia');
    // Said once, not twice ("turn 3: ... illegal on replay: turn 3, russia: ...").
    expect(result.stderr.match(/turn 3/g)).toHaveLength(1);
  });

  it('a recorded decision changed to another legal one: exit 1 naming the turn it diverges on', () => {
    const result = tampered['other-legal-decision.json'] as Result;
    expectCleanFailure(result, 1);
    expect(result.stderr).toMatch(/\bturn 1\b/);
  });

  it('more hashes than the scenario has turns: exit 1', () => {
    expectCleanFailure(tampered['extra-hash.json'] as Result, 1);
  });
});

describe('greatgame replay FILE --verify on a file that is not a usable replay: exit 2', () => {
  it.each([
    ['truncated.json', 'cut in the middle'],
    ['not-json.json', 'not JSON'],
    ['hashes-missing.json', 'wrong shape: hashes missing'],
    ['not-a-hash.json', 'wrong shape: a hash that is not one'],
    ['version-2.json', 'version 2'],
    ['missing.json', 'no such file'],
    ['decision-after-the-end.json', 'a decision after the last recorded turn'],
    ['duplicate-decision.json', 'two decisions for one actor in one turn'],
    ['unknown-actor.json', 'a decision for an actor not in the scenario'],
  ])('%s (%s) exits 2 naming the file, with no stack trace', (name) => {
    const result = tampered[name] as Result;
    expectCleanFailure(result, 2);
    expect(result.stderr).toContain(name);
  });

  it('says what is wrong after the file name and a colon', () => {
    expect((tampered['missing.json'] as Result).stderr).toContain('replay file missing.json: no such file');
  });

  it('says in words what a hash must be', () => {
    const { stderr } = tampered['not-a-hash.json'] as Result;
    expect(stderr).toContain('hashes[1]: expected 16 lowercase hex digits, found string "XYZ"');
    expect(stderr).not.toContain('pattern');
  });

  it('a missing key is named', () => {
    expect((tampered['hashes-missing.json'] as Result).stderr).toContain('hashes');
  });

  it('a newer version says a newer greatgame is needed', () => {
    const { stderr } = tampered['version-2.json'] as Result;
    expect(stderr).toMatch(/newer greatgame/i);
    expect(stderr).toMatch(/\b2\b/);
  });
});
