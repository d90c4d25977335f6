import { actorName, findEvent, findLever, findRule } from '../content/lookup.ts';
import { sourceLabel } from '../content/sources.ts';
import type { Citation, Condition, Flip, Game, RuleRow, Scalar, TurnLog } from '../engine/index.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function monthName(date: string): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

export function shortInput(path: string): string {
  const [head, a, b] = path.split('.');
  if (head === 'indicators' || head === 'flags') return a ?? path;
  if (head === 'last') return `${a}'s last action`;
  if (head === 'zones' || head === 'relations') return `${a}.${b}`;
  return path;
}

export const show = (value: Scalar | Scalar[] | null | undefined): string =>
  Array.isArray(value)
    ? `[${value.join(', ')}]`
    : value === null || value === undefined
      ? 'none'
      : String(value);

/** A row's condition in words, with the values it read: "taliban_territory 42 >= 40 and ...". */
export function describeCondition(
  condition: Condition,
  values: Readonly<Record<string, Scalar | null>>,
): string {
  if ('all' in condition)
    return condition.all.length
      ? condition.all.map((c) => describeCondition(c, values)).join(' and ')
      : 'always';
  if ('any' in condition) return `(${condition.any.map((c) => describeCondition(c, values)).join(' or ')})`;
  if ('not' in condition) return `not (${describeCondition(condition.not, values)})`;
  return `${shortInput(condition.input)} ${show(values[condition.input])} ${condition.op} ${show(condition.value)}`;
}

/** The title of the action a rule row takes, and its target in words. */
export function rowAction(game: Game, actor: string, row: RuleRow): string {
  const title =
    findLever(game.prepared, actor, row.do.action)?.title ??
    (row.do.action === 'pass' ? 'Pass' : row.do.action);
  const target = row.do.target;
  if (target === null) return title;
  if (typeof target === 'string') return `${title} → ${zoneOrActorName(game, target)}`;
  const [field, most] = 'maxBy' in target ? [target.maxBy, 'highest'] : [target.minBy, 'lowest'];
  return `${title} → the zone with the ${most} ${field.split('.')[2]}`;
}

export function zoneOrActorName(game: Game, id: string): string {
  return game.prepared.content.scenario.zones.find((z) => z.id === id)?.name ?? actorName(game.prepared, id);
}

/** "instead: Hold a drill on a Central Asian border, had taliban_territory been 45 (not 40)". */
export function describeFlip(game: Game, actor: string, flip: Flip): string {
  const row = findRule(game.prepared, flip.ruleId);
  const action = row ? rowAction(game, actor, row) : flip.ruleId;
  return `instead: ${action}, had ${shortInput(flip.input)} been ${show(flip.to)} (not ${show(flip.from)})`;
}

export function quoteLine(citation: Citation | undefined): string {
  return citation ? `“${citation.quote}” (${sourceLabel(citation.source)})` : '';
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : `${n}`;
}

function turnLines(game: Game, log: TurnLog, previous: Record<string, number>): string[] {
  const { prepared } = game;
  const lines = [`Turn ${log.turn} · ${monthName(log.date)}`];
  for (const record of log.events) {
    const event = findEvent(prepared, record.id);
    lines.push(`  Event: ${event?.title ?? record.id}${record.source === 'deck' ? ' (drawn)' : ''}`);
    if (event) lines.push(`    ${quoteLine(event.citations[0])}`);
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
      const reason = describeCondition(row.when, action.why.conditions);
      const flip = action.why.flip ? `; ${describeFlip(game, action.actor, action.why.flip)}` : '';
      lines.push(`    ${reason === 'always' ? 'by default' : `because ${reason}`} [${row.id}]${flip}`);
      lines.push(`    ${quoteLine(row.citations[0])}`);
    }
  }
  const moved = Object.entries(log.indicators)
    .filter(([name, value]) => previous[name] !== undefined && previous[name] !== value)
    .map(([name, value]) => `${name} ${previous[name]}→${value} (${signed(value - (previous[name] ?? 0))})`);
  lines.push(`  Moved: ${moved.length ? moved.join(', ') : 'nothing'}`);
  lines.push(
    `  Scores: ${Object.entries(log.scores)
      .map(([id, s]) => `${actorName(prepared, id)} ${s}`)
      .join(', ')}`,
  );
  return lines;
}

/** The human-readable chronicle `run` and `replay` print: date, events, each actor's move with its reason. */
export function chronicle(game: Game): string {
  const { prepared } = game;
  const { scenario } = prepared.content;
  const out: string[] = [
    `${scenario.title} · seed ${game.state.meta.seed} · variant ${game.state.meta.variant}`,
    `${monthName(scenario.start)} to ${monthName(scenario.end)}, ${prepared.turns} ${scenario.turnLength === 'month' ? 'monthly' : 'quarterly'} turns · ${prepared.actorIds.map((id) => actorName(prepared, id)).join(', ')}`,
    '',
  ];
  let previous: Record<string, number> = { ...game.initial.indicators };
  for (const log of game.log) {
    out.push(...turnLines(game, log, previous), '');
    previous = log.indicators;
  }
  const last = game.log[game.log.length - 1];
  if (last) {
    out.push(`Final, after turn ${last.turn} (${monthName(last.date)})`);
    for (const [name, value] of Object.entries(last.indicators))
      out.push(`  ${name.padEnd(30)} ${String(value).padStart(3)}`);
    out.push(
      `  Scores: ${Object.entries(last.scores)
        .map(([id, s]) => `${actorName(prepared, id)} ${s}`)
        .join(', ')}`,
    );
    out.push(`  Final hash ${game.hashes[game.hashes.length - 1]}`);
  }
  return out.join('\n');
}
