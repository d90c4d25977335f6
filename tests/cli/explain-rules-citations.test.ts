import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  parseFile,
  parseStdout,
  ReplayFile,
  type Result,
  RunReport,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

const PONARS = '003_5657161a6a22a493.txt';
const temp = tempDir();
let explainText: Result;
let explainJson: Result;
let explainHuman: Result;
let explainBelow: Result;
let explainLater: Result;
let runJson: Result;
let rulesRussia: Result;
let rulesJson: Result;
let citationsJson: Result;
let citationsText: Result;
let citationsHelp: Result;
let withoutRun: Result;
let withoutVerify: Result;
const errors: Record<string, Result> = {};

beforeAll(async () => {
  writeJson(temp.file('person.json'), [{ turn: 2, actor: 'russia', action: 'pass', target: null }]);
  // A decision for a turn after the one explained belongs to the game all the same.
  writeJson(temp.file('moves.json'), [
    { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
    { turn: 2, actor: 'russia', action: 'border_drill', target: 'border_tajik' },
  ]);
  const base = ['--scenario', SCENARIO, '--seed', '4'];
  const failing: Record<string, string[]> = {
    'explain a turn past the end': ['explain', ...base, '--turn', '99', '--actor', 'russia'],
    'explain an unknown actor': ['explain', ...base, '--turn', '2', '--actor', 'atlantis'],
    'explain without --turn': ['explain', ...base, '--actor', 'russia'],
    'rules for an unknown actor': ['rules', '--actor', 'atlantis'],
    'an unknown report for --without-source': ['run', ...base, '--without-source', 'nope.txt'],
  };
  // Two command lines spawn the bin (and the replay of the second); what the others say is checked from one
  // process that runs them all (greatgameMany), instead of a spawned bin each.
  let many: Result[];
  [explainText, withoutRun, many] = await Promise.all([
    greatgame(['explain', ...base, '--turn', '2', '--actor', 'russia', '--details'], temp.dir),
    greatgame(
      ['run', ...base, '--without-source', `../shared/seeds/${PONARS}`, '--replay-out', 'without.json'],
      temp.dir,
    ),
    greatgameMany(
      [
        ['explain', ...base, '--turn', '2', '--actor', 'russia', '--json'],
        ['explain', ...base, '--turn', '2', '--actor', 'russia', '--decisions', 'person.json'],
        // Seed 4, turn 5: a row of priority 75 fires, and rows below it have conditions that are false.
        ['explain', ...base, '--turn', '5', '--actor', 'russia'],
        ['explain', ...base, '--turn', '1', '--actor', 'russia', '--decisions', 'moves.json'],
        ['run', ...base, '--json'],
        ['rules', '--actor', 'russia'],
        ['rules', '--json'],
        ['citations', '--json'],
        ['citations'],
        ['citations', '--help'],
        ...Object.values(failing),
      ],
      temp.dir,
    ),
  ]);
  withoutVerify = await greatgame(['replay', 'without.json', '--verify'], temp.dir);
  [
    explainJson,
    explainHuman,
    explainBelow,
    explainLater,
    runJson,
    rulesRussia,
    rulesJson,
    citationsJson,
    citationsText,
    citationsHelp,
  ] = many as [Result, Result, Result, Result, Result, Result, Result, Result, Result, Result];
  Object.keys(failing).forEach((name, i) => {
    errors[name] = many[10 + i] as Result;
  });
});

afterAll(() => temp.remove());

describe('greatgame explain', () => {
  it('names the decision the game took that turn, why, and (with --details) its row, exactly as run records it', () => {
    expectSuccess(explainText);
    const taken = parseStdout(runJson, RunReport).turns[1]?.actions.find((a) => a.actor === 'russia');
    expect(taken?.ruleId).toBeTruthy();
    expect(explainText.stdout).toContain(`details: row ${taken?.ruleId}`);
    expect(explainText.stdout).toContain(`\n${taken?.why?.text}\n`);
    if (taken?.why?.flipText) expect(explainText.stdout).toContain(`Nearest flip: ${taken.why.flipText}`);
  });

  it('without --details reads as sentences: no rule id, no input id, no operator', () => {
    expectSuccess(explainBelow);
    expect(explainBelow.stdout).toMatch(/^ {5}because \S/m);
    // A row not taken says what it needed and what there was: never a part that held, as if it were the reason.
    const notTaken = explainBelow.stdout.split('\n').filter((l) => l.startsWith('     not taken'));
    expect(notTaken).not.toEqual([]);
    for (const line of notTaken) expect(line).toMatch(/^ {5}not taken\. It needed: .*\((now|it was)\b.*\)/);
    expect(explainBelow.stdout).not.toContain('=>');
    expect(explainBelow.stdout).not.toMatch(/==|!=|>=|<=|\b[a-z]+_[a-z_]+\b|russia\.[a-z]/);
  });

  it('prints every row of the table, in order, with the values its condition read', () => {
    const rows = (parseStdout(rulesJson, z.array(z.object({ actor: z.string(), id: z.string() }))) ?? [])
      .filter((r) => r.actor === 'russia')
      .map((r) => r.id);
    const positions = rows.map((id) => explainText.stdout.indexOf(`details: ${id}: `));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(explainText.stdout).toMatch(/^ \* \[\d+\] .* \(weight \d+\): FIRED/m);
    expect(explainText.stdout).toMatch(/ (yes|no)$/m);
  });

  it('as JSON gives each row a status, and exactly one fired row that is the logged one', () => {
    expectSuccess(explainJson);
    const data = JSON.parse(explainJson.stdout) as {
      decision: { ruleId: string };
      rows: { id: string; status: string }[];
    };
    const fired = data.rows.filter((r) => r.status === 'fired');
    expect(fired.map((r) => r.id)).toEqual([data.decision.ruleId]);
    for (const row of data.rows)
      expect(['fired', 'eligible', 'condition-false', 'not-legal', 'below']).toContain(row.status);
  });

  it('says when a person took the decision, and still evaluates the table', () => {
    expectSuccess(explainHuman);
    expect(explainHuman.stdout).toContain('was played by a person');
    expect(explainHuman.stdout).toContain("Russia's table, in order");
  });

  it('takes a decisions file with decisions after the turn explained', () => {
    expectSuccess(explainLater);
    expect(explainLater.stdout).toContain('Russia was played by a person: Convene regional talks');
  });

  it('marks x every row whose condition is false, as its key says, the rows below the fired one too', () => {
    expectSuccess(explainBelow);
    const rows = explainBelow.stdout.split('\n').filter((line) => /^.. \[\d+\] /.test(line));
    const below = rows.slice(rows.findIndex((line) => line.endsWith(': FIRED')) + 1);
    expect(below.filter((line) => line.endsWith('condition false (a higher priority won)'))).not.toEqual([]);
    for (const row of rows) {
      if (/: condition false( \(a higher priority won\))?$/.test(row)) expect(row).toMatch(/^ x /);
      else expect(row).not.toMatch(/^ x /);
    }
  });

  it('names the turns of the scenario when asked for a turn past its end', () => {
    expect((errors['explain a turn past the end'] as Result).stderr).toContain(
      `--turn 99: ${SCENARIO} has 11 turns`,
    );
  });

  it.each(['explain a turn past the end', 'explain an unknown actor', 'explain without --turn'])(
    '%s exits 2',
    (name) => {
      expectCleanFailure(errors[name] as Result, 2);
    },
  );
});

describe('greatgame rules', () => {
  it('--actor russia reads like a briefing: interests with quotes, actions, then the table in order', () => {
    expectSuccess(rulesRussia);
    const text = rulesRussia.stdout;
    const wants = text.indexOf('What Russia wants');
    const can = text.indexOf('What Russia can do');
    const decides = text.indexOf('How Russia decides');
    expect(wants).toBeGreaterThan(0);
    expect(can).toBeGreaterThan(wants);
    expect(decides).toBeGreaterThan(can);
    expect(text.slice(wants, can)).toMatch(/“.+” \(.+\)/);
    expect(text).toMatch(/^ {2}1\. \[\d+/m);
  });

  it('--json lists every row with its actor', () => {
    const rows = parseStdout(
      rulesJson,
      z.array(
        z.object({
          actor: z.string(),
          id: z.string(),
          priority: z.number(),
          when: z.unknown(),
          do: z.unknown(),
          citations: z.array(z.unknown()).min(1),
        }),
      ),
    );
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) expect(row.id.startsWith(`${row.actor}.`)).toBe(true);
  });

  it('an unknown actor exits 2 and lists the actors', () => {
    expectCleanFailure(errors['rules for an unknown actor'] as Result, 2);
    expect((errors['rules for an unknown actor'] as Result).stderr).toContain('russia');
  });
});

describe('greatgame citations', () => {
  it('--json lists one entry per citation: {kind, id, actor?, source, quote}', () => {
    const list = parseStdout(
      citationsJson,
      z.array(
        z.strictObject({
          kind: z.enum([
            'rule',
            'interest',
            'lever',
            'effect',
            'event',
            'variant',
            'fact',
            'claim',
            'situation',
          ]),
          id: z.string().min(1),
          actor: z.string().optional(),
          source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/),
          quote: z.string().min(20),
        }),
      ),
    );
    expect(new Set(list.map((c) => c.kind))).toEqual(
      new Set(['rule', 'interest', 'lever', 'effect', 'event', 'fact', 'variant', 'claim', 'situation']),
    );
  });

  it('--help names every kind that --json lists', () => {
    expectSuccess(citationsHelp);
    const kinds = new Set(
      parseStdout(citationsJson, z.array(z.object({ kind: z.string() }))).map((c) => c.kind),
    );
    const help = citationsHelp.stdout.replace(/\s+/g, ' ');
    for (const kind of kinds) expect(help).toMatch(new RegExp(`kind is [a-z, ]*\\b${kind}\\b`));
  });

  it('as text shows each quote and a count per report', () => {
    expectSuccess(citationsText);
    expect(citationsText.stdout).toMatch(/\d+ citations: .*SCEEUS/);
  });
});

describe('--without-source', () => {
  it('plays without the rows that rest on that report alone, and records it in the replay', () => {
    expectSuccess(withoutRun);
    const replay = parseFile(temp.file('without.json'), ReplayFile);
    expect(replay.options.withoutSource).toEqual([PONARS]);
    expectSuccess(withoutVerify);
  });

  it('refuses an unknown report with exit 2', () => {
    expectCleanFailure(errors['an unknown report for --without-source'] as Result, 2);
  });
});
