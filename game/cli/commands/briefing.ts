import type { Command } from 'commander';
import { newGame } from '../../engine/index.ts';
import { type RoleBriefing, roleBriefing } from '../../text/briefing.ts';
import { briefingCardsHtml } from '../../text/briefing-html.ts';
import { briefingText } from '../../text/briefing-text.ts';
import { checkoutContent, engineFailure } from '../checkout-content.ts';
import { usage } from '../errors.ts';
import { writableTarget, writeFileAtomic } from '../files.ts';

interface BriefingOptions {
  scenario: string;
  variant: string;
  actor?: string;
  json?: boolean;
  out?: string;
}

export function registerBriefing(program: Command): void {
  program
    .command('briefing')
    .description(
      'print the role briefing of an actor (or of every actor) in a scenario, or write printable cards',
    )
    .requiredOption('--scenario <id>', 'scenario id (see `greatgame scenarios`)')
    .option('--variant <id>', 'variant id; combine with + (a+b)', 'baseline')
    .option('--actor <id>', 'only this role (default: every actor of the scenario)')
    .option('--json', 'print the briefings as one JSON list instead of text')
    .option('--out <file>', 'write the briefings as one printable HTML page (a card per role) to this file')
    .addHelpText(
      'after',
      [
        '',
        "A briefing gives the situation at the scenario's start with its quotes, the role's interests with their quotes,",
        'its levers, and what the other actors want, as far as the reports make it public.',
        '',
        'Examples:',
        '  greatgame briefing --scenario withdrawal-2021 --actor russia',
        '  greatgame briefing --scenario emirate-2022 --out cards.html',
      ].join('\n'),
    )
    .action((options: BriefingOptions) => {
      const { source, library } = checkoutContent();
      const resolved = source.resolve({
        scenario: options.scenario,
        variant: options.variant,
        withoutSource: [],
      });
      if (!resolved.ok) throw engineFailure(resolved.error);
      const { content } = resolved;
      const playing = content.scenario.actors.map((a) => a.id).sort();
      if (options.actor !== undefined && !playing.includes(options.actor))
        throw usage(
          `--actor ${options.actor}: not an actor of ${options.scenario} (actors: ${playing.join(', ')})`,
        );
      const target = options.out === undefined ? null : writableTarget(options.out);
      // A game at its first turn tells which moves are possible then; the seed does not change that.
      const opened = newGame(source, { scenario: options.scenario, variant: options.variant, seed: 1 });
      const context = {
        briefing: library.scenarios.get(options.scenario)?.briefing ?? null,
        start: opened.ok ? opened.game : null,
      };
      const briefings = (options.actor ? [options.actor] : playing).flatMap((id): RoleBriefing[] => {
        const briefing = roleBriefing(content, id, context);
        return briefing ? [briefing] : [];
      });
      const start = content.scenario.start;
      if (target !== null) {
        writeFileAtomic(target, briefingCardsHtml(briefings, start));
        process.stdout.write(`wrote ${briefings.length} briefing card(s) to ${options.out}\n`);
      } else if (options.json) process.stdout.write(`${JSON.stringify(briefings, null, 2)}\n`);
      else process.stdout.write(`${briefings.map((b) => briefingText(b, start)).join('\n\n')}\n`);
    });
}
