import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  type Result,
  recordGame,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

/**
 * Issue 13, the after-action report: `greatgame debrief REPLAY --out report.html` writes one self-contained
 * page that embeds its replay, from a game in which a person played Russia.
 */
const temp = tempDir();
const DECISIONS = [
  { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
  { turn: 3, actor: 'russia', action: 'pass', target: null },
];

let written: Result;
let data: Result;
let html = '';

beforeAll(async () => {
  await recordGame(temp.dir, DECISIONS);
  [written, data] = await greatgameMany(
    [
      ['debrief', 'game.json', '--out', 'report.html'],
      ['debrief', 'game.json', '--json'],
    ],
    temp.dir,
  );
  html = existsSync(temp.file('report.html')) ? readFileSync(temp.file('report.html'), 'utf8') : '';
});

describe('greatgame debrief REPLAY --out FILE', () => {
  it('writes one HTML page and says where', () => {
    expectSuccess(written);
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('</html>');
  });

  it('needs no network: no web address anywhere in the page', () => {
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('embeds its replay, which parses to the recorded game', () => {
    const embedded = html.match(/<script type="application\/json" id="replay">([\s\S]*?)<\/script>/)?.[1];
    expect(embedded).toBeDefined();
    const replay = JSON.parse(embedded ?? '{}');
    const original = JSON.parse(readFileSync(temp.file('game.json'), 'utf8'));
    expect(replay).toEqual(original);
  });

  it("sets the person's decisions beside the table's choice", () => {
    expectSuccess(data);
    const report = JSON.parse(data.stdout);
    expect(JSON.stringify(report)).toContain('convene_talks');
    expect(html).toMatch(/table would have/i);
  });

  it('carries where the game ended, the discussion plan, the role’s interests and the actors’ colours in --json', () => {
    const report = JSON.parse(data.stdout);
    expect(report.ending.scores.find((s: { actor: string }) => s.actor === 'russia')).toMatchObject({
      human: true,
    });
    expect(report.ending.outcomes.map((o: { flag: string }) => o.flag)).toContain('kabul_fallen');
    expect(report.ending.summary.length).toBeGreaterThanOrEqual(2);
    expect(report.discussion.plan.map((p: { minutes: number }) => p.minutes)).toEqual([3, 7, 5, 5]);
    expect(report.humans[0].interests.length).toBeGreaterThan(0);
    expect(report.series.scores.every((s: { colour: string }) => /^#[0-9A-F]{6}$/i.test(s.colour))).toBe(
      true,
    );
    for (const heading of [
      'For the teacher: a 20-minute discussion',
      'Where the game ended',
      'What Russia wanted',
    ])
      expect(html).toContain(heading);
  });
});

describe('greatgame debrief (and explain) of a replay with forecasts, as the browser downloads it', () => {
  it('reads the optional list and writes the forecasts with their scores, in the page and the JSON', async () => {
    const replay = JSON.parse(readFileSync(temp.file('game.json'), 'utf8'));
    const forecasts = [
      { turn: 1, actor: 'russia', indicator: 'peace_process', direction: 'up', confidence: 70 },
      { turn: 3, actor: 'russia', indicator: 'taliban_territory', value: 50 },
    ];
    writeJson(temp.file('forecast.json'), { ...replay, forecasts });
    const [page, json, explain] = await greatgameMany(
      [
        ['debrief', 'forecast.json', '--out', 'forecast.html'],
        ['debrief', 'forecast.json', '--json'],
        // explain --decisions reads the same file: its forecasts are no decisions, and no error either.
        [
          'explain',
          '--scenario',
          SCENARIO,
          '--seed',
          '7',
          '--decisions',
          'forecast.json',
          '--turn',
          '2',
          '--actor',
          'russia',
        ],
      ],
      temp.dir,
    );
    expectSuccess(page);
    expectSuccess(json);
    expectSuccess(explain);
    const russia = JSON.parse(json.stdout).forecasts[0];
    expect(russia.actor).toBe('russia');
    expect(russia.rows.map((r: { indicator: string }) => r.indicator)).toEqual([
      'peace_process',
      'taliban_territory',
    ]);
    const report = readFileSync(temp.file('forecast.html'), 'utf8');
    expect(report).toContain('Forecasts and their scores');
    expect(report).toContain(russia.rows[0].score);
    expect(html).toContain('No one made a forecast in this game.');
  });
});

describe('greatgame debrief, bad input', () => {
  it('exits 2 with one line for a missing file, and writes nothing', async () => {
    const missing = await greatgame(['debrief', 'no-such.json', '--out', 'never.html'], temp.dir);
    expectCleanFailure(missing, 2);
    expect(missing.stderr).toMatch(/no-such\.json/);
    expect(existsSync(temp.file('never.html'))).toBe(false);
  });

  it('exits 2 for a file that is not a replay', async () => {
    writeJson(temp.file('list.json'), { hello: 'world' });
    const bad = await greatgame(['debrief', 'list.json', '--out', 'never.html'], temp.dir);
    expectCleanFailure(bad, 2);
    expect(bad.stderr).toMatch(/list\.json/);
    expect(existsSync(temp.file('never.html'))).toBe(false);
  });
});
