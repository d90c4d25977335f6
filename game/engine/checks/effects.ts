import type { ContentScope } from '../content-scope.ts';
import type { Effect } from '../schema/effect.ts';
import { TARGET } from '../schema/effect.ts';
import { DERIVED_INDICATORS, INDICATORS } from '../schema/scenario.ts';
import { isKnownActor, isKnownZone } from '../vocabulary.ts';
import type { Problems } from './problems.ts';

const isIndicator = (name: string) => (INDICATORS as readonly string[]).includes(name);
const isDerived = (name: string) => (DERIVED_INDICATORS as readonly string[]).includes(name);

/**
 * A list of effects (a lever's outcome, an event's consequences). `targetKind` is what the action targets, if
 * anything: `$target` may stand only where it has that kind.
 */
export function checkEffects(
  out: Problems,
  { content, domains }: ContentScope,
  effects: readonly Effect[],
  path: string,
  targetKind: 'zone' | 'actor' | null,
): void {
  effects.forEach((effect, i) => {
    const at = `${path}[${i}]`;
    const targetOk = (ref: string, kind: 'zone' | 'actor', field: string) => {
      if (ref === TARGET && targetKind !== kind)
        out.report(`${at}.${field}`, `'$target' here needs an action that targets a ${kind}`);
    };
    switch (effect.kind) {
      case 'indicator':
        if (!isIndicator(effect.indicator))
          out.report(`${at}.indicator`, `unknown indicator '${effect.indicator}'`);
        else if (isDerived(effect.indicator))
          out.report(
            `${at}.indicator`,
            `'${effect.indicator}' is derived from the zones or relations each turn; change those instead`,
          );
        break;
      case 'zone':
        targetOk(effect.zone, 'zone', 'zone');
        if (effect.zone !== TARGET && !isKnownZone(effect.zone))
          out.report(`${at}.zone`, `unknown zone '${effect.zone}'`);
        if ((effect.add === undefined) === (effect.set === undefined)) {
          out.report(at, 'expected exactly one of add or set');
        } else if (effect.field === 'control') {
          if (effect.add !== undefined) out.report(`${at}.add`, 'control is an actor id: use set');
          if (typeof effect.set !== 'string' || !isKnownActor(effect.set))
            out.report(`${at}.set`, `expected an actor id, found ${JSON.stringify(effect.set)}`);
        } else if (effect.set !== undefined && typeof effect.set !== 'number') {
          out.report(
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
            out.report(`${at}.${side}`, `unknown actor '${effect[side]}'`);
        }
        break;
      case 'flag': {
        const initial = content.scenario.flags[effect.flag];
        if (initial === undefined)
          out.report(`${at}.flag`, `unknown flag '${effect.flag}' (declare it in the scenario's flags)`);
        else if (typeof initial !== typeof effect.set)
          out.report(
            `${at}.set`,
            `expected a ${typeof initial} for flag ${effect.flag}, found ${JSON.stringify(effect.set)}`,
          );
        break;
      }
      case 'posture': {
        targetOk(effect.actor, 'actor', 'actor');
        if (effect.actor === TARGET) break;
        if (!isKnownActor(effect.actor)) out.report(`${at}.actor`, `unknown actor '${effect.actor}'`);
        const postures = domains.postures.get(effect.actor);
        if (postures && !postures.has(effect.set))
          out.report(
            `${at}.set`,
            `expected one of the postures of ${effect.actor} (${[...postures].join(', ')}), found '${effect.set}'`,
          );
        break;
      }
    }
  });
}
