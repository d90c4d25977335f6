import type { BriefingFile, Problem, ScenarioFile } from '../engine/index.ts';

/**
 * What the schema cannot see in a briefing file (issue 13: "the situation at the scenario's start"): every role
 * plays in the scenario, and nothing in a paragraph is hindsight. Each quote says which months it describes, and
 * none may begin after the scenario's start; no year later than the start's is named in the text.
 */
export function checkBriefing(briefing: BriefingFile, scenario: ScenarioFile, file: string): Problem[] {
  const problems: Problem[] = [];
  const playing = new Set(scenario.actors.map((a) => a.id));
  const startYear = Number(scenario.start.slice(0, 4));
  const paragraphs = [
    ['opening', briefing.opening] as const,
    ...Object.entries(briefing.roles).map(([id, s]) => [`roles.${id}`, s] as const),
  ];
  for (const [path, situation] of paragraphs) {
    const id = path.startsWith('roles.') ? path.slice('roles.'.length) : null;
    if (id !== null && !playing.has(id))
      problems.push({ file, path, message: `'${id}' does not play in ${scenario.id}` });
    for (const year of situation.text.match(/\b(19|20)\d\d\b/g) ?? [])
      if (Number(year) > startYear)
        problems.push({
          file,
          path: `${path}.text`,
          message: `names ${year}, after the scenario's start (${scenario.start}): a briefing tells only what is known then`,
        });
    situation.citations.forEach((c, i) => {
      const at = `${path}.citations[${i}]`;
      if (!c.period)
        problems.push({
          file,
          path: at,
          message: 'a situation quote needs its period (the months it describes)',
        });
      else if (c.period.from > scenario.start)
        problems.push({
          file,
          path: `${at}.period`,
          message: `describes ${c.period.from} onwards, after the scenario's start (${scenario.start}): hindsight`,
        });
    });
  }
  return problems;
}
