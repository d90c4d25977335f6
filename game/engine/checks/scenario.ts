import { turnCount } from '../calendar.ts';
import type { ScenarioContent } from '../content-source.ts';
import type { Problem } from '../problem.ts';
import type { ScenarioZone } from '../schema/scenario.ts';
import { INDICATORS } from '../schema/scenario.ts';
import { isKnownActor, isKnownZone } from '../vocabulary.ts';
import { Problems } from './problems.ts';

/** The fields each kind of zone must give a value. */
const REQUIRED_FIELDS: Readonly<Record<ScenarioZone['kind'], readonly string[]>> = {
  afghan: ['control', 'isisk', 'opium', 'refugees', 'stability', 'taliban'],
  border: ['security'],
  neighbour: [],
};

/** The scenario file: its period, actors, zones, indicators and relations. */
export function checkScenario(content: ScenarioContent): Problem[] {
  const { scenario } = content;
  const out = new Problems(content.files.scenario);
  if (turnCount(scenario.start, scenario.end, scenario.turnLength) < 1)
    out.report('end', `expected a date on or after start ${scenario.start}, found ${scenario.end}`);

  const defs = new Map(content.actors.map((a) => [a.id, a]));
  scenario.actors.forEach((a, i) => {
    if (!isKnownActor(a.id)) out.report(`actors[${i}].id`, `unknown actor '${a.id}'`);
    const def = defs.get(a.id);
    if (!def) out.report(`actors[${i}].id`, `no actor file for '${a.id}'`);
    else if (!def.postures.includes(a.posture))
      out.report(`actors[${i}].posture`, `expected one of ${def.postures.join(', ')}, found '${a.posture}'`);
    if (scenario.actors.findIndex((b) => b.id === a.id) !== i)
      out.report(`actors[${i}].id`, `duplicate actor '${a.id}'`);
  });

  scenario.zones.forEach((z, i) => {
    const at = `zones[${i}]`;
    if (!isKnownZone(z.id)) out.report(`${at}.id`, `unknown zone '${z.id}' (Afghan zones start with af_)`);
    if (scenario.zones.findIndex((y) => y.id === z.id) !== i)
      out.report(`${at}.id`, `duplicate zone '${z.id}'`);
    for (const field of REQUIRED_FIELDS[z.kind]) {
      if (z[field as keyof typeof z] === null)
        out.report(`${at}.${field}`, `expected a value for a ${z.kind} zone, found null`);
    }
    if (z.kind === 'afghan' && !z.id.startsWith('af_'))
      out.report(`${at}.id`, `an Afghan zone id starts with af_, found '${z.id}'`);
    if (z.control !== null && !isKnownActor(z.control))
      out.report(`${at}.control`, `unknown actor '${z.control}'`);
  });

  const afghan = new Set(scenario.zones.filter((z) => z.kind === 'afghan').map((z) => z.id));
  scenario.dynamics.northernRoute?.forEach((id, i) => {
    if (!afghan.has(id))
      out.report(`dynamics.northernRoute[${i}]`, `expected an Afghan zone of this scenario, found '${id}'`);
  });

  for (const name of INDICATORS) {
    if (!(name in scenario.indicators)) out.report('indicators', `missing indicator '${name}'`);
  }
  for (const name of Object.keys(scenario.indicators)) {
    if (!(INDICATORS as readonly string[]).includes(name))
      out.report(`indicators.${name}`, `unknown indicator '${name}' (known: ${INDICATORS.join(', ')})`);
  }

  const present = new Set(scenario.actors.map((a) => a.id));
  const relationKeys = new Set<string>();
  scenario.relations.forEach((r, i) => {
    for (const side of ['from', 'to'] as const) {
      if (!present.has(r[side]))
        out.report(`relations[${i}].${side}`, `'${r[side]}' is not an actor of this scenario`);
    }
    const key = `${r.from}.${r.to}`;
    if (relationKeys.has(key)) out.report(`relations[${i}]`, `duplicate relation ${r.from} -> ${r.to}`);
    relationKeys.add(key);
  });
  return out.list;
}
