import type { Command } from 'commander';
import type { DecisionExplanation, Game, RowExplanation } from '../../engine/index.ts';
import { explainDecision, submit } from '../../engine/index.ts';
import { explainedFlip } from '../../text/flip-text.ts';
import { actorName, findLever } from '../../text/lookup.ts';
import {
  conditionSentence,
  flipSentence,
  requirementSentence,
  rowActor,
  whyText,
} from '../../text/sentences.ts';
import {
  count,
  monthName,
  quoteLine,
  rowAction,
  shortInput,
  show,
  zoneOrActorName,
} from '../../text/words.ts';
import { engineFailure } from '../checkout-content.ts';
import { usage } from '../errors.ts';
import { parsePositive } from '../options.ts';
import { addGameOptions, type GameFlags, legalList, playFlags } from '../scripted-game.ts';

interface ExplainOptions extends GameFlags {
  turn: number;
  actor: string;
  json?: boolean;
  details?: boolean;
}

/** A row's mark, in words in the legend: no arrow a student would read as code. */
const MARK: Record<RowExplanation['status'], string> = {
  fired: ' *',
  eligible: ' +',
  'condition-false': ' x',
  'not-legal': ' !',
  below: '  ',
};

/**
 * Why a row's condition held, in the parts that held ("because ..."), or what it needed that was not so ("not
 * taken. It needed: ..."): never a part that held given as why a row was not taken.
 */
function rowReason(game: Game, r: RowExplanation): string {
  const { def } = r.row;
  const values = valuesOf(r);
  if (!r.condition.holds)
    return `not taken. It needed: ${requirementSentence(game.prepared, def.when, values)}`;
  const why = conditionSentence(game.prepared, def.when, values, true, { actor: rowActor(def) });
  if (why) return `because ${why}`;
  // Left with no reason: no condition at all, or only the guard against repeating the last move.
  return r.condition.atoms.length === 0
    ? 'the default: what it does when nothing more pressing applies'
    : 'because nothing more pressing applied, and it did not make this move last turn';
}

/** The values a row's condition read, keyed by input, as the log records them. */
const valuesOf = (r: RowExplanation) =>
  Object.fromEntries(r.condition.atoms.map((a) => [a.atom.input, a.actual]));

function rowLines(game: Game, actor: string, r: RowExplanation, details: boolean): string[] {
  const { def } = r.row;
  const status = {
    fired: 'FIRED',
    eligible: 'eligible, not drawn',
    'condition-false': 'condition false',
    'not-legal': `condition held, but not possible: ${r.illegal ?? ''}`,
    below: r.condition.holds
      ? 'condition held, but a higher priority won'
      : 'condition false (a higher priority won)',
  }[r.status];
  // A row below the fired one is marked by its condition, as the key reads: x when it was false.
  const mark = r.status === 'below' && !r.condition.holds ? MARK['condition-false'] : MARK[r.status];
  const lines = [
    `${mark} [${def.priority}] ${rowAction(game, actor, def)} (weight ${def.weight}): ${status}`,
  ];
  lines.push(`     ${rowReason(game, r)}`);
  if (details) {
    const atoms = r.condition.atoms.map(
      (a) =>
        `${shortInput(a.atom.input)} ${show(a.actual)} ${a.atom.op} ${show(a.atom.value)} ${a.holds ? 'yes' : 'no'}`,
    );
    lines.push(`     details: ${def.id}: ${atoms.length ? atoms.join('; ') : 'always'}`);
  }
  if (r.status === 'fired' || r.status === 'eligible') lines.push(`     ${quoteLine(def.citations[0])}`);
  return lines;
}

