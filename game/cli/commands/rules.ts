import type { Command } from 'commander';
import { sourceLabel } from '../../content/sources.ts';
import type { ActorFile, Lever, RuleRow } from '../../engine/index.ts';
import { actorDoes, subject } from '../../text/inputs.ts';
import { conditionText, quoteLine } from '../../text/words.ts';
import { checkoutContent } from '../checkout-content.ts';
import { usage } from '../errors.ts';

function targetText(row: RuleRow): string {
  const target = row.do.target;
  if (target === null) return '';
  if (typeof target === 'string') return ` → ${target}`;
  return 'maxBy' in target
    ? ` → the zone with the highest ${target.maxBy.split('.')[2]}`
    : ` → the zone with the lowest ${target.minBy.split('.')[2]}`;
}

function leverText(lever: Lever): string {
  const terms = [
    lever.cost ? `cost ${lever.cost}` : null,
    lever.chance < 1000 ? `${lever.chance / 10}% chance` : null,
  ].filter(Boolean);
  const targets = lever.target ? ` (targets: ${lever.target.among.join(', ')})` : '';
  return `${lever.id}: ${lever.title}${targets}${terms.length ? ` [${terms.join(', ')}]` : ''}`;
}

/** `rules --actor russia`: reads like a briefing: what the actor wants, what it can do, how it decides. */
export function briefing(actor: ActorFile): string {
  const out = [
    `${actor.name.toUpperCase()}: a briefing from the reports`,
    '',
    `What ${actorDoes(actor.id, 'wants', 'want')} (weight, indicator):`,
  ];
  for (const interest of actor.interests) {
    out.push(
      `  ${String(interest.weight).padStart(2)}  ${interest.title} (${interest.indicator} ${interest.want})`,
    );
    for (const c of interest.citations) out.push(`      ${quoteLine(c)}`);
  }
  out.push('', `What ${subject(actor.id)} can do:`);
  for (const lever of actor.levers) out.push(`  ${leverText(lever)}`);
  out.push('  pass: do nothing this turn');
  out.push(
    '',
    `How ${actorDoes(actor.id, 'decides', 'decide')}: read the table from the top; among the rows of the highest priority whose condition`,
    'holds and whose action is legal, one is drawn by weight. The last row is the default.',
  );
  actor.rules.forEach((row, i) => {
    const lever = actor.levers.find((l) => l.id === row.do.action);
    out.push(`  ${i + 1}. [${row.priority}${row.weight > 1 ? `, weight ${row.weight}` : ''}] ${row.id}`);
    out.push(`     when ${conditionText(row.when)}`);
    out.push(`     then ${lever?.title ?? 'pass'}${targetText(row)}`);
    for (const c of row.citations) out.push(`     ${quoteLine(c)}`);
  });
  const sources = [
    ...new Set([...actor.interests, ...actor.rules].flatMap((x) => x.citations.map((c) => c.source))),
  ].sort();
  out.push('', `Sources: ${sources.map(sourceLabel).join('; ')}`);
  return out.join('\n');
}

export function registerRules(program: Command): void {
  program
    .command('rules')
    .description("print the actors' rule tables: a briefing per actor, or every row as JSON")
    .option('--actor <id>', 'only this actor')
    .option('--json', 'print one JSON list of rows [{actor, id, priority, weight, when, do, citations}]')
    .addHelpText('after', '\nExamples:\n  greatgame rules --actor russia\n  greatgame rules --json')
    .action((options: { actor?: string; json?: boolean }) => {
      const { library } = checkoutContent();
      const ids = [...library.actors.keys()].sort();
      if (options.actor !== undefined && !library.actors.has(options.actor)) {
        throw usage(`unknown actor '${options.actor}' (actors: ${ids.join(', ')})`);
      }
      const actors = (options.actor ? [options.actor] : ids).flatMap((id) => library.actors.get(id) ?? []);
      if (options.json) {
        const rows = actors.flatMap((actor) => actor.rules.map((row) => ({ actor: actor.id, ...row })));
        process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${actors.map(briefing).join('\n\n')}\n`);
    });
}
