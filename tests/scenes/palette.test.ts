import { describe, expect, it } from 'vitest';
import { type ScenarioContent, zoneControllers } from '../../game/engine/index.ts';
import {
  CONTROL_COLOURS,
  CONTROL_NAMES,
  controlKey,
  controllerName,
  UNKNOWN_CONTROL,
} from '../../game/scenes/palette.ts';
import { library, shipped } from '../helpers/shipped.ts';

/** Every scenario, as recorded and under each variant that applies to it. */
const contents: ScenarioContent[] = [...library.scenarios.keys()].flatMap((scenario) =>
  [
    'baseline',
    ...[...library.variants.values()].filter((v) => v.appliesTo.includes(scenario)).map((v) => v.id),
  ].map((variant) => {
    const resolved = shipped.resolve({ scenario, variant, withoutSource: [] });
    if (!resolved.ok) throw new Error(resolved.error.message);
    return resolved.content;
  }),
);

describe('the colours of zone control', () => {
  it('loads every scenario and variant', () => {
    expect(contents.length).toBeGreaterThan(library.scenarios.size + library.variants.size);
  });

  it('has a colour and a name for every actor that can hold a zone, in every scenario and variant', () => {
    const missing = contents.flatMap((c) =>
      zoneControllers(c)
        .filter((id) => CONTROL_COLOURS[id] === undefined || CONTROL_NAMES[id] === undefined)
        .map((id) => `${c.id}/${c.variant}: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses distinct colours, none of them the grey of an unknown controller', () => {
    const colours = Object.values(CONTROL_COLOURS);
    expect(new Set(colours).size).toBe(colours.length);
    expect(colours).not.toContain(UNKNOWN_CONTROL);
    expect(Object.keys(CONTROL_NAMES).sort()).toEqual(Object.keys(CONTROL_COLOURS).sort());
  });

  it('keys the legend to the controllers given, in the palette`s order, an uncoloured one grey and by id', () => {
    expect(controlKey(['taliban', 'afghan_republic'])).toEqual([
      { id: 'taliban', name: 'Taliban', colour: CONTROL_COLOURS.taliban },
      { id: 'afghan_republic', name: 'Republic', colour: CONTROL_COLOURS.afghan_republic },
    ]);
    expect(controlKey(['isisk', 'taliban']).map((e) => [e.id, e.name, e.colour])).toEqual([
      ['taliban', 'Taliban', CONTROL_COLOURS.taliban],
      ['isisk', 'isisk', UNKNOWN_CONTROL],
    ]);
    expect(controlKey([])).toEqual([]);
    expect(controllerName('resistance')).toBe('Resistance');
  });
});
