import type { ScenarioContent } from './content-source.ts';
import type { InputScope, ValueType } from './inputs.ts';
import { NumericZoneFields } from './schema/effect.ts';
import type { Scalar } from './schema/ids.ts';
import { INDICATORS } from './schema/scenario.ts';
import type { ValueDomains } from './values.ts';
import { isKnownActor, isKnownZone, PASS } from './vocabulary.ts';
import { zoneControllers } from './zone-controllers.ts';

const ZONE_FIELD_TYPES: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ['control', 'string'],
  ...NumericZoneFields.map((field) => [field, 'number'] as [string, ValueType]),
]);

/** A set test without a set: for the open vocabularies of actor and zone ids. */
const matching = (test: (id: string) => boolean) => ({ has: test }) as ReadonlySet<string>;

/** The content with what its conditions may read and the values they may compare with: for checks and compiler. */
export interface ContentScope {
  content: ScenarioContent;
  scope: InputScope;
  domains: ValueDomains;
}

/**
 * What conditions may read in this content (`scope`) and which values they may compare against (`domains`).
 * Shared actor files may name actors, zones and relations this scenario lacks (they read null here), so the
 * scope is open to the whole vocabulary; flags and indicators are closed.
 */
export function scopeOf(content: ScenarioContent): ContentScope {
  const { scenario } = content;
  const scope: InputScope = {
    indicators: new Set(INDICATORS),
    zones: matching(isKnownZone),
    actors: matching(isKnownActor),
    flags: new Map<string, Scalar>(Object.entries(scenario.flags)),
    relations: matching((key) => key.split('.').every(isKnownActor)),
    zoneFields: ZONE_FIELD_TYPES,
  };
  const domains: ValueDomains = {
    actions: new Map(content.actors.map((a) => [a.id, new Set([PASS, ...a.levers.map((l) => l.id)])])),
    postures: new Map(content.actors.map((a) => [a.id, new Set(a.postures)])),
    actorIds: matching(isKnownActor),
    zoneControllers: zoneControllers(content),
  };
  return { content, scope, domains };
}
