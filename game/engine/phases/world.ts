import type { Draft } from 'immer';
import { clamp } from '../effects.ts';
import type { Prepared } from '../prepared.ts';
import { intBelow, succeeds, type TurnStreams } from '../rng.ts';
import type { State, ZoneState } from '../schema/state.ts';

/** Zone control passes to the Taliban once their share of a zone reaches this. */
export const TAKEOVER_SHARE = 60;
/**
 * A US army at least this present (the spring of 2021's level is 30) holds the zones that still have some order
 * (stability GARRISON_STABILITY or more), the cities among them: the Taliban gain around them but cannot take
 * them. 000: the US presence "can still help contain the insurgency".
 */
const US_GARRISON = 25;
const GARRISON_STABILITY = 40;
/** Where stability settles when nothing disturbs it. */
const STABILITY_REST = 55;
/**
 * Taliban momentum in a zone grows with the foreign support it lacks times the order it lacks. Stability
 * counts against it from 110, not 100, so that even a fully stable zone leaves the Taliban some reach.
 */
const ORDER_CEILING = 110;
/** Scales (100 - US presence) x (110 - stability), at most 11,000, to a reach of at most 11 points a turn. */
const MOMENTUM_SCALE = 1000;
/** Every 25 points of territory the Taliban already hold adds one point of reach: the 2021 cascade. */
const TERRITORY_PER_EXTRA_REACH = 25;
/** A zone that changes hands loses this much stability and sends this many more refugees. */
const TAKEOVER_SHOCK = 15;
/** Stability drifts one step back to rest in half the turns (per mille). */
const SETTLE_CHANCE = 500;
/**
 * Opium becomes northern-route narcotics in proportion to how porous the borders are: at a border security
 * of 40 all of it passes, and every point of security above that stops one percent.
 */
const SEALED_BORDER = 140;

const mean = (values: number[]) =>
  values.length ? Math.floor(values.reduce((a, b) => a + b, 0) / values.length) : 0;
/** Moves a value a quarter of the way to its target, in whole steps (so it never overshoots). */
const drift = (value: number, target: number) => value + Math.trunc((target - value) / 4);

/** What the world phase reads of the whole situation when it moves one zone. */
interface Pressures {
  usPresence: number;
  territory: number;
  /** Percent applied to the Taliban's momentum (the scenario's dynamics). */
  momentum: number;
  poppyBan: boolean;
}

/** One Afghan zone a turn later. Pure: the three draws come from the `world` stream. */
function nextAfghanZone(zone: ZoneState, draws: readonly [number, number, number], p: Pressures): ZoneState {
  const [momentum, growth, settle] = draws;
  let { control, isisk, opium, refugees, stability, taliban } = zone;
  if (taliban === null || stability === null) return zone;

  // Taliban momentum: the less foreign support and order a zone has, the faster the Taliban gain there, and
  // each zone that falls makes the next one easier (the cascade of the summer of 2021).
  if (control !== 'taliban') {
    const base =
      Math.floor(((100 - p.usPresence) * (ORDER_CEILING - stability)) / MOMENTUM_SCALE) +
      Math.floor(p.territory / TERRITORY_PER_EXTRA_REACH);
    const reach = Math.floor((base * p.momentum) / 100);
    taliban = clamp(taliban + intBelow(momentum, reach + 1));
    const garrisoned = p.usPresence >= US_GARRISON && stability >= GARRISON_STABILITY;
    if (garrisoned) taliban = Math.min(taliban, Math.max(zone.taliban ?? 0, TAKEOVER_SHARE - 1));
    else if (taliban >= TAKEOVER_SHARE) {
      control = 'taliban';
      stability = clamp(stability - TAKEOVER_SHOCK);
      if (refugees !== null) refugees = clamp(refugees + TAKEOVER_SHOCK);
    }
  } else {
    taliban = clamp(taliban + intBelow(momentum, 3));
  }

  // ISIS-K grows where order is weak: the chance is the zone's instability.
  if (isisk !== null && intBelow(growth, 100) < 100 - stability) isisk = clamp(isisk + 1);
  // A poppy ban shrinks opium where the Taliban rule; otherwise poppy spreads where order breaks down.
  if (opium !== null && p.poppyBan && control === 'taliban') opium = clamp(opium - 5);
  else if (opium !== null && stability < 40) opium = clamp(opium + 1);
  // Stability drifts back to rest; refugees leave unstable zones and trickle back to stable ones.
  if (succeeds(settle, SETTLE_CHANCE)) stability += Math.sign(STABILITY_REST - stability);
  if (refugees !== null) refugees = clamp(refugees + (stability < 40 ? 1 : -1));

  // Keys in sorted order: the state stays canonical JSON.
  return { control, isisk, opium, refugees, security: zone.security, stability, taliban };
}

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
 * or `base` itself when no drafts are used). Returns the indicators as they now stand, as a plain object.
 */
export function evolveWorld(
  state: Draft<State>,
  base: State,
  prepared: Prepared,
  streams: TurnStreams,
): Record<string, number> {
  const world = streams.get('world');
  const pressures: Pressures = {
    usPresence: base.indicators.us_presence_afghanistan ?? 0,
    territory: base.indicators.taliban_territory ?? 0,
    momentum: prepared.content.scenario.dynamics.talibanMomentum,
    poppyBan: base.flags.poppy_ban === true,
  };
  const zones: Record<string, ZoneState> = { ...base.zones };

  for (const id of prepared.afghanZones) {
    const draws = [world.next(), world.next(), world.next()] as const;
    const zone = base.zones[id];
    if (!zone) continue;
    const next = nextAfghanZone(zone, draws, pressures);
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

  for (const id of prepared.actorIds) {
    const actor = base.actors[id];
    const income = prepared.incomes.get(id) ?? 0;
    if (actor && income > 0 && actor.resources < 100) {
      const draftActor = state.actors[id];
      if (draftActor) draftActor.resources = Math.min(100, actor.resources + income);
    }
  }
  return indicators;
}

type Situation = Pick<State, 'zones' | 'indicators' | 'relations'>;

function zoneMeans(state: Situation, prepared: Prepared) {
  const afghan = prepared.afghanZones.map((id) => state.zones[id]).filter((z) => z !== undefined);
  const field = (name: 'taliban' | 'isisk' | 'opium' | 'refugees' | 'stability') =>
    mean(afghan.map((z) => z[name]).filter((v): v is number => v !== null));
  const borderSecurity = mean(
    prepared.zoneIds.map((id) => state.zones[id]?.security).filter((v): v is number => typeof v === 'number'),
  );
  return { field, borderSecurity };
}

/** DERIVED_INDICATORS: recomputed from the zones and relations every turn, and at the start. */
export function deriveIndicators(state: Situation, prepared: Prepared): Record<string, number> {
  const { field, borderSecurity } = zoneMeans(state, prepared);
  const out: Record<string, number> = {
    taliban_territory: clamp(field('taliban')),
    isisk_strength: clamp(field('isisk')),
    refugee_outflow: clamp(field('refugees')),
    northern_route_narcotics: clamp(Math.floor((field('opium') * (SEALED_BORDER - borderSecurity)) / 100)),
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
