import { describe, expect, it } from 'vitest';
import { buildLibrary, type RawFile } from '../../game/content/library.ts';
import { formatProblem } from '../../game/engine/index.ts';
import { actorFile, DEFAULT_ROW, lever, row } from '../helpers/mini.ts';
import { library } from '../helpers/shipped.ts';

/** A small, known actor file to break in various ways. */
const russiaFile = () =>
  structuredClone(
    actorFile('russia', {
      levers: [lever('talk')],
      rules: [
        row('russia.first', 9, { input: 'turn', op: '>', value: 1 }, 'talk'),
        row(
          'russia.talk',
          5,
          {
            all: [
              { input: 'turn', op: '>', value: 1 },
              { input: 'turn', op: '<', value: 9 },
            ],
          },
          'talk',
        ),
        DEFAULT_ROW('russia'),
      ],
    }),
  ) as unknown as Record<string, unknown>;

function errorsOf(files: RawFile[]): string[] {
  return buildLibrary(files).errors.map(formatProblem);
}

describe('the shipped content', () => {
  it('loads without a single error', () => {
    expect(library.errors.map(formatProblem)).toEqual([]);
  });

  it('holds the withdrawal-2021 scenario and its four actors', () => {
    expect([...library.scenarios.keys()]).toContain('withdrawal-2021');
    for (const actor of ['russia', 'taliban', 'tajikistan', 'us'])
      expect(library.actors.has(actor)).toBe(true);
  });
});

describe('a broken content file is reported by file and path, with what was expected and found', () => {
  it('a rule row without a citation, naming the row', () => {
    const russia = russiaFile();
    const rules = russia.rules as Record<string, unknown>[];
    delete rules[1]?.citations;
    expect(errorsOf([{ path: 'actors/russia.json', data: russia }])).toContainEqual(
      'actors/russia.json: rules[1].citations (russia.talk): expected array, found nothing',
    );
  });

  it('a deep mistake inside a condition', () => {
    const russia = russiaFile();
    const rules = russia.rules as { when: { all: { op: string }[] } }[];
    const atom = rules[1]?.when.all[1];
    if (atom) atom.op = '=~';
    expect(errorsOf([{ path: 'actors/russia.json', data: russia }])).toContainEqual(
      expect.stringContaining('actors/russia.json: rules[1].when.all[1].op (russia.talk): expected one of'),
    );
  });

  it('an unknown key', () => {
    const russia = { ...russiaFile(), colour: 'red' };
    expect(errorsOf([{ path: 'actors/russia.json', data: russia }])).toContainEqual(
      "actors/russia.json: (top level): unknown key 'colour'",
    );
  });

  it('a file whose id does not match its name', () => {
    expect(errorsOf([{ path: 'actors/taliban.json', data: russiaFile() }])).toContainEqual(
      "actors/taliban.json: id: expected 'taliban' to match the file name, found 'russia'",
    );
  });

  it('nesting deeper than 32 levels, before any schema runs', () => {
    let deep: unknown = { input: 'turn', op: '==', value: 1 };
    for (let i = 0; i < 40; i++) deep = { not: deep };
    const russia = russiaFile();
    (russia.rules as { when: unknown }[])[0] = { ...(russia.rules as object[])[0], when: deep };
    expect(errorsOf([{ path: 'actors/russia.json', data: russia }])).toContainEqual(
      expect.stringContaining('nested deeper than 32 levels'),
    );
  });

  it('a file that is not content', () => {
    expect(errorsOf([{ path: 'notes/todo.json', data: {} }])).toContainEqual(
      expect.stringContaining('notes/todo.json: (file): not a content file'),
    );
  });
});

describe('flags', () => {
  it('every scenario state carries every flag of scenarios/flags.json, at its default unless the scenario says', () => {
    expect(Object.keys(library.flags).length).toBeGreaterThan(0);
    const scenario = library.scenarios.get('withdrawal-2021')?.scenario;
    for (const flag of Object.keys(scenario?.flags ?? {})) expect(library.flags).toHaveProperty(flag);
  });

  it('a scenario may not start a flag the vocabulary does not declare', () => {
    const entry = library.scenarios.get('withdrawal-2021');
    const files: RawFile[] = [
      { path: 'flags.json', data: library.flags },
      { path: 'withdrawal-2021/scenario.json', data: { ...entry?.scenario, flags: { moon_landing: true } } },
      { path: 'withdrawal-2021/events.json', data: entry?.events },
    ];
    expect(errorsOf(files)).toContain(
      "withdrawal-2021/scenario.json: flags.moon_landing: unknown flag 'moon_landing': declare it in flags.json",
    );
  });
});
