import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceLabel } from '../../game/content/sources.ts';
import { periodNote } from '../../game/text/citation-period.ts';
import {
  ACTORS,
  expectCleanFailure,
  expectSuccess,
  greatgame,
  greatgameMany,
  INDICATOR_NAMES,
  messageLines,
  PACKAGE_VERSION,
  parseStdout,
  type Result,
  RunReport,
  SCENARIO,
  tempDir,
  writeJson,
} from './helpers.ts';

const temp = tempDir();
const base = ['run', '--scenario', SCENARIO];

/** Turn 1 russia `convene_talks` is legal at the start; turn 3 russia `pass` is legal always. */
const LEGAL = [
  { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
  { turn: 3, actor: 'russia', action: 'pass', target: null },
];
/** `evacuate_embassy` needs the fall of Kabul, which has not happened in April 2021. */
const ILLEGAL = [{ turn: 1, actor: 'russia', action: 'evacuate_embassy', target: null }];

let json1: Result;
let json1Again: Result;
let json2: Result;
let text1: Result;
let details1: Result;
let summary1: Result;
let turns3: Result;
let human: Result;
let illegal: Result;
let turns50: Result;
let laterDecision: Result;
let pastTheEnd: Result;
const malformed: Record<string, Result> = {};

beforeAll(async () => {
  writeJson(temp.file('legal.json'), LEGAL);
  writeJson(temp.file('illegal.json'), ILLEGAL);
  // A file that is cut off: not JSON.
  writeJson(temp.file('cut.json'), LEGAL);
  const whole = readFileSync(temp.file('cut.json'), 'utf8');
  writeFileSync(temp.file('cut.json'), whole.slice(0, Math.floor(whole.length / 2)));
  writeJson(temp.file('turn-as-string.json'), [{ turn: '1', actor: 'russia', action: 'pass', target: null }]);
  writeJson(temp.file('unknown-actor.json'), [{ turn: 1, actor: 'martians', action: 'pass', target: null }]);
  writeJson(temp.file('not-a-list.json'), { turn: 1, actor: 'russia', action: 'pass', target: null });
  writeJson(temp.file('extra-key.json'), [{ turn: 1, actor: 'russia', action: 'pass', target: null, x: 1 }]);
  writeJson(temp.file('later.json'), [...LEGAL, { turn: 5, actor: 'russia', action: 'pass', target: null }]);
  writeJson(temp.file('past-the-end.json'), [{ turn: 12, actor: 'russia', action: 'pass', target: null }]);

  const malformedNames = [
    'cut.json',
    'turn-as-string.json',
    'unknown-actor.json',
    'not-a-list.json',
    'extra-key.json',
    'missing.json',
  ];
  // What each command line prints is the test, so all but one run in one process; the repeat of seed 1 runs in a
  // process of its own, so that "byte-identical twice" also holds across processes, not just across calls.
  const many = greatgameMany(
    [
      [...base, '--seed', '1', '--json'],
      [...base, '--seed', '2', '--json'],
      [...base, '--seed', '1'],
      [...base, '--seed', '1', '--turns', '3', '--json'],
      [...base, '--seed', '1', '--json', '--decisions', 'legal.json'],
      [
        ...base,
        '--seed',
        '1',
        '--json',
        '--decisions',
        'illegal.json',
        '--replay-out',
        'illegal-replay.json',
      ],
      [...base, '--seed', '1', '--turns', '50'],
      [...base, '--seed', '1', '--turns', '3', '--json', '--decisions', 'later.json'],
      [...base, '--seed', '1', '--turns', '3', '--decisions', 'past-the-end.json'],
      ...malformedNames.map((name) => [...base, '--seed', '1', '--decisions', name]),
      [...base, '--seed', '1', '--turns', '3', '--decisions', 'legal.json', '--summary'],
    ],
    temp.dir,
  );
  const [again, withDetails, manyResults] = await Promise.all([
    greatgame([...base, '--seed', '1', '--json'], temp.dir),
    greatgame([...base, '--seed', '1', '--details'], temp.dir),
    many,
  ]);
  details1 = withDetails;
  const results = [manyResults[0], again, ...manyResults.slice(1)];
  [json1, json1Again, json2, text1, turns3, human, illegal, turns50, laterDecision, pastTheEnd] = results as [
    Result,
    Result,
    Result,
    Result,
    Result,
    Result,
    Result,
    Result,
    Result,
    Result,
  ];
  malformedNames.forEach((name, i) => {
    malformed[name] = results[10 + i] as Result;
  });
  summary1 = results[10 + malformedNames.length] as Result;
}, 120_000);
afterAll(() => temp.remove());

const report = (result: Result) => parseStdout(result, RunReport);

describe('greatgame run --json', () => {
  it('exits 0 and prints one JSON object on stdout and nothing else (stderr empty)', () => {
    expectSuccess(json1);
    expect(json1.stdout.trimStart().startsWith('{')).toBe(true);
    expect(json1.stdout.trimEnd().endsWith('}')).toBe(true);
    expect(() => JSON.parse(json1.stdout)).not.toThrow();
  });

  it('matches the contract shape {scenario, variant, seed, engineVersion, turns, final}', () => {
    const r = report(json1);
    expect(Object.keys(r).sort()).toEqual(['engineVersion', 'final', 'scenario', 'seed', 'turns', 'variant']);
  });

  it('names the scenario, the baseline variant, the seed, and package.json version as engineVersion', () => {
    expect(report(json1)).toMatchObject({
      scenario: SCENARIO,
      variant: 'baseline',
      seed: 1,
      engineVersion: PACKAGE_VERSION,
    });
  });

  it('has 11 turns numbered from 1, one month apart from 2021-04 to 2022-02', () => {
    const { turns } = report(json1);
    expect(turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(turns.map((t) => t.date)).toEqual([
      '2021-04',
      '2021-05',
      '2021-06',
      '2021-07',
      '2021-08',
      '2021-09',
      '2021-10',
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
  });

  it('gives each turn a hash of 16 lowercase hex digits, different every turn', () => {
    const hashes = report(json1).turns.map((t) => t.hash);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('has every actor take exactly one action per turn', () => {
    for (const turn of report(json1).turns)
      expect(turn.actions.map((a) => a.actor).sort(), `turn ${turn.turn}`).toEqual([...ACTORS]);
  });

  it('gives each action a bare action id, a target that is null or an actor or zone id, and an outcome', () => {
    // The scenario's own zones (Afghan zones, border posts, neighbours) and actors: a target is one of them.
    const scenarioFile = new URL(`../../scenarios/${SCENARIO}/scenario.json`, import.meta.url);
    const zones: string[] = JSON.parse(readFileSync(scenarioFile, 'utf8')).zones.map(
      (z: { id: string }) => z.id,
    );
    const zoneOrActor = new Set<string>([...zones, ...ACTORS]);
    let targeted = 0;
    for (const turn of report(json1).turns)
      for (const action of turn.actions) {
        expect(action.action).not.toContain('.');
        if (action.target !== null) {
          targeted++;
          expect(zoneOrActor, `turn ${turn.turn} ${action.actor}`).toContain(action.target);
        }
        expect(['success', 'failure', 'blocked']).toContain(action.outcome);
      }
    expect(targeted).toBeGreaterThan(0);
  });

  it("explains every AI action: ruleId '<actor>.<kebab-slug>', why {conditions, citation {source, quote}}", () => {
    for (const turn of report(json1).turns)
      for (const action of turn.actions) {
        expect(action.ruleId, `turn ${turn.turn} ${action.actor}`).not.toBeNull();
        expect(action.ruleId).toMatch(new RegExp(`^${action.actor}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
        expect(action.why).not.toBeNull();
        expect(typeof action.why?.conditions).toBe('object');
        expect(action.why?.citation.source).toMatch(/^[\w.-]+\.txt$/);
        expect(action.why?.citation.quote.trim().length).toBeGreaterThan(10);
      }
  });

  it('has events as {id, title} with kebab-case ids', () => {
    const events = report(json1).turns.flatMap((t) => t.events);
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('reports every DESIGN indicator (and more) each turn as an integer 0-100, and a score for every actor', () => {
    for (const turn of report(json1).turns) {
      // The DESIGN indicators, and greatgame's own additions after them.
      expect(Object.keys(turn.indicators)).toEqual(expect.arrayContaining([...INDICATOR_NAMES]));
      for (const value of Object.values(turn.indicators)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(100);
      }
      expect(Object.keys(turn.scores).sort()).toEqual([...ACTORS]);
    }
  });

  it("has final {indicators, scores} equal to the last turn's", () => {
    const r = report(json1);
    const last = r.turns[r.turns.length - 1];
    expect(r.final).toEqual({ indicators: last?.indicators, scores: last?.scores });
  });

  it('prints byte-identical stdout for the same seed twice', () => {
    expectSuccess(json1Again);
    expect(json1Again.stdout).toBe(json1.stdout);
  });

  it('gives different hashes for a different seed', () => {
    expectSuccess(json2);
    const one = report(json1).turns.map((t) => t.hash);
    const two = report(json2).turns.map((t) => t.hash);
    expect(report(json2).seed).toBe(2);
    expect(two).toHaveLength(one.length);
    expect(two).not.toEqual(one);
    expect(two[two.length - 1]).not.toBe(one[one.length - 1]);
  });
});

describe('greatgame run (the chronicle)', () => {
  it('exits 0 with nothing on stderr and prints text, not JSON', () => {
    expectSuccess(text1);
    expect(() => JSON.parse(text1.stdout)).toThrow();
  });

  it('mentions every turn and the first and last month', () => {
    for (let n = 1; n <= 11; n++) expect(text1.stdout).toMatch(new RegExp(`\\bturn ${n}\\b`, 'i'));
    expect(text1.stdout).toMatch(/2021-04|April 2021/);
    expect(text1.stdout).toMatch(/2022-02|February 2022/);
  });

  it('explains each AI move in sentences, without rule ids or operators', () => {
    const r = report(json1);
    const texts = new Set(r.turns.flatMap((t) => t.actions.map((a) => a.why?.text)));
    for (const text of texts) expect(text1.stdout).toContain(`    ${text}\n`);
    const ruleIds = new Set(r.turns.flatMap((t) => t.actions.map((a) => a.ruleId)));
    for (const id of ruleIds) expect(text1.stdout).not.toContain(`[${id}]`);
    expect(text1.stdout).not.toMatch(/==|!=|>=|<=|\b[a-z]+_[a-z_]+\b/);
  });

  it("with --details adds each move's rule id and its condition as written", () => {
    expectSuccess(details1);
    const ruleIds = new Set(report(json1).turns.flatMap((t) => t.actions.map((a) => a.ruleId)));
    for (const id of ruleIds) expect(details1.stdout).toContain(`details: [${id}] `);
    expect(details1.stdout).toMatch(/details: \[\S+\] .* (==|>=|<|!=) /);
  });

  it('with --summary begins each turn with what happened: the largest changes, their causes, the person’s move', () => {
    expectSuccess(summary1);
    const paragraphs = summary1.stdout.split(/\n(?=Turn \d+ · )/).slice(1);
    expect(paragraphs).toHaveLength(3);
    for (const p of paragraphs) expect(p.split('\n')[1]).toBe('  What happened:');
    expect(paragraphs[0]).toMatch(
      /\n {4}Russia's move, Convene regional talks on Afghanistan \(Moscow format\), (succeeded|failed)\./,
    );
    // Russia's table plays turn 2: no person's move to report then.
    expect(paragraphs[1]).not.toMatch(/\n {4}Russia's move/);
    // ...but the tables that answered Russia's talks say they read them.
    expect(paragraphs[1]).toMatch(/\n {4}Reacted: .+\. It read Russia's last move/);
    expect(paragraphs[2]).toMatch(/\n {4}Russia's move was to pass\.\n/);
    expect(paragraphs[0]).toMatch(/\n {6}[+-]\d+ The world/);
    expect(summary1.stdout).not.toMatch(/==|!=|>=|<=|\b[a-z]+_[a-z_]+\b/);
    expect(text1.stdout).not.toContain('What happened:');
  });

  it('quotes the citation behind each AI move', () => {
    const quotes = new Set(report(json1).turns.flatMap((t) => t.actions.map((a) => a.why?.citation.quote)));
    for (const quote of quotes)
      expect(text1.stdout).toMatch(new RegExp(`[“"]${escapeRegExp(quote ?? '')}[”"]`));
  });

  it('says beside a quote when it describes an earlier time than the move', () => {
    // Withdrawal-2021's Russia still acts on 2016-2018 analyses: the student must see that they are background.
    expect(text1.stdout).toContain('(Ekaterina Stepanova, Ifri, 2018) (background, 2017)');
    const dated = report(json1).turns.flatMap((t) =>
      t.actions.flatMap((a) => {
        const note = a.why ? periodNote(a.why.citation, t.date) : null;
        return a.why && note
          ? [`${a.why.citation.quote}” (${sourceLabel(a.why.citation.source)}) (${note})`]
          : [];
      }),
    );
    expect(dated).not.toEqual([]);
    for (const line of dated) expect(text1.stdout).toContain(line);
  });

  it('names the nearest flip as a sentence, the one that --json gives as why.flipText', () => {
    const flips = report(json1).turns.flatMap((t) =>
      t.actions.flatMap((a) => (a.why?.flipText ? [a.why.flipText] : [])),
    );
    expect(flips).not.toEqual([]);
    for (const flip of flips) expect(text1.stdout).toContain(`    ${flip}\n`);
  });

  it('ends with the same final hash as --json', () => {
    const r = report(json1);
    expect(text1.stdout).toContain(r.turns[r.turns.length - 1]?.hash ?? 'no hash');
  });
});

describe('greatgame run --turns 3', () => {
  it('plays exactly 3 turns, the same first 3 turns as the full game', () => {
    expectSuccess(turns3);
    const short = report(turns3);
    const full = report(json1);
    expect(short.turns.map((t) => t.turn)).toEqual([1, 2, 3]);
    expect(short.turns).toEqual(full.turns.slice(0, 3));
    expect(short.final).toEqual({ indicators: short.turns[2]?.indicators, scores: short.turns[2]?.scores });
  });

  it('plays the decisions of those 3 turns, and checks but ignores one for turn 5', () => {
    expectSuccess(laterDecision);
    const { turns } = report(laterDecision);
    expect(turns).toHaveLength(3);
    expect(turns[2]?.actions.find((a) => a.actor === 'russia')).toMatchObject({
      action: 'pass',
      ruleId: null,
    });
  });

  it('checks decisions against the whole game, not the turns played', () => {
    expectCleanFailure(pastTheEnd, 2);
    expect(pastTheEnd.stderr).toContain('past-the-end.json: [0].turn: the game has 11 turns, found turn 12');
  });
});

describe('greatgame run --turns past the end of the scenario', () => {
  it('is a usage error naming the scenario`s turns, not a shorter game', () => {
    expectCleanFailure(turns50, 2);
    expect(messageLines(turns50)).toEqual(['greatgame: --turns 50: withdrawal-2021 has 11 turns']);
  });
});

describe('greatgame run --decisions FILE (human decisions)', () => {
  it('plays a legal decision as given, with ruleId null and why null', () => {
    expectSuccess(human);
    const { turns } = report(human);
    for (const decision of LEGAL) {
      const played = turns[decision.turn - 1]?.actions.find((a) => a.actor === decision.actor);
      expect(played, `turn ${decision.turn} ${decision.actor}`).toMatchObject({
        action: decision.action,
        target: decision.target,
        ruleId: null,
        why: null,
      });
    }
  });

  it('still plays every other actor, and every other turn, by its table', () => {
    const decided = new Set(LEGAL.map((d) => `${d.turn}:${d.actor}`));
    for (const turn of report(human).turns)
      for (const action of turn.actions)
        if (!decided.has(`${turn.turn}:${action.actor}`)) expect(action.ruleId).not.toBeNull();
  });

  it('changes the game from the first decided turn on', () => {
    expect(report(human).turns[0]?.hash).not.toBe(report(json1).turns[0]?.hash);
  });

  it('rejects an illegal decision with exit 2, naming the turn, the actor and the legal actions', () => {
    expectCleanFailure(illegal, 2);
    expect(illegal.stderr).toMatch(/turn 1\b/);
    expect(illegal.stderr).toContain('russia');
    expect(illegal.stderr).toContain('evacuate_embassy');
    expect(illegal.stderr).toMatch(/legal/i);
    // The legal actions listed include the ones this test knows to be legal on turn 1.
    expect(illegal.stderr).toContain('convene_talks');
    expect(illegal.stderr).toContain('pass');
  });

  it('writes no replay file after an illegal decision (nothing is half-run)', () => {
    expect(existsSync(temp.file('illegal-replay.json'))).toBe(false);
    expect(readdirSync(temp.dir).filter((name) => name.includes('illegal-replay'))).toEqual([]);
  });

  describe('a malformed decisions file exits 2 with a short message naming the file and no stack trace', () => {
    it.each([
      ['cut.json', 'is cut off (not JSON)'],
      ['turn-as-string.json', 'has turn as a string'],
      ['unknown-actor.json', 'names an actor not in the scenario'],
      ['not-a-list.json', 'is an object, not a list'],
      ['extra-key.json', 'has a key outside {turn, actor, action, target}'],
      ['missing.json', 'does not exist'],
    ])('%s (%s)', (name) => {
      const result = malformed[name] as Result;
      expectCleanFailure(result, 2);
      expect(result.stderr).toContain(name);
      expect(messageLines(result).length).toBeLessThanOrEqual(2);
    });

    it('names the unknown actor and the actors of the scenario', () => {
      const result = malformed['unknown-actor.json'] as Result;
      expect(result.stderr).toContain('martians');
      for (const actor of ACTORS) expect(result.stderr).toContain(actor);
    });

    it('says where in the file the wrong shape is (the turn of entry 0)', () => {
      expect((malformed['turn-as-string.json'] as Result).stderr).toMatch(/\[0\]\.turn|0.*turn/);
    });
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
