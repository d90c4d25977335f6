import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTORS,
  expectSuccess,
  greatgame,
  parseStdout,
  type Result,
  SCENARIO,
  ScenarioList,
  tempDir,
} from './helpers.ts';

const temp = tempDir();
let json: Result;
let text: Result;

beforeAll(async () => {
  [json, text] = await Promise.all([
    greatgame(['scenarios', '--json'], temp.dir),
    greatgame(['scenarios'], temp.dir),
  ]);
});
afterAll(() => temp.remove());

describe('greatgame scenarios --json', () => {
  it('exits 0 with nothing on stderr', () => {
    expectSuccess(json);
  });

  it('prints one JSON list whose entries have exactly {id, title, turnLength, start, end, turns, actors, variants}', () => {
    const list = parseStdout(json, ScenarioList);
    expect(list.length).toBeGreaterThan(0);
    for (const entry of list)
      expect(Object.keys(entry).sort()).toEqual(
        ['actors', 'end', 'id', 'start', 'title', 'turnLength', 'turns', 'variants'].sort(),
      );
  });

  it('lists withdrawal-2021: 11 monthly turns from 2021-04 to 2022-02, its twelve actors', () => {
    const entry = parseStdout(json, ScenarioList).find((s) => s.id === SCENARIO);
    expect(entry).toBeDefined();
    expect(entry).toMatchObject({ turnLength: 'month', start: '2021-04', end: '2022-02', turns: 11 });
    expect([...(entry?.actors ?? [])].sort()).toEqual([...ACTORS]);
  });

  it('gives every scenario a baseline variant with a title', () => {
    for (const entry of parseStdout(json, ScenarioList)) {
      const baseline = entry.variants.find((v) => v.id === 'baseline');
      expect(baseline?.title, `${entry.id} baseline`).toBeTruthy();
      for (const variant of entry.variants) expect(variant.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('lists scenario ids once each', () => {
    const ids = parseStdout(json, ScenarioList).map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('greatgame scenarios (text)', () => {
  it('exits 0 and names withdrawal-2021 with its period, turn count and actors', () => {
    expectSuccess(text);
    expect(text.stdout).toContain(SCENARIO);
    expect(text.stdout).toContain('2021-04');
    expect(text.stdout).toContain('2022-02');
    expect(text.stdout).toMatch(/\b11 monthly turns\b/);
    for (const actor of ACTORS) expect(text.stdout).toContain(actor);
  });

  it('is not JSON', () => {
    expect(() => JSON.parse(text.stdout)).toThrow();
  });

  it('names every scenario that --json lists', () => {
    for (const entry of parseStdout(json, ScenarioList)) expect(text.stdout).toContain(entry.id);
  });
});
