import type { Draft } from 'immer';
import { clamp } from '../effects.ts';
import type { Prepared } from '../prepare.ts';
import { intBelow, type TurnStreams } from '../rng.ts';
import type { State } from '../schema/state.ts';

/** Zone control passes to the Taliban once their share of a zone reaches this. */
export const TAKEOVER_SHARE = 60;
/** Where stability settles when nothing disturbs it. */
const STABILITY_REST = 55;

const mean = (values: number[]) =>
  values.length ? Math.floor(values.reduce((a, b) => a + b, 0) / values.length) : 0;
/** Moves a value a quarter of the way to its target, in whole steps (so it never overshoots). */
const drift = (value: number, target: number) => value + Math.trunc((target - value) / 4);

/**
 * Phase 4, world dynamics. For each Afghan zone, in id order, exactly three draws from the `world` stream:
 * Taliban momentum, ISIS-K growth, stability. Then borders, derived indicators, drifts and income.
 */
export function evolveWorld(state: Draft<State>, prepared: Prepared, streams: TurnStreams): void {
  const world = streams.get('world');
  const usPresence = state.indicators.us_presence_afghanistan ?? 0;

  for (const id of prepared.afghanZones) {
    const zone = state.zones[id];
    const [momentum, growth, settle] = [world.next(), world.next(), world.next()];
    if (!zone || zone.taliban === null || zone.stability === null) continue;

    // Taliban momentum: the less foreign support and order a zone has, the faster the Taliban gain there.
    if (zone.control !== 'taliban') {
      // Each zone that falls makes the next one easier: the cascade of the summer of 2021.
      const cascade = Math.floor((state.indicators.taliban_territory ?? 0) / 25);
      const reach = Math.floor(((100 - usPresence) * (110 - zone.stability)) / 1000) + cascade;
      zone.taliban = clamp(zone.taliban + intBelow(momentum, reach + 1));
      if (zone.taliban >= TAKEOVER_SHARE) {
        zone.control = 'taliban';
        zone.stability = clamp(zone.stability - 15);
        if (zone.refugees !== null) zone.refugees = clamp(zone.refugees + 15);
      }
    } else {
      zone.taliban = clamp(zone.taliban + intBelow(momentum, 3));
    }

    // ISIS-K grows where order is weak: the chance is the zone's instability.
    if (zone.isisk !== null && intBelow(growth, 100) < 100 - zone.stability)
      zone.isisk = clamp(zone.isisk + 1);

    // Poppy spreads where order breaks down.
    if (zone.opium !== null && zone.stability < 40) zone.opium = clamp(zone.opium + 1);

    // Stability drifts back to rest; refugees leave unstable zones and trickle back to stable ones.
    if (settle < 0.5) zone.stability += Math.sign(STABILITY_REST - zone.stability);
    if (zone.refugees !== null) zone.refugees = clamp(zone.refugees + (zone.stability < 40 ? 1 : -1));
  }

  // Border posts slowly lose the edge that drills and reinforcements gave them.
  const borders = prepared.zoneIds
    .map((id) => state.zones[id])
    .filter((z) => z?.security !== null && z?.security !== undefined);
  for (const zone of borders) if (zone && zone.security !== null && zone.security > 50) zone.security -= 1;

  deriveIndicators(state, prepared);

  for (const id of prepared.actorIds) {
    const actor = state.actors[id];
    const income = prepared.content.scenario.actors.find((a) => a.id === id)?.income ?? 0;
    if (actor) actor.resources = Math.min(100, actor.resources + income);
  }
}

/** Recomputes the derived indicators and the drifting ones from the zones and relations. */
export function deriveIndicators(state: Draft<State>, prepared: Prepared): void {
  const afghan = prepared.afghanZones.map((id) => state.zones[id]).filter((z) => z !== undefined);
  const field = (name: 'taliban' | 'isisk' | 'opium' | 'refugees' | 'stability') =>
    afghan.map((z) => z[name]).filter((v): v is number => v !== null);
  const borderSecurity = mean(
    prepared.zoneIds.map((id) => state.zones[id]?.security).filter((v): v is number => typeof v === 'number'),
  );
  const ind = state.indicators;

  ind.taliban_territory = clamp(mean(field('taliban')));
  ind.isisk_strength = clamp(mean(field('isisk')));
  ind.refugee_outflow = clamp(mean(field('refugees')));
  // Opium becomes northern-route narcotics in proportion to how porous the northern borders are.
  ind.northern_route_narcotics = clamp(Math.floor((mean(field('opium')) * (140 - borderSecurity)) / 100));
  const russia = state.relations.russia;
  if (russia?.taliban !== undefined) ind.russia_taliban_relations = russia.taliban;
  if (russia?.us !== undefined) ind.russia_us_relations = russia.us;

  // Terror threat to Central Asia and humanitarian need follow the situation with a lag.
  const threatTarget = clamp((ind.isisk_strength ?? 0) * 2 + Math.floor((100 - borderSecurity) / 2));
  ind.terror_threat_central_asia = clamp(drift(ind.terror_threat_central_asia ?? 0, threatTarget));
  ind.humanitarian_need = clamp(drift(ind.humanitarian_need ?? 0, 100 - mean(field('stability'))));
}