function explanationText(game: Game, e: DecisionExplanation, options: ExplainOptions): string {
  const { prepared } = game;
  const name = actorName(prepared, e.action.actor);
  const title =
    findLever(prepared, e.action.actor, e.action.action)?.title ??
    (e.action.action === 'pass' ? 'Pass' : e.action.action);
  const target = e.action.target ? ` → ${zoneOrActorName(game, e.action.target)}` : '';
  const eligible = e.table.rows.filter((r) => r.status === 'fired' || r.status === 'eligible');
  const weights = eligible.reduce((sum, r) => sum + r.row.def.weight, 0);
  const when = `${prepared.content.scenario.title}, seed ${options.seed}, turn ${options.turn} (${monthName(e.state.meta.date)})`;
  const out = [`Why did ${name} do that? ${when}`, ''];
  const fired = e.table.rows.find((r) => r.status === 'fired');
  if (e.action.ruleId === null) {
    out.push(`${name} was played by a person: ${title}${target} (${e.action.outcome}).`);
    out.push('Its table, evaluated below, would have chosen among its eligible rows.');
  } else {
    out.push(`${name}: ${title}${target} (${e.action.outcome}).`);
    if (fired) out.push(whyText(prepared, fired.row.def, valuesOf(fired)));
    if (options.details) out.push(`details: row ${e.action.ruleId}`);
  }
  if (e.action.ruleId !== null && eligible.length > 1) {
    const among = `the ${eligible.length} possible rows of priority ${e.table.priority}`;
    out.push(`It was drawn by weight among ${among} (weights total ${weights}).`);
  }
  // The recorded flip, or the next real one when it says nothing (on the state the actor decided on).
  const flip = explainedFlip(prepared, e.action, () => e.state);
  const flipText = flip ? flipSentence(prepared, e.action.actor, flip, e.action) : null;
  if (flip && flipText) {
    out.push(`Nearest flip: ${flipText}`);
    if (options.details) {
      const had = `had ${shortInput(flip.input)} been ${show(flip.to)} instead of ${show(flip.from)}`;
      out.push(`details: ${had}, row ${flip.ruleId}`);
    }
  }
  out.push(
    '',
    `${name}'s table, in order (* chosen, + could have been drawn, x its condition did not hold, ! not possible now):`,
  );
  for (const r of e.table.rows) out.push(...rowLines(game, e.action.actor, r, options.details === true));
  return out.join('\n');
}

function explanationJson(game: Game, e: DecisionExplanation, options: ExplainOptions): unknown {
  return {
    scenario: game.prepared.content.id,
    variant: game.state.meta.variant,
    seed: options.seed,
    turn: options.turn,
    date: e.state.meta.date,
    actor: e.action.actor,
    decision: { ...e.action, human: e.action.ruleId === null },
    priority: e.table.priority,
    rows: e.table.rows.map((r) => ({
      id: r.row.def.id,
      priority: r.row.def.priority,
      weight: r.row.def.weight,
      do: r.row.def.do,
      status: r.status,
      holds: r.condition.holds,
      illegal: r.illegal,
      atoms: r.condition.atoms.map((a) => ({
        input: a.atom.input,
        op: a.atom.op,
        value: a.atom.value,
        actual: a.actual,
        holds: a.holds,
      })),
      citation: r.row.def.citations[0] ?? null,
    })),
  };
}

export function registerExplain(program: Command): void {
  addGameOptions(
    program
      .command('explain')
      .description("show how an actor's rule table decided one turn: every row, its values, and why"),
  )
    .requiredOption('--turn <n>', 'the turn to explain (1 is the first)', parsePositive)
    .requiredOption('--actor <id>', 'the actor whose decision to explain')
    .option('--json', 'print one JSON object instead of text')
    .option('--details', 'add the rule ids and each condition as written, for modellers')
    .addHelpText(
      'after',
      '\nExample:\n  greatgame explain --scenario withdrawal-2021 --seed 1 --turn 4 --actor russia',
    )
    .action((options: ExplainOptions) => {
      const { game: before, decisions } = playFlags(
        options,
        (total) => {
          if (options.turn > total)
            throw usage(`--turn ${options.turn}: ${options.scenario} has ${count(total, 'turn')}`);
          return options.turn - 1;
        },
        true,
      );
      let game = before;
      for (const d of decisions.filter((x) => x.turn === options.turn)) {
        const submitted = submit(game, d.actor, { action: d.action, target: d.target });
        if (!submitted.ok) {
          throw usage(
            `illegal decision on turn ${d.turn} for ${d.actor}: ${submitted.error.message}; legal actions: ${legalList(submitted.error.legal)}`,
          );
        }
        game = submitted.game;
      }
      const explained = explainDecision(game, options.actor);
      if (!explained.ok) throw engineFailure(explained.error);
      const text = options.json
        ? JSON.stringify(explanationJson(game, explained.explanation, options), null, 2)
        : explanationText(game, explained.explanation, options);
      process.stdout.write(`${text}\n`);
    });
}
