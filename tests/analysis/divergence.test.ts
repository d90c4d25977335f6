import { describe, expect, it } from 'vitest';
import { divergenceOf, KEY_OUTCOMES, type PairedRun } from '../../game/analysis/divergence.ts';
import { playPaired } from '../../game/analysis/explore.ts';
import { createContentSource } from '../../game/content/source.ts';
import type { VariantFile } from '../../game/engine/index.ts';
import { library } from '../helpers/shipped.ts';

const choice = { scenario: 'withdrawal-2021', withoutSource: [] };
const usStays = library.variants.get('us-stays') as VariantFile;

/** A variant of the shipped content that sets one starting value to `isisk` (Kabul's is 6). */
function settingKabulIsisk(id: string, isisk: number): VariantFile {
  return {
    ...usStays,
    id,
    title: `Kabul's ISIS-K presence starts at ${isisk}`,
    expect: {},
    ops: [{ op: 'set', path: 'scenario.zones[af_kabul].isisk', value: isisk }],
  };
}

/** The shipped content with two made-up variants: one that changes nothing, one that changes the start. */
const source = createContentSource({
  ...library,
  variants: new Map([
    ...library.variants,
    ['changes-nothing', settingKabulIsisk('changes-nothing', 6)],
    ['kabul-isisk-9', settingKabulIsisk('kabul-isisk-9', 9)],
  ]),
});

const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
const variants = ['baseline', 'changes-nothing', 'kabul-isisk-9', 'us-stays'];
const played = playPaired(source, choice, variants, seeds);
const runsOf = (variant: string) => played.filter((r) => r.variant === variant);
const divergence = (variant: string) => divergenceOf(runsOf('baseline'), runsOf(variant));

describe('divergence: when paired runs of two variants first differ', () => {
  it('names real flags of scenarios/flags.json as the key outcomes', () => {
    for (const { flag } of KEY_OUTCOMES) expect(Object.keys(library.flags), flag).toContain(flag);
  });

  it('finds that a variant which changes nothing never diverges, though its id is in every state hashed', () => {
    expect(runsOf('changes-nothing').map((r) => r.divergedAt)).toEqual(seeds.map(() => null));
    // The engine's own hashes differ from the start: the variant's id is part of the state.
    expect(runsOf('changes-nothing').map((r) => r.hash)).not.toEqual(runsOf('baseline').map((r) => r.hash));
    const d = divergence('changes-nothing');
    expect(d.never).toMatchObject({ mean: 1, n: 8 });
    expect(d.firstTurn).toEqual({ median: null, p5: null, p95: null, n: 0 });
    for (const { flag } of KEY_OUTCOMES)
      expect(d.flips[flag], flag).toMatchObject({ mean: 0, gained: 0, lost: 0 });
  });

  it('gives the reference itself no divergence', () => {
    expect(runsOf('baseline').map((r) => r.divergedAt)).toEqual(seeds.map(() => null));
  });

  it('dates a change to the starting state at turn 0', () => {
    expect(runsOf('kabul-isisk-9').map((r) => r.divergedAt)).toEqual(seeds.map(() => 0));
    expect(divergence('kabul-isisk-9').firstTurn).toEqual({ median: 0, p5: 0, p95: 0, n: 8 });
  });

  it('finds that keeping the US in Afghanistan flips the fall of Kabul: it falls in the baseline, not there', () => {
    const d = divergence('us-stays');
    expect(d.never.mean).toBe(0);
    expect(d.firstTurn.median).toBeGreaterThanOrEqual(1);
    const kabul = d.flips.kabul_fallen;
    expect(kabul?.lost).toBeGreaterThan(0);
    expect(kabul?.gained).toBe(0);
    expect(kabul?.mean).toBe((kabul?.lost ?? 0) / 8);
    expect(kabul?.low).toBeGreaterThan(0);
  });
});

describe('divergenceOf', () => {
  const run = (variant: string, seed: number, divergedAt: number | null, kabul: boolean): PairedRun => ({
    variant,
    seed,
    divergedAt,
    keyOutcomes: { kabul_fallen: kabul, us_base_central_asia: false, emirate_recognized: false },
  });
  const reference = [1, 2, 3, 4, 5].map((s) => run('baseline', s, null, s <= 2));

  it('counts the runs that never diverge apart, and takes the median turn over those that do', () => {
    const variant = [null, 3, 7, null, 5].map((t, i) => run('b', i + 1, t, i + 1 <= 2));
    const d = divergenceOf(reference, variant);
    expect(d.never).toMatchObject({ mean: 0.4, n: 5 });
    expect(d.firstTurn).toEqual({ median: 5, p5: 3, p95: 7, n: 3 });
  });

  it('counts a flip either way, and says which way', () => {
    const variant = [1, 2, 3, 4, 5].map((s) => run('b', s, 1, s === 2 || s === 3));
    const kabul = divergenceOf(reference, variant).flips.kabul_fallen;
    expect(kabul).toMatchObject({ mean: 0.4, gained: 1, lost: 1, n: 5 });
    expect(kabul?.low).toBeGreaterThan(0);
    expect(kabul?.high).toBeLessThan(1);
  });

  it('refuses runs played without their reference', () => {
    const { divergedAt: _, ...alone } = run('b', 1, null, false);
    expect(() => divergenceOf(reference.slice(0, 1), [alone])).toThrow(
      'b seed 1 was played without its reference',
    );
  });
});
