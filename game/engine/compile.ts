import { turnCount } from './calendar.ts';
import type { CompiledCondition } from './conditions.ts';
import { compileCondition } from './conditions.ts';
import { type ContentScope, scopeOf } from './content-scope.ts';
import type { ScenarioContent } from './content-source.ts';
import { flipInputs } from './flip-inputs.ts';
import { banFloor } from './phases/world-zone.ts';
import type { Prepared, PreparedActor, PreparedLever, PreparedRow } from './prepared.ts';
import type { ActorFile } from './schema/actor.ts';
import type { Condition } from './schema/condition.ts';
import { PASS, PASS_LEVER } from './vocabulary.ts';

const sorted = (ids: Iterable<string>) => [...ids].sort();

/**
 * Compiles checked content for play: conditions become closures, levers and rows are indexed. It only
 * compiles: `checkContent` must have found no problem first (`prepare` runs both), so a condition that does
 * not compile here is a bug in the checks, not in the content.
 */
export function compile(content: ScenarioContent, ctx: ContentScope = scopeOf(content)): Prepared {
  const condition = (c: Condition, path: string, allowTarget: boolean): CompiledCondition => {
    const compiled = compileCondition(c, ctx.scope, ctx.domains, allowTarget, path);
    if (Array.isArray(compiled))
      throw new Error(`compile: unchecked content at ${path}: ${compiled[0]?.message}`);
    return compiled;
  };
  const { scenario, events } = content;
  const present = new Set(scenario.actors.map((a) => a.id));
  const actors = new Map<string, PreparedActor>();
  for (const def of content.actors)
    if (present.has(def.id)) actors.set(def.id, compileActor(def, ctx, condition));
  const zoneIds = sorted(scenario.zones.map((z) => z.id));
  const afghan = new Set(scenario.zones.filter((z) => z.kind === 'afghan').map((z) => z.id));
  const route = new Set(scenario.dynamics.northernRoute ?? afghan);
  return {
    content,
    turns: turnCount(scenario.start, scenario.end, scenario.turnLength),
    actorIds: sorted(present),
    actors,
    zoneIds,
    afghanZones: zoneIds.filter((id) => afghan.has(id)),
    northernRoute: zoneIds.filter((id) => afghan.has(id) && route.has(id)),
    opiumFloors: new Map(
      scenario.zones.flatMap((z) =>
        afghan.has(z.id) && z.opium !== null ? [[z.id, banFloor(z.opium)]] : [],
      ),
    ),
    zoneControllers: ctx.domains.zoneControllers,
    incomes: new Map(scenario.actors.map((a) => [a.id, a.income])),
    scheduled: events.scheduled.map((event, i) => ({
      def: event,
      when: event.when ? condition(event.when, `scheduled[${i}].when`, false) : null,
    })),
    deck: events.deck.cards.map((card, i) => ({
      def: card,
      bonuses: card.bonuses.map((b, j) => ({
        when: condition(b.when, `deck.cards[${i}].bonuses[${j}].when`, false),
        add: b.add,
      })),
    })),
    mapFlags: scenario.mapFlags.map(({ flag, when }, i) => ({
      flag,
      when: condition(when, `mapFlags[${i}].when`, false),
    })),
  };
}

function compileActor(
  def: ActorFile,
  ctx: ContentScope,
  condition: (c: Condition, path: string, allowTarget: boolean) => CompiledCondition,
): PreparedActor {
  const levers = new Map<string, PreparedLever>([
    [PASS, { def: PASS_LEVER, requires: { test: () => true, couldHold: () => true, inputs: [] }, among: [] }],
  ]);
  def.levers.forEach((lever, i) => {
    levers.set(lever.id, {
      def: lever,
      requires: condition(lever.requires, `levers[${i}].requires`, lever.target !== null),
      among: sorted(lever.target?.among ?? []),
    });
  });
  const rows: PreparedRow[] = def.rules.flatMap((row, index) => {
    const lever = levers.get(row.do.action);
    if (!lever) return [];
    const when = condition(row.when, `rules[${index}].when`, false);
    return [{ def: row, index, when, lever, flips: flipInputs(row.when, when, ctx.domains) }];
  });
  return { def, levers, rows };
}
