import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { z } from 'zod';

/** The real bin, as `npx greatgame` runs it: a JavaScript file that registers tsx and imports the CLI. */
export const BIN = fileURLToPath(new URL('../../bin/greatgame.mjs', import.meta.url));

/** package.json's version: the contract says `engineVersion` is exactly this. */
export const PACKAGE_VERSION: string = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'),
).version;

export const SCENARIO = 'withdrawal-2021';
/** withdrawal-2021's actors, in id order. */
export const ACTORS = [
  'afghan_republic',
  'china',
  'iran',
  'isisk',
  'pakistan',
  'resistance',
  'russia',
  'tajikistan',
  'taliban',
  'turkmenistan',
  'us',
  'uzbekistan',
] as const;

/** DESIGN 4a: every scenario's indicators. */
export const INDICATOR_NAMES = [
  'taliban_territory',
  'isisk_strength',
  'northern_route_narcotics',
  'terror_threat_central_asia',
  'us_presence_afghanistan',
  'us_presence_central_asia',
  'russia_influence_central_asia',
  'taliban_legitimacy',
  'russia_taliban_relations',
  'russia_us_relations',
  'tajik_taliban_tension',
  'refugee_outflow',
  'humanitarian_need',
  'peace_process',
] as const;

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Spawns `node bin/greatgame.mjs ...args` in `cwd` (a temporary directory, never the repository, so that the
 * tests prove the command works from anywhere). Asynchronous, so that a beforeAll can start several at once.
 */
export function greatgame(
  args: readonly string[],
  cwd: string,
  options: { closeStdout?: boolean } = {},
): Promise<Result> {
  return node([BIN, ...args], cwd, options);
}

/** tests/cli/many.mjs: several command lines run in one process, each as the bin runs it. */
const MANY = fileURLToPath(new URL('./many.mjs', import.meta.url));

/**
 * Runs each command line as `greatgame ...args` would, all in one Node process spawned in `cwd`, one after
 * another: for the cases that check what a command says, not how the bin starts and exits (those spawn the bin
 * with greatgame()). One Node, tsx and content start-up for them all, instead of about 1.3 s of CPU each.
 */
export async function greatgameMany<const Calls extends readonly (readonly string[])[]>(
  calls: Calls,
  cwd: string,
): Promise<{ -readonly [K in keyof Calls]: Result }> {
  const ran = await node([MANY, JSON.stringify(calls)], cwd);
  if (ran.status !== 0 || ran.stderr !== '')
    throw new Error(`many.mjs failed (${ran.status}): ${ran.stderr}`);
  const results = JSON.parse(ran.stdout) as Result[];
  if (results.length !== calls.length) throw new Error(`many.mjs ran ${results.length} of ${calls.length}`);
  return results as { -readonly [K in keyof Calls]: Result };
}

/** Spawns Node with these arguments and collects what it prints; `timeout` kills it after so many ms. */
export function node(
  args: readonly string[],
  cwd: string,
  { closeStdout = false, timeout }: { closeStdout?: boolean; timeout?: number } = {},
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout,
    });
    // Like `greatgame ... | head -1` once head has gone: every write to stdout meets a closed pipe.
    if (closeStdout) child.stdout.destroy();
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/**
 * Records a withdrawal-2021 game in `dir` as `game.json` (the file `run --replay-out` writes), with these human
 * decisions (written to `decisions.json`) on the given seed: the recording that debrief, branch and the like read.
 */
export async function recordGame(dir: string, decisions: readonly unknown[], seed = 7): Promise<string> {
  writeJson(join(dir, 'decisions.json'), decisions);
  const recorded = await greatgame(
    [
      'run',
      '--scenario',
      SCENARIO,
      '--seed',
      String(seed),
      '--decisions',
      'decisions.json',
      '--replay-out',
      'game.json',
    ],
    dir,
  );
  expectSuccess(recorded);
  return join(dir, 'game.json');
}

