import { describe, expect, it } from 'vitest';
import { checkHistory, historyProblems } from '../../game/content/history-checks.ts';
import { HistoryFile, type ScenarioContent } from '../../game/engine/index.ts';
import { library, shipped } from '../helpers/shipped.ts';

const FILE = 'withdrawal-2021/history.json';
const resolved = shipped.resolve({ scenario: 'withdrawal-2021', variant: 'baseline', withoutSource: [] });
if (!resolved.ok) throw new Error(resolved.error.message);
const content: ScenarioContent = resolved.content;

const citation = {
  source: '001_09ab83d40f3f135c.txt',
  quote:
    'When Afghanistan fell to the Taliban in mid-August 2021, Lavrov spoke about the Taliban with respect.',
};
/** A history of one claim per check, each with an id of its own. */
const historyOf = (...checks: unknown[]) =>
  HistoryFile.parse({
    claims: checks.map((check, i) => ({
      id: `claim-${i}`,
      text: 'A claim for the test.',
      citation,
      check,
      target: 1,
    })),
  });
const problems = (...checks: unknown[]) =>
  checkHistory(historyOf(...checks), content, FILE).map((p) => [p.path, p.message]);

describe('a history file is checked against its scenario', () => {
  it('finds nothing wrong with checks that name what the scenario has', () => {
    expect(
      problems(
        { kind: 'event', event: 'fall-of-kabul', to: '2021-08' },
        { kind: 'action', actor: 'russia', action: 'recognize_emirate', taken: false },
        { kind: 'action', actor: 'us', action: 'pass' },
        {
          kind: 'state',
          when: { input: 'zones.af_kabul.control', op: '==', value: 'taliban' },
          from: '2021-09',
        },
      ),
    ).toEqual([]);
  });

  it('names an unknown event, an actor the scenario lacks and an action the actor lacks', () => {
    expect(
      problems(
        { kind: 'event', event: 'fall-of-kabol' },
        { kind: 'action', actor: 'india', action: 'pass' },
        { kind: 'action', actor: 'russia', action: 'invade' },
      ),
    ).toEqual([
      ['claims[0].check.event', "unknown event 'fall-of-kabol' in withdrawal-2021"],
      ['claims[1].check.actor', "'india' is not an actor of withdrawal-2021"],
      [
        'claims[2].check.action',
        expect.stringMatching(/^russia has no action 'invade' \(actions: pass, .*recognize_emirate/),
      ],
    ]);
  });

  it('checks a state condition like a rule’s: its inputs and the values it compares with', () => {
    expect(
      problems(
        { kind: 'state', when: { input: 'indicators.morale', op: '>', value: 5 } },
        { kind: 'state', when: { input: 'zones.af_kabul.control', op: '==', value: 'martians' } },
      ),
    ).toEqual([
      ['claims[0].check.when.input', "unknown indicator 'morale'"],
      ['claims[1].check.when.value', expect.stringContaining("found 'martians'")],
    ]);
  });

  it('refuses a window that holds no turn of the scenario, and a claim id given twice', () => {
    const twice = HistoryFile.parse({
      claims: [0, 1].map(() => ({
        id: 'same',
        text: 'A claim for the test.',
        citation,
        check: { kind: 'event', event: 'fall-of-kabul', from: '2019-01', to: '2019-12' },
        target: 1,
      })),
    });
    const found = checkHistory(twice, content, FILE).map((p) => [p.path, p.message]);
    expect(found).toContainEqual(['claims[1].id', "duplicate claim id 'same'"]);
    expect(found).toContainEqual([
      'claims[0].check',
      'no turn of withdrawal-2021 falls from 2019-01 to 2019-12 (turns: 2021-04 to 2022-02)',
    ]);
  });

  it('names the file and the claim in every problem', () => {
    const [problem] = checkHistory(historyOf({ kind: 'event', event: 'nothing-like-it' }), content, FILE);
    expect(problem).toMatchObject({ file: FILE, id: 'claim-0' });
  });
});

describe('the shipped histories', () => {
  it('exist for every scenario, and pass their checks', () => {
    for (const [id, entry] of library.scenarios) {
      expect(entry.history, `${id} has a history.json`).not.toBeNull();
      const baseline = () => {
        const resolved = shipped.resolve({ scenario: id, variant: 'baseline', withoutSource: [] });
        return resolved.ok ? resolved.content : null;
      };
      expect(baseline(), `${id} resolves`).not.toBeNull();
      expect(historyProblems(library, id, baseline)).toEqual([]);
    }
  });
});
