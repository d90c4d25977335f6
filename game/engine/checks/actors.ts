import type { ContentScope } from '../content-scope.ts';
import type { Problem } from '../problem.ts';
import type { ActorFile, Lever, RuleRow } from '../schema/actor.ts';
import type { Condition } from '../schema/condition.ts';
import { NumericZoneFields } from '../schema/effect.ts';
import { INDICATORS } from '../schema/scenario.ts';
import { isKnownActor, isKnownZone, PASS, PASS_LEVER } from '../vocabulary.ts';
import { checkCondition } from './conditions.ts';
import { checkEffects } from './effects.ts';
import { Problems } from './problems.ts';

const isAlways = (c: Condition) => 'all' in c && c.all.length === 0;

/** Every actor file: interests, levers and the rule table. Rule ids are unique across all of them. */
export function checkActors(ctx: ContentScope): Problem[] {
  const ruleIds = new Set<string>();
  return ctx.content.actors.flatMap((def) => checkActor(ctx, def, ruleIds));
}

function checkActor(ctx: ContentScope, def: ActorFile, ruleIds: Set<string>): Problem[] {
  const out = new Problems(ctx.content.files.actors[def.id] ?? `actors/${def.id}.json`);
  def.interests.forEach((interest, i) => {
    if (!(INDICATORS as readonly string[]).includes(interest.indicator))
      out.report(`interests[${i}].indicator`, `unknown indicator '${interest.indicator}'`);
  });
  const levers = new Map<string, Lever>([[PASS, PASS_LEVER]]);
  def.levers.forEach((lever, i) => {
    const at = `levers[${i}]`;
    if (levers.has(lever.id))
      out.report(`${at}.id`, lever.id === PASS ? `'pass' is built in` : `duplicate action '${lever.id}'`);
    for (const id of lever.target?.among ?? []) {
      const known = lever.target?.kind === 'zone' ? isKnownZone(id) : isKnownActor(id);
      if (!known) out.report(`${at}.target.among`, `unknown ${lever.target?.kind} '${id}'`);
    }
    const targetKind = lever.target?.kind ?? null;
    checkEffects(out, ctx, lever.onSuccess, `${at}.onSuccess`, targetKind);
    checkEffects(out, ctx, lever.onFailure, `${at}.onFailure`, targetKind);
    checkCondition(out, ctx, lever.requires, `${at}.requires`, lever.target !== null);
    if (lever.id !== PASS) levers.set(lever.id, lever);
  });
  def.rules.forEach((row, i) => {
    const at = `rules[${i}]`;
    if (!row.id.startsWith(`${def.id}.`))
      out.report(`${at}.id`, `a rule id starts with '${def.id}.', found '${row.id}'`);
    if (ruleIds.has(row.id)) out.report(`${at}.id`, `duplicate rule id '${row.id}'`);
    ruleIds.add(row.id);
    const previous = def.rules[i - 1];
    if (previous && previous.priority < row.priority)
      out.report(
        `${at}.priority`,
        `rows are listed by falling priority: ${row.priority} follows ${previous.priority}`,
      );
    const lever = levers.get(row.do.action);
    if (!lever) {
      const actions = [...levers.keys()].join(', ');
      out.report(`${at}.do.action`, `unknown action '${row.do.action}' for ${def.id} (actions: ${actions})`);
    } else {
      checkRowTarget(row, lever, (path, message) => out.report(`${at}.${path}`, message));
    }
    checkCondition(out, ctx, row.when, `${at}.when`, false);
  });
  checkDefaultRow(out, def, levers);
  return out.list;
}

/** The last row is the default: it always holds, and its action is always legal. */
function checkDefaultRow(out: Problems, def: ActorFile, levers: ReadonlyMap<string, Lever>): void {
  const last = def.rules[def.rules.length - 1];
  if (!last) return;
  const at = `rules[${def.rules.length - 1}]`;
  if (!isAlways(last.when))
    out.report(`${at}.when`, 'the last row is the default: expected when {"all": []}');
  const lever = levers.get(last.do.action);
  if (lever && (!isAlways(lever.requires) || lever.cost > 0 || lever.target !== null))
    out.report(
      `${at}.do.action`,
      `the default row's action must always be legal (no requires, no cost, no target): '${lever.id}' is not`,
    );
}

/** A row's target fits its action: none for an untargeted action, one of its targets, or a zone ranking. */
function checkRowTarget(row: RuleRow, lever: Lever, report: (path: string, message: string) => void): void {
  const target = row.do.target;
  if (lever.target === null) {
    if (target !== null)
      report('do.target', `'${lever.id}' takes no target, found ${JSON.stringify(target)}`);
    return;
  }
  if (target === null) {
    report(
      'do.target',
      `'${lever.id}' needs a target: one of ${lever.target.among.join(', ')}, or maxBy/minBy`,
    );
  } else if (typeof target === 'string') {
    if (!lever.target.among.includes(target))
      report('do.target', `expected one of ${lever.target.among.join(', ')}, found '${target}'`);
  } else {
    const spec = 'maxBy' in target ? target.maxBy : target.minBy;
    const field = spec.split('.')[2] ?? '';
    if (lever.target.kind !== 'zone')
      report('do.target', `maxBy/minBy ranks zones, but '${lever.id}' targets an actor`);
    if (!(NumericZoneFields as readonly string[]).includes(field))
      report(
        'do.target',
        `expected a numeric zone field (${NumericZoneFields.join(', ')}), found '${field}'`,
      );
  }
}
