import { turnCount } from './calendar.ts';
import type { CompiledCondition, ConditionProblem, ValueDomains } from './conditions.ts';
import { compileCondition } from './conditions.ts';
import type { ScenarioContent } from './content-source.ts';
import { type FlipInput, flipInputs } from './flip-inputs.ts';
import type { InputScope, ValueType } from './inputs.ts';
import { idAlong } from './locate.ts';
import type { ActorFile, Lever, RuleRow } from './schema/actor.ts';
import type { Condition } from './schema/condition.ts';
import { ALWAYS } from './schema/condition.ts';
import type { Effect } from './schema/effect.ts';
import { NumericZoneFields, TARGET } from './schema/effect.ts';
import type { Scalar } from './schema/ids.ts';
import type { DeckCard, ScheduledEvent } from './schema/scenario.ts';
import { DERIVED_INDICATORS, INDICATORS } from './schema/scenario.ts';
import { isKnownActor, isKnownZone, PASS } from './vocabulary.ts';

/** A problem in the content, located by file, by path inside that file and by the id of what it concerns. */
export interface Problem {
  file: string;
  path: string;
  message: string;
  /** The row, lever, event or zone the path runs through, when it has an id. */
  id?: string;
}

export interface PreparedLever {
  def: Lever;
  requires: CompiledCondition;
}

export interface PreparedRow {
  def: RuleRow;
  index: number;
  when: CompiledCondition;
  lever: PreparedLever;
  /** For explanations: each input the condition reads, the atoms that read it, and the values it may take. */
  flips: readonly FlipInput[];
}

export interface PreparedActor {
  def: ActorFile;
  levers: ReadonlyMap<string, PreparedLever>;
  rows: readonly PreparedRow[];
}

export interface PreparedScheduled {
  def: ScheduledEvent;
  when: CompiledCondition | null;
}

export interface PreparedCard {
  def: DeckCard;
  bonuses: { when: CompiledCondition; add: number }[];
}

/** Content checked and compiled for play: conditions are closures, levers and rows are indexed. */
export interface Prepared {
  content: ScenarioContent;
  turns: number;
  actorIds: readonly string[];
  actors: ReadonlyMap<string, PreparedActor>;
  zoneIds: readonly string[];
  afghanZones: readonly string[];
  /** Resources each actor gains every turn. */
  incomes: ReadonlyMap<string, number>;
  scheduled: readonly PreparedScheduled[];
  deck: readonly PreparedCard[];
}

const ZONE_FIELD_TYPES: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ['control', 'string'],
  ...NumericZoneFields.map((field) => [field, 'number'] as [string, ValueType]),
]);

const PASS_LEVER: Lever = {
  id: PASS,
  title: 'Pass',
  target: null,
  requires: ALWAYS,
  cost: 0,
  chance: 1000,
  onSuccess: [],
  onFailure: [],
  citations: [],
};

