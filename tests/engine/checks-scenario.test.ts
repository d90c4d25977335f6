import { describe, expect, it } from 'vitest';
import { checkContent } from '../../game/engine/checks/index.ts';
import { INDICATORS } from '../../game/engine/index.ts';
import { miniContent, scenarioFile } from '../helpers/mini.ts';

/**
 * The scenario check (checks/scenario.ts): its period, actors, zones, indicators and relations. Each defect
 * gives exactly the problems listed, at its path in the scenario file; the mini scenario itself gives none.
 */
function problems(overrides: Parameters<typeof scenarioFile>[0]) {
  return checkContent(miniContent({ scenario: scenarioFile(overrides) })).map(({ file, path, message }) => {
    expect(file).toBe('mini/scenario.json');
    return { path, message };
  });
}

const ACTORS = [
  { id: 'russia', posture: 'engaged', resources: 5, income: 1 },
  { id: 'taliban', posture: 'insurgent', resources: 5, income: 1 },
];

function zone(id: string, kind: string, extra: Record<string, unknown> = {}) {
  const afghan = kind === 'afghan';
  return {
    id,
    name: id,
    kind,
    control: afghan ? 'afghan_republic' : null,
    isisk: afghan ? 10 : null,
    opium: afghan ? 20 : null,
    refugees: afghan ? 5 : null,
    security: kind === 'border' ? 50 : null,
    stability: afghan ? 50 : null,
    taliban: afghan ? 30 : null,
    ...extra,
  };
}
const NORTH = zone('af_north', 'afghan');

it('the mini scenario has no problem', () => {
  expect(checkContent(miniContent())).toEqual([]);
});

describe('the period', () => {
  it('ends on or after its start: one turn is enough', () => {
    expect(problems({ start: '2021-01', end: '2021-01' })).toEqual([]);
    expect(problems({ start: '2021-01', end: '2020-12' })).toEqual([
      { path: 'end', message: 'expected a date on or after start 2021-01, found 2020-12' },
    ]);
  });
});

describe('actors', () => {
  it('are actors of the vocabulary, each with an actor file', () => {
    expect(
      problems({ actors: [...ACTORS, { id: 'martians', posture: 'calm', resources: 0, income: 0 }] }),
    ).toEqual([
      { path: 'actors[2].id', message: "unknown actor 'martians'" },
      { path: 'actors[2].id', message: "no actor file for 'martians'" },
    ]);
    expect(problems({ actors: [...ACTORS, { id: 'us', posture: 'calm', resources: 0, income: 0 }] })).toEqual(
      [{ path: 'actors[2].id', message: "no actor file for 'us'" }],
    );
  });

  it('start in one of the postures of their file', () => {
    const actors = [{ ...ACTORS[0], posture: 'ruling' }, ACTORS[1]];
    expect(problems({ actors })).toEqual([
      { path: 'actors[0].posture', message: "expected one of engaged, cautious, found 'ruling'" },
    ]);
  });

  it('appear once', () => {
    expect(problems({ actors: [...ACTORS, ACTORS[0]] })).toEqual([
      { path: 'actors[2].id', message: "duplicate actor 'russia'" },
    ]);
  });
});

describe('zones', () => {
  it('are zones of the vocabulary, each once', () => {
    expect(problems({ zones: [NORTH, zone('atlantis', 'neighbour')] })).toEqual([
      { path: 'zones[1].id', message: "unknown zone 'atlantis' (Afghan zones start with af_)" },
    ]);
    expect(problems({ zones: [NORTH, zone('uzbekistan', 'neighbour'), NORTH] })).toEqual([
      { path: 'zones[2].id', message: "duplicate zone 'af_north'" },
    ]);
  });

  it('give a value to every field of their kind', () => {
    expect(problems({ zones: [zone('af_north', 'afghan', { stability: null, opium: null })] })).toEqual([
      { path: 'zones[0].opium', message: 'expected a value for a afghan zone, found null' },
      { path: 'zones[0].stability', message: 'expected a value for a afghan zone, found null' },
    ]);
    expect(problems({ zones: [NORTH, zone('border_tajik', 'border', { security: null })] })).toEqual([
      { path: 'zones[1].security', message: 'expected a value for a border zone, found null' },
    ]);
    // A neighbour needs none; an Afghan zone may have a border security or not.
    expect(
      problems({ zones: [zone('af_north', 'afghan', { security: 40 }), zone('iran', 'neighbour')] }),
    ).toEqual([]);
  });

  it('name an Afghan zone af_..., and only an Afghan zone must', () => {
    expect(problems({ zones: [NORTH, zone('uzbekistan', 'afghan')] })).toEqual([
      { path: 'zones[1].id', message: "an Afghan zone id starts with af_, found 'uzbekistan'" },
    ]);
  });

  it('are controlled by a known actor, if by anyone', () => {
    expect(problems({ zones: [zone('af_north', 'afghan', { control: 'martians' })] })).toEqual([
      { path: 'zones[0].control', message: "unknown actor 'martians'" },
    ]);
    expect(problems({ zones: [zone('af_north', 'afghan', { control: 'taliban' })] })).toEqual([]);
  });
});

describe('indicators', () => {
  const all = Object.fromEntries(INDICATORS.map((name) => [name, 40]));

  it('every indicator starts with a value', () => {
    const { peace_process: _, ...rest } = all;
    expect(problems({ indicators: rest })).toEqual([
      { path: 'indicators', message: "missing indicator 'peace_process'" },
    ]);
  });

  it('and no other', () => {
    expect(problems({ indicators: { ...all, morale: 10 } })).toEqual([
      { path: 'indicators.morale', message: `unknown indicator 'morale' (known: ${INDICATORS.join(', ')})` },
    ]);
  });
});

describe('relations', () => {
  it("join two of the scenario's actors", () => {
    expect(problems({ relations: [{ from: 'us', to: 'russia', value: 10 }] })).toEqual([
      { path: 'relations[0].from', message: "'us' is not an actor of this scenario" },
    ]);
    expect(problems({ relations: [{ from: 'russia', to: 'china', value: 10 }] })).toEqual([
      { path: 'relations[0].to', message: "'china' is not an actor of this scenario" },
    ]);
  });

  it('are each given once, in each direction', () => {
    const relations = [
      { from: 'russia', to: 'taliban', value: 40 },
      { from: 'taliban', to: 'russia', value: 40 },
      { from: 'russia', to: 'taliban', value: 60 },
    ];
    expect(problems({ relations })).toEqual([
      { path: 'relations[2]', message: 'duplicate relation russia -> taliban' },
    ]);
  });
});
