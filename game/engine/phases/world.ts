import type { Draft } from 'immer';
import { monthsPer } from '../calendar.ts';
import { clamp } from '../effects.ts';
import type { Prepared } from '../prepared.ts';
import type { TurnStreams } from '../rng.ts';
import { WorldCause, type WorldChange } from '../schema/log.ts';
import type { State, ZoneState } from '../schema/state.ts';
import { nextAfghanZone, type Pressures } from './world-zone.ts';

const mean = (values: number[]) =>
  values.length ? Math.floor(values.reduce((a, b) => a + b, 0) / values.length) : 0;
/** Moves a value a quarter of the way to its target, in whole steps (so it never overshoots). */
const drift = (value: number, target: number) => value + Math.trunc((target - value) / 4);

const ZONE_FIELDS = ['control', 'isisk', 'opium', 'refugees', 'security', 'stability', 'taliban'] as const;

/** Writes the fields that changed: a field write costs immer far less than replacing the object. */
function writeChanges(draft: ZoneState, before: ZoneState, after: ZoneState): void {
  for (const field of ZONE_FIELDS) {
    if (before[field] !== after[field]) (draft as Record<string, unknown>)[field] = after[field];
  }
}

/**
 * Phase 4, world dynamics. For each Afghan zone, in id order, exactly three draws from the `world` stream:
 * Taliban momentum, ISIS-K growth, stability. Then border posts, derived indicators, drifts and income.
 * It reads the settled state `base` (plain objects, fast) and writes only what changed into `state` (a draft,
 * or `base` itself when no drafts are used). Returns the indicators as they now stand, as a plain object, and
 * what the zones' own dynamics changed, each cause with its zones, for the log.
 */
export function evolveWorld(
  state: Draft<State>,
  base: State,
  prepared: Prepared,
  streams: TurnStreams,
): { indicators: Record<string, number>; changes: WorldChange[] } {
  const world = streams.get('world');
  const pressures: Pressures = {
    usPresence: base.indicators.us_presence_afghanistan ?? 0,
    territory: base.indicators.taliban_territory ?? 0,
    months: monthsPer[prepared.content.scenario.turnLength],
    momentum: prepared.content.scenario.dynamics.talibanMomentum,
    poppyBan: base.flags.poppy_ban === true,
  };
  const zones: Record<string, ZoneState> = { ...base.zones };
  const holdingOut = capitalHoldingOut(base, prepared);

  const where = new Map<WorldCause, string[]>();
  for (const id of prepared.afghanZones) {
    const draws = [world.next(), world.next(), world.next()] as const;
    const zone = base.zones[id];
    if (!zone) continue;
    const causes: WorldCause[] = [];
    const next = nextAfghanZone(zone, draws, pressures, causes, {
      holdsOut: id === holdingOut,
      opiumFloor: prepared.opiumFloors.get(id) ?? 0,
    });
    for (const cause of causes) where.set(cause, [...(where.get(cause) ?? []), id]);
    const draft = state.zones[id];
    if (next !== zone && draft) {
      writeChanges(draft, zone, next);
      zones[id] = next;
    }
  }

  // Border posts slowly lose the edge that drills and reinforcements gave them.
  for (const id of prepared.zoneIds) {
    const zone = base.zones[id];
    const draft = state.zones[id];
    if (zone && draft && zone.security !== null && zone.security > 50) {
      const next = { ...zone, security: zone.security - 1 };
      draft.security = next.security;
      zones[id] = next;
    }
  }

  const settled = { ...base, zones };
  const recomputed = { ...deriveIndicators(settled, prepared), ...driftIndicators(settled, prepared) };
  for (const [name, value] of Object.entries(recomputed)) {
    if (base.indicators[name] !== value) state.indicators[name] = value;
  }
  const indicators = { ...base.indicators, ...recomputed };
  // A flag that describes the map follows it in the same turn: the next turn's decisions and the map agree.
  for (const { flag, when } of prepared.mapFlags) {
    if (base.flags[flag] !== true && when.test({ ...settled, indicators }, null)) state.flags[flag] = true;
  }

  for (const id of prepared.actorIds) {
    const actor = base.actors[id];
    const income = prepared.incomes.get(id) ?? 0;
    if (actor && income > 0 && actor.resources < 100) {
      const draftActor = state.actors[id];
      if (draftActor) draftActor.resources = Math.min(100, actor.resources + income);
    }
  }
  const changes = WorldCause.options.flatMap((cause) => {
    const zones = where.get(cause);
    return zones ? [{ cause, zones }] : [];
  });
  return { indicators, changes };
}

/**
 * The capital that cannot fall this turn, if any: the scenario names one and the Taliban held fewer than its
 * `fallsAfter` other Afghan zones when the turn began.
 */
function capitalHoldingOut(base: State, prepared: Prepared): string | null {
  const capital = prepared.content.scenario.dynamics.capital;
  if (!capital) return null;
  const taken = prepared.afghanZones.filter(
    (id) => id !== capital.zone && base.zones[id]?.control === 'taliban',
  ).length;
  return taken < capital.fallsAfter ? capital.zone : null;
}

type Situation = Pick<State, 'zones' | 'indicators' | 'relations'>;

type ZoneField = 'taliban' | 'isisk' | 'opium' | 'refugees' | 'stability';

/** The mean of one field over the given zones, leaving out the zones without it. */
function meanOf(state: Situation, ids: readonly string[], name: ZoneField): number {
  return mean(ids.map((id) => state.zones[id]?.[name]).filter((v): v is number => typeof v === 'number'));
}

function zoneMeans(state: Situation, prepared: Prepared) {
  const field = (name: ZoneField) => meanOf(state, prepared.afghanZones, name);
  const borderSecurity = mean(
    prepared.zoneIds.map((id) => state.zones[id]?.security).filter((v): v is number => typeof v === 'number'),
  );
  return { field, borderSecurity };
}

/** DERIVED_INDICATORS: recomputed from the zones and relations every turn, and at the start. */
export function deriveIndicators(state: Situation, prepared: Prepared): Record<string, number> {
  const { field } = zoneMeans(state, prepared);
  const out: Record<string, number> = {
    taliban_territory: clamp(field('taliban')),
    isisk_strength: clamp(field('isisk')),
    refugee_outflow: clamp(field('refugees')),
    // The route carries the northern fields' yield whatever the border posts do (002).
    northern_route_narcotics: clamp(meanOf(state, prepared.northernRoute, 'opium')),
    opium_output: clamp(field('opium')),
  };
  const russia = state.relations.russia;
  if (russia?.taliban !== undefined) out.russia_taliban_relations = russia.taliban;
  if (russia?.us !== undefined) out.russia_us_relations = russia.us;
  return out;
}

/** Terror threat to Central Asia and humanitarian need follow the situation with a lag, a quarter a turn. */
function driftIndicators(state: Situation, prepared: Prepared): Record<string, number> {
  const { field, borderSecurity } = zoneMeans(state, prepared);
  const threat = clamp(clamp(field('isisk')) * 2 + Math.floor((100 - borderSecurity) / 2));
  return {
    terror_threat_central_asia: clamp(drift(state.indicators.terror_threat_central_asia ?? 0, threat)),
    humanitarian_need: clamp(drift(state.indicators.humanitarian_need ?? 0, 100 - field('stability'))),
  };
}
