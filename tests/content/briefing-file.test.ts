import { describe, expect, it } from 'vitest';
import { checkBriefing } from '../../game/content/briefing-checks.ts';
import { validateFile } from '../../game/content/validate.ts';
import type { BriefingFile } from '../../game/engine/index.ts';
import { library } from '../helpers/shipped.ts';

const entry = library.scenarios.get('withdrawal-2021');
if (!entry?.briefing) throw new Error('withdrawal-2021 has no briefing.json');
const { scenario, briefing } = entry;
const FILE = 'withdrawal-2021/briefing.json';

describe("a scenario's briefing file (the situation at its start)", () => {
  it('is read with the scenario, without errors', () => {
    expect(library.errors.filter((e) => e.file.endsWith('briefing.json'))).toEqual([]);
  });

  it('gives withdrawal-2021 a paragraph for every role, each about that role', () => {
    expect(Object.keys(briefing.roles).sort()).toEqual(scenario.actors.map((a) => a.id).sort());
    expect(briefing.roles.taliban?.text).toMatch(/^It is April 2021\. You, the Taliban,/);
    expect(briefing.roles.taliban?.text).not.toMatch(/Kabul falls|take Kabul|took Kabul/);
  });

  it('passes the checks as shipped', () => {
    expect(checkBriefing(briefing, scenario, FILE)).toEqual([]);
  });

  const quote = briefing.opening.citations[0];
  if (!quote) throw new Error('no quote');
  const withTaliban = (taliban: BriefingFile['opening']): BriefingFile => ({
    ...briefing,
    roles: { ...briefing.roles, taliban },
  });
  const problems = (file: BriefingFile) =>
    checkBriefing(file, scenario, FILE).map((p) => `${p.path}: ${p.message}`);

  it('rejects hindsight: a quote about months after the start, or a later year in the text', () => {
    const later = { ...quote, period: { from: '2021-08', to: '2021-09' } };
    expect(problems(withTaliban({ text: 'x'.repeat(40), citations: [later] }))).toEqual([
      "roles.taliban.citations[0].period: describes 2021-08 onwards, after the scenario's start (2021-04): hindsight",
    ]);
    expect(
      problems(withTaliban({ text: `In 2022 the Taliban ${'x'.repeat(40)}`, citations: [quote] })),
    ).toEqual([
      "roles.taliban.text: names 2022, after the scenario's start (2021-04): a briefing tells only what is known then",
    ]);
  });

  it('rejects a quote without its period, and a role that does not play in the scenario', () => {
    const { period: _, ...undated } = quote;
    expect(problems(withTaliban({ text: 'x'.repeat(40), citations: [undated] }))).toEqual([
      'roles.taliban.citations[0]: a situation quote needs its period (the months it describes)',
    ]);
    const stranger = { ...briefing, roles: { ...briefing.roles, india: briefing.opening } };
    expect(problems(stranger)).toEqual(["roles.india: 'india' does not play in withdrawal-2021"]);
  });

  it('is checked by `greatgame validate`, quotes word for word included', () => {
    const reports = (source: string) => (source === quote.source ? 'nothing of the kind' : null);
    const errors = validateFile(
      FILE,
      briefing,
      [],
      { relative: FILE, name: 'briefing.json', dirName: 'withdrawal-2021' },
      reports,
    );
    expect(errors.map((e) => e.path)).toContain('opening.citations[0].quote');
  });
});

describe('every shipped scenario', () => {
  it.each([...library.scenarios.keys()].sort())(
    '%s has a briefing file that passes its checks, with paragraphs for Russia and the Taliban',
    (id) => {
      const shipped = library.scenarios.get(id);
      if (!shipped?.briefing) throw new Error(`${id} has no briefing.json`);
      expect(checkBriefing(shipped.briefing, shipped.scenario, `${id}/briefing.json`)).toEqual([]);
      expect(Object.keys(shipped.briefing.roles)).toEqual(expect.arrayContaining(['russia', 'taliban']));
      expect(shipped.briefing.roles.taliban?.text).toMatch(/You, the Taliban,/);
    },
  );
});