const isAlways = (c: Condition) => 'all' in c && c.all.length === 0;
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** Checks the content and compiles it; every problem found is reported, not just the first. */
export function prepare(
  content: ScenarioContent,
): { ok: true; prepared: Prepared } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const { scenario, events, files } = content;
  const report = (file: string, path: string, message: string) => problems.push({ file, path, message });
  const actorFile = (id: string) => files.actors[id] ?? `actors/${id}.json`;

  // --- The scenario file: period, actors, zones, indicators, relations.
  const turns = turnCount(scenario.start, scenario.end, scenario.turnLength);
  if (turns < 1)
    report(
      files.scenario,
      'end',
      `expected a date on or after start ${scenario.start}, found ${scenario.end}`,
    );
  const defs = new Map(content.actors.map((a) => [a.id, a]));
  scenario.actors.forEach((a, i) => {
    if (!isKnownActor(a.id)) report(files.scenario, `actors[${i}].id`, `unknown actor '${a.id}'`);
    const def = defs.get(a.id);
    if (!def) report(files.scenario, `actors[${i}].id`, `no actor file for '${a.id}'`);
    else if (!def.postures.includes(a.posture)) {
      report(
        files.scenario,
        `actors[${i}].posture`,
        `expected one of ${def.postures.join(', ')}, found '${a.posture}'`,
      );
    }
    if (scenario.actors.findIndex((b) => b.id === a.id) !== i)
      report(files.scenario, `actors[${i}].id`, `duplicate actor '${a.id}'`);
  });
  const present = new Set(scenario.actors.map((a) => a.id));
  scenario.zones.forEach((z, i) => {
    const at = `zones[${i}]`;
    if (!isKnownZone(z.id))
      report(files.scenario, `${at}.id`, `unknown zone '${z.id}' (Afghan zones start with af_)`);
    if (scenario.zones.findIndex((y) => y.id === z.id) !== i)
      report(files.scenario, `${at}.id`, `duplicate zone '${z.id}'`);
    const needs: readonly string[] =
      z.kind === 'afghan'
        ? ['control', 'isisk', 'opium', 'refugees', 'stability', 'taliban']
        : z.kind === 'border'
          ? ['security']
          : [];
    for (const field of needs) {
      if (z[field as keyof typeof z] === null)
        report(files.scenario, `${at}.${field}`, `expected a value for a ${z.kind} zone, found null`);
    }
    if (z.kind === 'afghan' && !z.id.startsWith('af_'))
      report(files.scenario, `${at}.id`, `an Afghan zone id starts with af_, found '${z.id}'`);
    if (z.control !== null && !isKnownActor(z.control))
      report(files.scenario, `${at}.control`, `unknown actor '${z.control}'`);
  });
  for (const name of INDICATORS) {
    if (!(name in scenario.indicators)) report(files.scenario, 'indicators', `missing indicator '${name}'`);
  }
  for (const name of Object.keys(scenario.indicators)) {
    if (!(INDICATORS as readonly string[]).includes(name)) {
      report(
        files.scenario,
        `indicators.${name}`,
        `unknown indicator '${name}' (known: ${INDICATORS.join(', ')})`,
      );
    }
  }
  const relationKeys = new Set<string>();
  scenario.relations.forEach((r, i) => {
    for (const side of ['from', 'to'] as const) {
      if (!present.has(r[side]))
        report(files.scenario, `relations[${i}].${side}`, `'${r[side]}' is not an actor of this scenario`);
    }
    const key = `${r.from}.${r.to}`;
    if (relationKeys.has(key))
      report(files.scenario, `relations[${i}]`, `duplicate relation ${r.from} -> ${r.to}`);
    relationKeys.add(key);
  });

  // --- What conditions may read, and which values they may compare against.
  const knownActors = new Set([...present].filter(isKnownActor));
  const vocabularyActors = new Set<string>(knownActors);
  const scope: InputScope = {
    indicators: new Set(INDICATORS),
    zones: new Set(scenario.zones.map((z) => z.id)),
    actors: vocabularyActors,
    flags: new Map<string, Scalar>(Object.entries(scenario.flags)),
    relations: relationKeys,
    zoneFields: ZONE_FIELD_TYPES,
  };
  // Shared actor files may name actors and zones this scenario lacks: they read null here.
  const openScope: InputScope = {
    ...scope,
    zones: { has: (id: string) => isKnownZone(id) } as ReadonlySet<string>,
    actors: { has: (id: string) => isKnownActor(id) } as ReadonlySet<string>,
    relations: { has: (key: string) => key.split('.').every(isKnownActor) } as ReadonlySet<string>,
  };
  const domains: ValueDomains = {
    actions: new Map(content.actors.map((a) => [a.id, new Set([PASS, ...a.levers.map((l) => l.id)])])),
    postures: new Map(content.actors.map((a) => [a.id, new Set(a.postures)])),
    actorIds: { has: (id: string) => isKnownActor(id) } as ReadonlySet<string>,
  };
  const compile = (
    file: string,
    condition: Condition,
    path: string,
    allowTarget: boolean,
  ): CompiledCondition => {
    const compiled = compileCondition(condition, openScope, domains, allowTarget, path);
    if (Array.isArray(compiled)) {
      for (const p of compiled as ConditionProblem[]) report(file, p.path, p.message);
      return { test: () => false, inputs: [] };
    }
    return compiled;
  };

  const checkEffects = (
    file: string,
    effects: readonly Effect[],
    path: string,
    targetKind: 'zone' | 'actor' | null,
  ) => {
    effects.forEach((effect, i) => {
      const at = `${path}[${i}]`;
      const targetOk = (ref: string, kind: 'zone' | 'actor', field: string) => {
        if (ref !== TARGET) return;
        if (targetKind !== kind)
          report(file, `${at}.${field}`, `'$target' here needs an action that targets a ${kind}`);
      };
      switch (effect.kind) {
        case 'indicator':
          if (!(INDICATORS as readonly string[]).includes(effect.indicator)) {
            report(file, `${at}.indicator`, `unknown indicator '${effect.indicator}'`);
          } else if ((DERIVED_INDICATORS as readonly string[]).includes(effect.indicator)) {
            report(
              file,
              `${at}.indicator`,
              `'${effect.indicator}' is derived from the zones or relations each turn; change those instead`,
            );
          }
          break;
        case 'zone':
          targetOk(effect.zone, 'zone', 'zone');
          if (effect.zone !== TARGET && !isKnownZone(effect.zone))
            report(file, `${at}.zone`, `unknown zone '${effect.zone}'`);
          if ((effect.add === undefined) === (effect.set === undefined)) {
            report(file, at, 'expected exactly one of add or set');
          } else if (effect.field === 'control') {
            if (effect.add !== undefined) report(file, `${at}.add`, 'control is an actor id: use set');
            if (typeof effect.set !== 'string' || !isKnownActor(effect.set))
              report(file, `${at}.set`, `expected an actor id, found ${JSON.stringify(effect.set)}`);
          } else if (effect.set !== undefined && typeof effect.set !== 'number') {
            report(
              file,
              `${at}.set`,
              `expected a number for ${effect.field}, found ${JSON.stringify(effect.set)}`,
            );
          }
          break;
        case 'relation':
          targetOk(effect.from, 'actor', 'from');
          targetOk(effect.to, 'actor', 'to');
          for (const side of ['from', 'to'] as const) {
            if (effect[side] !== TARGET && !isKnownActor(effect[side]))
              report(file, `${at}.${side}`, `unknown actor '${effect[side]}'`);
          }
          break;
        case 'flag': {
          const initial = scenario.flags[effect.flag];
          if (initial === undefined)
            report(file, `${at}.flag`, `unknown flag '${effect.flag}' (declare it in the scenario's flags)`);
          else if (typeof initial !== typeof effect.set) {
            report(
              file,
              `${at}.set`,
              `expected a ${typeof initial} for flag ${effect.flag}, found ${JSON.stringify(effect.set)}`,
            );
          }
          break;
        }
        case 'posture': {
          targetOk(effect.actor, 'actor', 'actor');
          if (effect.actor === TARGET) break;
          if (!isKnownActor(effect.actor)) report(file, `${at}.actor`, `unknown actor '${effect.actor}'`);
          const postures = domains.postures.get(effect.actor);
          if (postures && !postures.has(effect.set)) {
            report(
              file,
              `${at}.set`,
              `expected one of the postures of ${effect.actor} (${[...postures].join(', ')}), found '${effect.set}'`,
            );
          }
          break;
        }
      }
    });
  };

  // --- Actor files: interests, levers, rule tables.
  const actors = new Map<string, PreparedActor>();
  const ruleIds = new Set<string>();
  for (const def of content.actors) {
    const file = actorFile(def.id);
    def.interests.forEach((interest, i) => {
      if (!(INDICATORS as readonly string[]).includes(interest.indicator)) {
        report(file, `interests[${i}].indicator`, `unknown indicator '${interest.indicator}'`);
      }
    });
    const levers = new Map<string, PreparedLever>([
      [PASS, { def: PASS_LEVER, requires: { test: () => true, inputs: [] } }],
    ]);
    def.levers.forEach((lever, i) => {
      const at = `levers[${i}]`;
      if (levers.has(lever.id))
        report(file, `${at}.id`, lever.id === PASS ? `'pass' is built in` : `duplicate action '${lever.id}'`);
      for (const id of lever.target?.among ?? []) {
        const known = lever.target?.kind === 'zone' ? isKnownZone(id) : isKnownActor(id);
        if (!known) report(file, `${at}.target.among`, `unknown ${lever.target?.kind} '${id}'`);
      }
      checkEffects(file, lever.onSuccess, `${at}.onSuccess`, lever.target?.kind ?? null);
      checkEffects(file, lever.onFailure, `${at}.onFailure`, lever.target?.kind ?? null);
      levers.set(lever.id, {
        def: lever,
        requires: compile(file, lever.requires, `${at}.requires`, lever.target !== null),
      });
    });
    const rows: PreparedRow[] = [];
    def.rules.forEach((row, i) => {
      const at = `rules[${i}]`;
      if (!row.id.startsWith(`${def.id}.`))
        report(file, `${at}.id`, `a rule id starts with '${def.id}.', found '${row.id}'`);
      if (ruleIds.has(row.id)) report(file, `${at}.id`, `duplicate rule id '${row.id}'`);
      ruleIds.add(row.id);
      const previous = def.rules[i - 1];
      if (previous && previous.priority < row.priority) {
        report(
          file,
          `${at}.priority`,
          `rows are listed by falling priority: ${row.priority} follows ${previous.priority}`,
        );
      }
      const lever = levers.get(row.do.action);
      if (!lever) {
        report(
          file,
          `${at}.do.action`,
          `unknown action '${row.do.action}' for ${def.id} (actions: ${[...levers.keys()].join(', ')})`,
        );
      } else {
        checkRowTarget(row, lever.def, (path, message) => report(file, `${at}.${path}`, message));
      }
      const when = compile(file, row.when, `${at}.when`, false);
      if (lever) rows.push({ def: row, index: i, when, lever, flips: flipInputs(row.when, when, domains) });
    });
    const last = def.rules[def.rules.length - 1];
    if (last) {
      const at = `rules[${def.rules.length - 1}]`;
      if (!isAlways(last.when))
        report(file, `${at}.when`, 'the last row is the default: expected when {"all": []}');
      const lever = levers.get(last.do.action)?.def;
      if (lever && (!isAlways(lever.requires) || lever.cost > 0 || lever.target !== null)) {
        report(
          file,
          `${at}.do.action`,
          `the default row's action must always be legal (no requires, no cost, no target): '${lever.id}' is not`,
        );
      }
    }
    if (present.has(def.id)) actors.set(def.id, { def, levers, rows });
  }

  // --- Events: scheduled history and the seeded deck.
  const eventIds = new Set<string>();
  const scheduled = events.scheduled.map((event, i) => {
    const at = `scheduled[${i}]`;
    if (eventIds.has(event.id)) report(files.events, `${at}.id`, `duplicate event '${event.id}'`);
    eventIds.add(event.id);
    checkEffects(files.events, event.effects, `${at}.effects`, null);
    if (event.on === null && event.when === null)
      report(files.events, at, 'a scheduled event needs on (a date) or when (a condition)');
    return { def: event, when: event.when ? compile(files.events, event.when, `${at}.when`, false) : null };
  });
  const deck = events.deck.cards.map((card, i) => {
    const at = `deck.cards[${i}]`;
    if (eventIds.has(card.id)) report(files.events, `${at}.id`, `duplicate event '${card.id}'`);
    eventIds.add(card.id);
    checkEffects(files.events, card.effects, `${at}.effects`, null);
    return {
      def: card,
      bonuses: card.bonuses.map((b, j) => ({
        when: compile(files.events, b.when, `${at}.bonuses[${j}].when`, false),
        add: b.add,
      })),
    };
  });

  if (problems.length) return { ok: false, problems: problems.map((p) => withId(p, content)) };
  const zoneIds = sorted(scenario.zones.map((z) => z.id));
  return {
    ok: true,
    prepared: {
      content,
      turns,
      actorIds: sorted(present),
      actors,
      zoneIds,
      afghanZones: zoneIds.filter((id) => scenario.zones.find((z) => z.id === id)?.kind === 'afghan'),
      scheduled,
      deck,
      incomes: new Map(scenario.actors.map((a) => [a.id, a.income])),
    },
  };
}

/** Adds the id of the row, lever, event or zone a problem's path runs through. */
function withId(problem: Problem, content: ScenarioContent): Problem {
  const { files } = content;
  const actor = Object.entries(files.actors).find(([, file]) => file === problem.file)?.[0];
  const data =
    problem.file === files.scenario
      ? content.scenario
      : problem.file === files.events
        ? content.events
        : content.actors.find((a) => a.id === actor);
  const id = idAlong(data, problem.path);
  return id === null ? problem : { ...problem, id };
}

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
    if (!(NumericZoneFields as readonly string[]).includes(field)) {
      report(
        'do.target',
        `expected a numeric zone field (${NumericZoneFields.join(', ')}), found '${field}'`,
      );
    }
  }
}