/** A fresh temporary directory (outside the repository) and a way to remove it. */
export function tempDir(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'greatgame-cli-'));
  return {
    dir,
    file: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function writeJson(path: string, data: unknown): string {
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
  return path;
}

export function readJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** A stack frame ("    at fn (file:1:2)"), a node internal path or the CLI's internal-error banner. */
const STACK_FRAME = /^\s*at\s.*(\(.*:\d+:\d+\)|:\d+:\d+)\s*$/m;

/** The contract for every failure: the exit code, nothing on stdout, a short message on stderr, no stack. */
export function expectCleanFailure(result: Result, code: 1 | 2): void {
  expect(result.stdout, 'stdout of a failed command').toBe('');
  expect(result.stderr.trim(), 'stderr of a failed command').not.toBe('');
  expect(result.stderr).not.toMatch(STACK_FRAME);
  expect(result.stderr).not.toMatch(/node:internal|internal error|node_modules/);
  expect(result.stderr).not.toMatch(/^\s*(Type|Reference|Syntax|Range)?Error:/m);
  expect(result.status, `exit code; stderr was: ${result.stderr}`).toBe(code);
}

/** A clean success: exit 0 and nothing on stderr. */
export function expectSuccess(result: Result): void {
  expect(result.stderr, 'stderr of a successful command').toBe('');
  expect(result.status).toBe(0);
}

/** The message lines on stderr (commander may add one "(add --help for usage)" hint after the message). */
export function messageLines(result: Result): string[] {
  return result.stderr
    .trim()
    .split('\n')
    .filter((line) => !/^\(add --help for usage\)$/.test(line));
}

// ---- The JSON contracts of DESIGN.md section 4, written independently of the engine's own schemas ----

const Hash = z.string().regex(/^[0-9a-f]{16}$/, '16 lowercase hex digits');
const Int = z.number().int();
const Indicators = z.record(z.string(), Int);
const Scores = z.record(z.string(), Int);

export const ScenarioList = z.array(
  z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    turnLength: z.enum(['month', 'quarter']),
    start: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/),
    end: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/),
    turns: Int.positive(),
    actors: z.array(z.string().min(1)).min(1),
    variants: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1) })).min(1),
  }),
);

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
/** Issue 12 extends the citation with when its quote was true: a period of months, or background. */
const Citation = z.strictObject({
  source: z.string().min(1),
  quote: z.string().min(1),
  period: z.strictObject({ from: Month, to: Month }).optional(),
  background: z.literal(true).optional(),
});

export const Action = z.strictObject({
  actor: z.string().min(1),
  action: z.string().regex(/^[a-z][a-z0-9_]*$/, 'a bare action id'),
  target: z.string().min(1).nullable(),
  ruleId: z.string().min(1).nullable(),
  outcome: z.enum(['success', 'failure', 'blocked']),
  // DESIGN section 3: the inputs the fired row read, its first citation, and the nearest flip (or null).
  why: z
    .strictObject({
      conditions: z.record(z.string(), z.unknown()),
      citation: Citation,
      flip: z
        .strictObject({
          ruleId: z.string().min(1),
          input: z.string().min(1),
          from: z.unknown(),
          to: z.unknown(),
        })
        .nullable(),
      /** Issue 13: the sentences beside the raw values. */
      text: z.string().regex(/^[A-Z].*\.$/),
      flipText: z
        .string()
        .regex(/ would have .* instead, had .*\.$/)
        .nullable(),
    })
    .nullable(),
});
export type Action = z.infer<typeof Action>;

export const RunReport = z.strictObject({
  scenario: z.string().min(1),
  variant: z.string().min(1),
  seed: Int.min(0),
  engineVersion: z.string().min(1),
  turns: z.array(
    z.strictObject({
      turn: Int.min(1),
      date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
      hash: Hash,
      events: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1) })),
      actions: z.array(Action),
      indicators: Indicators,
      scores: Scores,
    }),
  ),
  final: z.strictObject({ indicators: Indicators, scores: Scores }),
});
export type RunReport = z.infer<typeof RunReport>;

export const Decision = z.strictObject({
  turn: Int.min(1),
  actor: z.string().min(1),
  action: z.string().min(1),
  target: z.string().min(1).nullable(),
});
export type Decision = z.infer<typeof Decision>;

export const ReplayFile = z.strictObject({
  format: z.literal('greatgame-replay'),
  version: z.literal(1),
  engineVersion: z.string().min(1),
  scenario: z.string().min(1),
  scenarioHash: Hash,
  variant: z.string().min(1),
  seed: Int.min(0),
  options: z.strictObject({ withoutSource: z.array(z.string()) }),
  decisions: z.array(Decision),
  hashes: z.array(Hash).min(1),
});
export type ReplayFile = z.infer<typeof ReplayFile>;

/** Parses stdout as exactly one JSON value (JSON.parse rejects anything before or after it). */
export function parseStdout<T extends z.ZodType>(result: Result, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(result.stdout));
  if (!parsed.success)
    throw new Error(`stdout does not match the contract:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function parseFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(readJsonFile(path));
  if (!parsed.success)
    throw new Error(`${path} does not match the contract:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
