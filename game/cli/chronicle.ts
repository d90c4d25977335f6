import { ownSentence, type TurnSummary } from '../analysis/turn-summary.ts';
import type { Game, TurnLog } from '../engine/index.ts';
import { flipTextIn } from '../text/flip-text.ts';
import { actorName, findEvent, findLever, findRule } from '../text/lookup.ts';
import { lastOutcomes, whyText } from '../text/sentences.ts';
import { indicatorWords } from '../text/vocabulary.ts';
import {
  describeCondition,
  describeFlip,
  monthName,
  quoteLine,
  signed,
  zoneOrActorName,
} from '../text/words.ts';
import { worldSentences } from '../text/world-causes.ts';

export interface ChronicleOptions {
  /** Add each move's rule id and its condition as written, for modellers; students read the sentences. */
  details?: boolean;
  /** What happened in each turn (`summaries[t - 1]` for turn t), printed first in its paragraph. */
  summaries?: readonly TurnSummary[];
}

/** "What happened this turn" as the chronicle prints it: the largest changes and their causes, the people's moves. */
export function summaryLines(summary: TurnSummary): string[] {
  const lines = ['  What happened:'];
  for (const change of summary.changes) {
    lines.push(`    ${change.text}`);
    for (const cause of change.causes) {
      lines.push(`      ${cause.change !== 0 ? `${signed(cause.change)} ` : ''}${cause.what}`);
      if (cause.rule) lines.push(`        ${cause.rule}`);
    }
  }
  for (const own of summary.own) lines.push(`    ${ownSentence(own)}`);
  for (const r of summary.reactions)
    lines.push(`    Reacted: ${r.actorName}, ${r.title}. It read ${r.readText}.`);
  return lines;
}

function turnLines(
  game: Game,
  log: TurnLog,
  previous: Record<string, number>,
  options: ChronicleOptions,
): string[] {
  const { prepared } = game;
  const lines = [`Turn ${log.turn} · ${monthName(log.date)}`];
  const summary = options.summaries?.[log.turn - 1];
  if (summary) lines.push(...summaryLines(summary));
  for (const record of log.events) {
    const event = findEvent(prepared, record.id);
    lines.push(`  Event: ${event?.title ?? record.id}${record.source === 'deck' ? ' (drawn)' : ''}`);
    if (event) lines.push(`    ${quoteLine(event.citations[0], log.date)}`);
  }
  for (const action of log.actions) {
    const lever = findLever(prepared, action.actor, action.action);
    const title = lever?.title ?? (action.action === 'pass' ? 'Pass' : action.action);
    const target = action.target ? ` → ${zoneOrActorName(game, action.target)}` : '';
    const who = `${actorName(prepared, action.actor)}${action.ruleId === null ? ' (human)' : ''}`;
    lines.push(
      action.action === 'pass' ? `  ${who} passes` : `  ${who}: ${title}${target} — ${action.outcome}`,
    );
    const row = action.ruleId ? findRule(prepared, action.ruleId) : undefined;
    if (row && action.why) {
      lines.push(
        `    ${whyText(prepared, row, action.why.conditions, undefined, lastOutcomes(game.log[log.turn - 2]))}`,
      );
      const flip = flipTextIn(game, log.turn, action);
      if (flip) lines.push(`    ${flip}`);
      lines.push(`    ${quoteLine(row.citations[0], log.date)}`);
      if (options.details) {
        const flip = action.why.flip ? `; instead: ${describeFlip(game, action.actor, action.why.flip)}` : '';
        lines.push(`    details: [${row.id}] ${describeCondition(row.when, action.why.conditions)}${flip}`);
      }
    }
  }
  for (const sentence of worldSentences(game, log.world)) lines.push(`  World: ${sentence}`);
  const moved = Object.entries(log.indicators)
    .filter(([name, value]) => previous[name] !== undefined && previous[name] !== value)
    .map(
      ([name, value]) =>
        `${indicatorWords(name).label} ${previous[name]}→${value} (${signed(value - (previous[name] ?? 0))})`,
    );
  lines.push(`  Moved: ${moved.length ? moved.join(', ') : 'nothing'}`);
  lines.push(
    `  Scores: ${Object.entries(log.scores)
      .map(([id, s]) => `${actorName(prepared, id)} ${s}`)
      .join(', ')}`,
  );
  return lines;
}

/** The human-readable chronicle `run` and `replay` print: date, events, each actor's move with its reason. */
export function chronicle(game: Game, options: ChronicleOptions = {}): string {
  const { prepared } = game;
  const { scenario } = prepared.content;
  const out: string[] = [
    `${scenario.title} · seed ${game.state.meta.seed} · variant ${game.state.meta.variant}`,
    `${monthName(scenario.start)} to ${monthName(scenario.end)}, ${prepared.turns} ${scenario.turnLength === 'month' ? 'monthly' : 'quarterly'} turns · ${prepared.actorIds.map((id) => actorName(prepared, id)).join(', ')}`,
    '',
  ];
  let previous: Record<string, number> = { ...game.initial.indicators };
  for (const log of game.log) {
    out.push(...turnLines(game, log, previous, options), '');
    previous = log.indicators;
  }
  const last = game.log[game.log.length - 1];
  if (last) {
    out.push(`Final, after turn ${last.turn} (${monthName(last.date)})`);
    for (const [name, value] of Object.entries(last.indicators))
      out.push(`  ${indicatorWords(name).label.padEnd(36)} ${String(value).padStart(3)}`);
    out.push(
      `  Scores: ${Object.entries(last.scores)
        .map(([id, s]) => `${actorName(prepared, id)} ${s}`)
        .join(', ')}`,
    );
    out.push(`  Final hash ${game.hashes[game.hashes.length - 1]}`);
  }
  return out.join('\n');
}
