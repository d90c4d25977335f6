/**
 * `npm run coverage:rules`: which rule rows and events fire, and how often, over a list of seeds for every
 * scenario (or one). Authors use it to find rows that never fire; the reachability test enforces it.
 *
 *   npm run coverage:rules                      every scenario, seeds 0..49
 *   npm run coverage:rules -- --seeds 200       more seeds
 *   npm run coverage:rules -- --scenario withdrawal-2021 --actor russia
 *   npm run coverage:rules -- --json            one JSON object {rules: {id: count}, events: {id: count}}
 */
import { parseArgs } from 'node:util';
import { loadLibrary } from '../game/content/disk.ts';
import { createContentSource } from '../game/content/source.ts';
import { formatProblem, playBatchGame } from '../game/engine/index.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '50' },
    scenario: { type: 'string' },
    actor: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(
    'usage: npm run coverage:rules [-- --seeds N] [-- --scenario ID] [-- --actor ID] [-- --json]\n',
  );
  process.exit(0);
}
const seeds = Number(values.seeds);
if (!Number.isSafeInteger(seeds) || seeds < 1) {
  process.stderr.write(`coverage:rules: --seeds must be a positive integer, got '${values.seeds}'\n`);
  process.exit(2);
}

const library = loadLibrary();
if (library.errors.length > 0) {
  process.stderr.write(`content errors:\n${library.errors.map(formatProblem).join('\n')}\n`);
}
const source = createContentSource(library);
const scenarios = values.scenario ? [values.scenario] : [...library.scenarios.keys()].sort();
// Every scenario's baseline, and every variant that applies to it.
const runs = scenarios.flatMap((scenario) => [
  { scenario, variant: 'baseline' },
  ...[...library.variants.values()]
    .filter((v) => v.appliesTo.includes(scenario))
    .map((v) => ({ scenario, variant: v.id })),
]);

const rules = new Map<string, number>();
const events = new Map<string, number>();
for (const actor of [...library.actors.values()]) for (const row of actor.rules) rules.set(row.id, 0);
for (const variant of library.variants.values()) {
  for (const op of variant.ops) if (op.op === 'addRows') for (const row of op.rows) rules.set(row.id, 0);
}
for (const { scenario, variant } of runs) {
  const entry = library.scenarios.get(scenario);
  for (const e of [...(entry?.events.scheduled ?? []), ...(entry?.events.deck.cards ?? [])]) {
    if (!events.has(`${scenario}:${e.id}`)) events.set(`${scenario}:${e.id}`, 0);
  }
  for (let seed = 0; seed < seeds; seed++) {
    const played = playBatchGame(source, { scenario, variant, seed });
    if (!played.ok) {
      process.stderr.write(`${scenario}/${variant}: ${played.error.message}\n`);
      break;
    }
    for (const log of played.game.log) {
      for (const a of log.actions) if (a.ruleId) rules.set(a.ruleId, (rules.get(a.ruleId) ?? 0) + 1);
      for (const e of log.events)
        events.set(`${scenario}:${e.id}`, (events.get(`${scenario}:${e.id}`) ?? 0) + 1);
    }
  }
}

const shown = [...rules.entries()].filter(([id]) => !values.actor || id.startsWith(`${values.actor}.`));
if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ seeds, scenarios, rules: Object.fromEntries(shown), events: Object.fromEntries(events) })}\n`,
  );
} else {
  process.stdout.write(
    `Rule rows fired over seeds 0..${seeds - 1} of ${runs.map((r) => `${r.scenario}/${r.variant}`).join(', ')}:\n`,
  );
  for (const [id, count] of shown)
    process.stdout.write(`  ${String(count).padStart(6)}  ${id}${count === 0 ? '   <- never fired' : ''}\n`);
  process.stdout.write('Events:\n');
  for (const [id, count] of events)
    process.stdout.write(`  ${String(count).padStart(6)}  ${id}${count === 0 ? '   <- never fired' : ''}\n`);
  const never = shown.filter(([, count]) => count === 0).length;
  process.stdout.write(`${never} of ${shown.length} rows never fired.\n`);
}
