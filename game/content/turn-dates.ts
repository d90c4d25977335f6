import { dateOfTurn, type ScenarioFile, turnCount } from '../engine/index.ts';

/** The month of every turn of a scenario, in order (a quarter is named by its first month). */
export function turnDates(scenario: Pick<ScenarioFile, 'start' | 'end' | 'turnLength'>): string[] {
  const turns = turnCount(scenario.start, scenario.end, scenario.turnLength);
  return Array.from({ length: turns }, (_, i) => dateOfTurn(scenario.start, scenario.turnLength, i + 1));
}
