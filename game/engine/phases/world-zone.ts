import { clamp } from '../effects.ts';
import { intBelow, succeeds } from '../rng.ts';
import type { WorldCause } from '../schema/log.ts';
import type { ZoneState } from '../schema/state.ts';

/** Zone control passes to the Taliban once their share of a zone reaches this. */
export const TAKEOVER_SHARE = 60;
/**
 * A US army at least this present (the spring of 2021's level is 30) holds the zones that still have some order
 * (stability GARRISON_STABILITY or more), the cities among them: the Taliban gain around them but cannot take
 * them. 000: the US presence "can still help contain the insurgency".
 */
const US_GARRISON = 25;
/**
 * Only a zone in near collapse escapes a present army: in 2016-18 offensives cut the south well below 40, yet
 * "no region falls" while US forces stood (the moscow-format-2016 history).
 */
const GARRISON_STABILITY = 20;
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
/** Below this stability a zone is in disorder: poppy spreads there, and its people flee. */
const DISORDER_BELOW = 40;
/** ISIS-K's chances below are per quarter; a monthly turn has a third of them. */
const MONTHS_PER_QUARTER = 3;
/**
 * Where ISIS-K is pressed (the Taliban rule the zone, or a US army holds it), it loses one point in this many
 * quarters per mille and recruits at half its chance. 000: ISIS-K is "gradually losing control" of its base,
 * fought by the Taliban and struck by the US.
 */
const ISISK_ATTRITION = 300;

/** A US army present enough holds a zone that still has some order. */
const heldByUs = (p: Pressures, stability: number) =>
  p.usPresence >= US_GARRISON && stability >= GARRISON_STABILITY;

/**
 * ISIS-K in one zone a turn later, from one draw: it recruits where order is weak (a quarter's chance per mille
 * is ten times the zone's instability), and where it is pressed it recruits at half that and may lose a point.
 */
export function nextIsisk(
  isisk: number,
  draw: number,
  pressed: boolean,
  stability: number,
  p: Pressures,
  causes: WorldCause[],
): number {
  const perQuarter = (100 - stability) * 10;
  const recruits = Math.floor(((pressed ? perQuarter / 2 : perQuarter) * p.months) / MONTHS_PER_QUARTER);
  const losses = pressed ? Math.floor((ISISK_ATTRITION * p.months) / MONTHS_PER_QUARTER) : 0;
  const roll = intBelow(draw, 1000);
  if (roll < recruits && isisk < 100) {
    causes.push('isisk-recruits');
    return isisk + 1;
  }
  if (roll >= 1000 - losses && isisk > 0) {
    causes.push('isisk-pressed');
    return isisk - 1;
  }
  return isisk;
}

/**
 * A poppy ban removes opium down to this percent of a zone's opium at the scenario's start, and no further:
 * 004 reports "a significant reduction of approximately 90 percent in drug trafficking from Afghanistan".
 */
const BAN_LEAVES_PERCENT = 10;
/** The opium a ban cannot remove from a zone that started with `opium`: its tenth, rounded up. */
export const banFloor = (opium: number) => Math.ceil((opium * BAN_LEAVES_PERCENT) / 100);

/** What the world phase reads of one zone's own standing rules, besides its state. */
export interface ZoneRules {
  /** The capital while the provinces stand: it cannot fall this turn, as if garrisoned. */
  holdsOut: boolean;
  /** The opium a poppy ban cannot remove here (`banFloor` of the zone's start). */
  opiumFloor: number;
}

/** What the world phase reads of the whole situation when it moves one zone. */
export interface Pressures {
  usPresence: number;
  territory: number;
  /** The turn's length in months: 1 or 3. */
  months: number;
  /** Percent applied to the Taliban's momentum (the scenario's dynamics). */
  momentum: number;
  poppyBan: boolean;
}

/**
 * One Afghan zone a turn later. Pure: the three draws come from the `world` stream. Each change of control,
 * ISIS-K or refugees pushes its cause onto `causes`, for the log.
 */
export function nextAfghanZone(
  zone: ZoneState,
  draws: readonly [number, number, number],
  p: Pressures,
  causes: WorldCause[],
  { holdsOut, opiumFloor }: ZoneRules,
): ZoneState {
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
    const garrisoned = heldByUs(p, stability);
    if (garrisoned && taliban >= TAKEOVER_SHARE) causes.push('garrison-holds');
    else if (holdsOut && taliban >= TAKEOVER_SHARE) causes.push('capital-holds');
    if (garrisoned || holdsOut) taliban = Math.min(taliban, Math.max(zone.taliban ?? 0, TAKEOVER_SHARE - 1));
    else if (taliban >= TAKEOVER_SHARE) {
      control = 'taliban';
      causes.push('taliban-takeover');
      stability = clamp(stability - TAKEOVER_SHOCK);
      if (refugees !== null) refugees = clamp(refugees + TAKEOVER_SHOCK);
    }
  } else {
    taliban = clamp(taliban + intBelow(momentum, 3));
  }

  if (isisk !== null)
    isisk = nextIsisk(isisk, growth, control === 'taliban' || heldByUs(p, stability), stability, p, causes);
  // A poppy ban shrinks opium where the Taliban rule, to its floor; otherwise poppy spreads where order breaks down.
  if (opium !== null && p.poppyBan && control === 'taliban')
    opium = Math.max(Math.min(opium, opiumFloor), opium - 5);
  else if (opium !== null && stability < DISORDER_BELOW) opium = clamp(opium + 1);
  // Stability drifts back to rest; refugees leave unstable zones and trickle back to stable ones.
  if (succeeds(settle, SETTLE_CHANCE)) stability += Math.sign(STABILITY_REST - stability);
  if (refugees !== null) {
    const moved = clamp(refugees + (stability < DISORDER_BELOW ? 1 : -1));
    if (moved !== refugees) causes.push(moved > refugees ? 'refugees-flee' : 'refugees-return');
    refugees = moved;
  }

  // Keys in sorted order: the state stays canonical JSON.
  return { control, isisk, opium, refugees, security: zone.security, stability, taliban };
}
