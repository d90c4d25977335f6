import { type ActionRecord, type Effect, type ScenarioContent, TARGET } from '../engine/index.ts';

/**
 * Where an action happens, read from the content rather than from the actor: the badge of Russia's drill goes to
 * the border it drills on, and its talks with the Taliban to the Taliban, not to Russia's label at the top of
 * the map. Pure, with no Phaser, so that it can be tested on its own.
 */

/** A zone (an Afghan zone, a border, or a neighbour's own zone), or an actor, or nowhere in particular. */
export type ActionSite = { zone: string } | { actor: string } | null;

/**
 * The zone an actor with no country on the map is at home in, for an action aimed at it: the Taliban's
 * heartland in the south, the Republic's capital, the northern resistance's north-east, ISIS-K's Nangarhar.
 */
export const ACTOR_HOMES: Readonly<Record<string, string>> = {
  taliban: 'af_south',
  afghan_republic: 'af_kabul',
  resistance: 'af_northeast',
  isisk: 'af_east',
};

/** The levers of each content, by `actor.action` (a content object is never changed). */
const leversByContent = new WeakMap<ScenarioContent, ReadonlyMap<string, readonly Effect[]>>();

function leverEffects(content: ScenarioContent): ReadonlyMap<string, readonly Effect[]> {
  let levers = leversByContent.get(content);
  if (!levers) {
    levers = new Map(
      content.actors.flatMap((a) =>
        a.levers.map((l) => [`${a.id}.${l.id}`, [...l.onSuccess, ...l.onFailure]] as const),
      ),
    );
    leversByContent.set(content, levers);
  }
  return levers;
}

/**
 * Where `action` happens: its target, if it is a zone or an actor; else the first zone its effects change;
 * else the first other actor its effects touch (a relation with it, its posture); else nowhere, and the badge
 * goes to the acting actor.
 */
export function actionSite(
  content: ScenarioContent,
  action: Pick<ActionRecord, 'actor' | 'action' | 'target'>,
): ActionSite {
  const zones = new Set(content.scenario.zones.map((z) => z.id));
  const actors = new Set(content.scenario.actors.map((a) => a.id));
  if (action.target !== null && zones.has(action.target)) return { zone: action.target };
  if (action.target !== null && actors.has(action.target)) return { actor: action.target };
  const effects = leverEffects(content).get(`${action.actor}.${action.action}`) ?? [];
  const resolve = (ref: string) => (ref === TARGET ? action.target : ref);
  for (const effect of effects) {
    if (effect.kind !== 'zone') continue;
    const zone = resolve(effect.zone);
    if (zone !== null && zones.has(zone)) return { zone };
  }
  for (const effect of effects) {
    const touched =
      effect.kind === 'relation' ? [effect.from, effect.to] : effect.kind === 'posture' ? [effect.actor] : [];
    for (const ref of touched) {
      const other = resolve(ref);
      if (other !== null && other !== action.actor && actors.has(other)) return { actor: other };
    }
  }
  return null;
}
