import type { Command } from 'commander';
import { collectCitations } from '../../content/citations.ts';
import { sourceLabel } from '../../content/sources.ts';
import { checkoutContent } from '../checkout-content.ts';

export function registerCitations(program: Command): void {
  program
    .command('citations')
    .description('list every citation in the content: what it supports, the report and the quote')
    .option('--json', 'print one JSON list [{kind, id, actor?, source, quote}]')
    .addHelpText(
      'after',
      '\nkind is rule, interest, lever, effect, event, fact, variant, situation or claim (a situation is a paragraph of a role briefing, a claim one of a scenario history).',
    )
    .action((options: { json?: boolean }) => {
      const citations = collectCitations(checkoutContent().library);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(citations, null, 2)}\n`);
        return;
      }
      for (const c of citations)
        process.stdout.write(
          `${c.kind.padEnd(8)} ${c.id}\n         “${c.quote}” (${sourceLabel(c.source)})\n`,
        );
      const bySource = new Map<string, number>();
      for (const c of citations) bySource.set(c.source, (bySource.get(c.source) ?? 0) + 1);
      process.stdout.write(
        `\n${citations.length} citations: ${[...bySource]
          .sort()
          .map(([s, n]) => `${sourceLabel(s)} ${n}`)
          .join(', ')}\n`,
      );
    });
}
