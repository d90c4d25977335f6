import type { Command } from 'commander';
import { variantsOf } from '../../content/source.ts';
import { turnCount } from '../../engine/calendar.ts';
import { checkoutContent } from '../checkout-content.ts';

export interface ScenarioSummary {
  id: string;
  title: string;
  turnLength: 'month' | 'quarter';
  start: string;
  end: string;
  turns: number;
  actors: string[];
  variants: { id: string; title: string }[];
}

export function listScenarios(): ScenarioSummary[] {
  const { library } = checkoutContent();
  return [...library.scenarios.values()]
    .map(({ scenario }) => ({
      id: scenario.id,
      title: scenario.title,
      turnLength: scenario.turnLength,
      start: scenario.start,
      end: scenario.end,
      turns: turnCount(scenario.start, scenario.end, scenario.turnLength),
      actors: scenario.actors.map((a) => a.id).sort(),
      variants: variantsOf(library, scenario.id),
    }))
    .sort((a, b) => (a.start < b.start ? -1 : 1));
}

export function registerScenarios(program: Command): void {
  program
    .command('scenarios')
    .description('list the scenarios with their periods, actors and variants')
    .option('--json', 'print one JSON list instead of text')
    .action((options: { json?: boolean }) => {
      const list = listScenarios();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      for (const s of list) {
        process.stdout.write(`${s.id}  ${s.title}\n`);
        process.stdout.write(
          `  ${s.start} to ${s.end}, ${s.turns} ${s.turnLength === 'month' ? 'monthly' : 'quarterly'} turns; actors: ${s.actors.join(', ')}\n`,
        );
        process.stdout.write(`  variants: ${s.variants.map((v) => v.id).join(', ')}\n`);
      }
    });
}
