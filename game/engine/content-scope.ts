import type { ScenarioContent } from './content-source.ts';
import type { IdTest, InputScope, ValueType } from './inputs.ts';
import { NumericZoneFields } from './schema/effect.ts';
import type { Scalar } from './schema/ids.ts';
import { INDICATORS } from './schema/scenario.ts';
import type { ValueDomains } from './values.ts';
import { ACTOR_IDS, isKnownActor, isKnownZone, PASS } from './vocabulary.ts';
import { zoneControllers } from './zone-controllers.ts';

const ZONE_FIELD_TYPES: ReadonlyMap<string, ValueType> = new Map<string, ValueType>([
  ['control', 'string'],
  ...NumericZoneFields.map((field) => [field, 'number'] as [string, ValueType]),
]);

/** A membership test without a list: for the open vocabularies of zone ids, and of actors and relations. */
const matching = (test: (id: string) => boolean): IdTest => ({ has: test });

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
    // A real list, not a test: a problem message names the ids it expected.
    actorIds: new Set(ACTOR_IDS),
    zoneControllers: zoneControllers(content),
  };
  return { content, scope, domains };
}
