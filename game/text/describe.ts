import type { ActorFile, Effect, Interest, Lever } from '../engine/index.ts';
import { possessive } from './inputs.ts';
import {
  actorWords,
  flagWords,
  humanize,
  indicatorWords,
  postureLabel,
  zoneFieldWords,
} from './vocabulary.ts';
import { signed } from './words.ts';

/** An effect in a few words, for modellers: "peace_process +5", "af_east isisk -6", "russia→taliban relation +6". */
export function effectText(effect: Effect): string {
  switch (effect.kind) {
    case 'indicator':
      return `${effect.indicator} ${signed(effect.add)}`;
    case 'zone':
      return effect.add !== undefined
        ? `${effect.zone === '$target' ? 'target' : effect.zone} ${effect.field} ${signed(effect.add)}`
        : `${effect.zone === '$target' ? 'target' : effect.zone} ${effect.field} = ${effect.set}`;
    case 'relation':
      return `${effect.from === '$target' ? 'target' : effect.from}→${effect.to === '$target' ? 'target' : effect.to} relation ${signed(effect.add)}`;
    case 'flag':
      return `${effect.flag} = ${effect.set}`;
    case 'posture':
      return `${effect.actor === '$target' ? 'target' : effect.actor} becomes ${effect.set}`;
  }
}

/** Names a zone: the scenario's name when the caller knows the scenario, else the id in words. */
export type ZoneNamer = (zone: string) => string;

/**
 * An effect in the vocabulary's words: "Peace process +5", "ISIS-K presence (the target) -6",
 * "Russia's relations with the Taliban +6", "the Taliban have banned poppy cultivation".
 */
export function effectWords(effect: Effect, zoneName: ZoneNamer = humanize): string {
  const zone = (id: string) => (id === '$target' ? 'the target' : zoneName(id));
  const actor = (id: string) => (id === '$target' ? 'the target' : actorWords(id).subject);
  switch (effect.kind) {
    case 'indicator':
      return `${indicatorWords(effect.indicator).label} ${signed(effect.add)}`;
    case 'zone': {
      const field = zoneFieldWords(effect.field).label;
      if (effect.add !== undefined) return `${field} (${zone(effect.zone)}) ${signed(effect.add)}`;
      const value =
        effect.field === 'control' && typeof effect.set === 'string' ? actor(effect.set) : String(effect.set);
      return `${field} (${zone(effect.zone)}) becomes ${value}`;
    }
    case 'relation':
      return `${possessive(actor(effect.from))} relations with ${actor(effect.to)} ${signed(effect.add)}`;
    case 'flag': {
      const w = flagWords(effect.flag);
      return effect.set === true ? w.yes : effect.set === false ? w.no : `${w.label}: ${String(effect.set)}`;
    }
    case 'posture':
      return `${actor(effect.actor)} becomes ${postureLabel(String(effect.set))}`;
  }
}

/** Which indicator an effect moves, and which way: zones and relations feed derived indicators. */
export function movement(effect: Effect): { indicator: string; up: boolean } | null {
  switch (effect.kind) {
    case 'indicator':
      return { indicator: effect.indicator, up: effect.add > 0 };
    case 'zone': {
      if (effect.add === undefined) return null;
      const up = effect.add > 0;
      if (effect.field === 'taliban') return { indicator: 'taliban_territory', up };
      if (effect.field === 'isisk') return { indicator: 'isisk_strength', up };
      if (effect.field === 'refugees') return { indicator: 'refugee_outflow', up };
      if (effect.field === 'opium') return { indicator: 'opium_output', up };
      // Border posts hold back militants, not drugs: the route follows the yields (002).
      if (effect.field === 'security') return { indicator: 'terror_threat_central_asia', up: !up };
      return null;
    }
    case 'relation':
      if (effect.from === 'russia' && effect.to === 'taliban')
        return { indicator: 'russia_taliban_relations', up: effect.add > 0 };
      if (effect.from === 'russia' && effect.to === 'us')
        return { indicator: 'russia_us_relations', up: effect.add > 0 };
      return null;
    default:
      return null;
  }
}

/** The interests an action serves: those whose indicator its effects move the way the actor wants. */
export function interestsServed(actor: ActorFile, lever: Lever): Interest[] {
  const moves = lever.onSuccess.map(movement).filter((m) => m !== null);
  return actor.interests.filter((interest) =>
    moves.some((m) => m.indicator === interest.indicator && m.up === (interest.want === 'up')),
  );
}

/**
 * An effect as the decision panel names it: a relation that an indicator follows goes by that indicator's label
 * ("Russia-Taliban relations +6"), the name the forecasts and scores beside it use: one label per indicator.
 */
function panelWords(effect: Effect, zoneName?: ZoneNamer): string {
  const moved = effect.kind === 'relation' ? movement(effect) : null;
  if (moved && effect.kind === 'relation')
    return `${indicatorWords(moved.indicator).label} ${signed(effect.add)}`;
  return effectWords(effect, zoneName);
}

/** What an action tends to change, with its chance: "Peace process +5, Russia's influence in Central Asia +2 (80% chance)". */
export function leverSummary(lever: Lever, zoneName?: ZoneNamer): string {
  const effects = lever.onSuccess.map((e) => panelWords(e, zoneName)).join(', ') || 'no direct effect';
  const odds = lever.chance < 1000 ? ` (${lever.chance / 10}% chance)` : '';
  const cost = lever.cost > 0 ? `; costs ${lever.cost}` : '';
  return `${effects}${odds}${cost}`;
}
