import type {
  ActorFile,
  ContentSource,
  EventsFile,
  ScenarioContent,
  ScenarioFile,
} from '../../game/engine/index.ts';
import {
  ActorFile as ActorSchema,
  EventsFile as EventsSchema,
  INDICATORS,
  ScenarioFile as ScenarioSchema,
} from '../../game/engine/index.ts';

/** A small, fully controlled scenario for unit tests: two Afghan zones, one border, russia and taliban. */
export const CITE = [{ source: '001_09ab83d40f3f135c.txt', quote: 'a quotation for a unit-test fixture' }];

/** An Afghan zone held by the Republic: ISIS-K 10, opium 20, refugees 5, stability 50, a Taliban share of 30. */
export function afghanZone(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: id,
    kind: 'afghan',
    control: 'afghan_republic',
    isisk: 10,
    opium: 20,
    refugees: 5,
    security: null,
    stability: 50,
    taliban: 30,
    ...extra,
  };
}

export function scenarioFile(overrides: Partial<Record<keyof ScenarioFile, unknown>> = {}): ScenarioFile {
  return ScenarioSchema.parse({
    id: 'mini',
    title: 'Mini scenario',
    summary: 'A fixture.',
    turnLength: 'month',
    start: '2021-01',
    end: '2021-04',
    actors: [
      { id: 'russia', posture: 'engaged', resources: 5, income: 1 },
      { id: 'taliban', posture: 'insurgent', resources: 5, income: 1 },
    ],
    zones: [
      afghanZone('af_north', { name: 'North' }),
      afghanZone('af_south', { name: 'South', isisk: 20, opium: 60, taliban: 50 }),
      {
        id: 'border_tajik',
        name: 'Tajik border',
        kind: 'border',
        control: null,
        isisk: null,
        opium: null,
        refugees: null,
        security: 50,
        stability: null,
        taliban: null,
      },
    ],
    indicators: Object.fromEntries(INDICATORS.map((name) => [name, 40])),
    relations: [
      { from: 'russia', to: 'taliban', value: 40 },
      { from: 'taliban', to: 'russia', value: 40 },
    ],
    flags: { talks_held: false, round: 0 },
    ...overrides,
  });
}

export function actorFile(
  id: 'russia' | 'taliban',
  overrides: Partial<Record<keyof ActorFile, unknown>> = {},
): ActorFile {
  return ActorSchema.parse({
    id,
    name: id === 'russia' ? 'Russia' : 'The Taliban',
    postures: id === 'russia' ? ['engaged', 'cautious'] : ['insurgent', 'ruling'],
    interests: [
      {
        id: 'influence',
        title: 'Influence',
        indicator: 'russia_influence_central_asia',
        want: 'up',
        weight: 1,
        citations: CITE,
      },
    ],
    levers: [],
    rules: [{ id: `${id}.default`, priority: 0, when: { all: [] }, do: { action: 'pass' }, citations: CITE }],
    ...overrides,
  });
}

export function eventsFile(overrides: Partial<Record<keyof EventsFile, unknown>> = {}): EventsFile {
  return EventsSchema.parse({ scheduled: [], deck: { quiet: 1, cards: [] }, ...overrides });
}

export interface MiniParts {
  scenario?: ScenarioFile;
  russia?: ActorFile;
  taliban?: ActorFile;
  events?: EventsFile;
}

export function miniContent(parts: MiniParts = {}): ScenarioContent {
  const scenario = parts.scenario ?? scenarioFile();
  return {
    id: scenario.id,
    variant: 'baseline',
    hash: '0123456789abcdef',
    withoutSource: [],
    scenario,
    actors: [parts.russia ?? actorFile('russia'), parts.taliban ?? actorFile('taliban')],
    events: parts.events ?? eventsFile(),
    files: {
      scenario: 'mini/scenario.json',
      events: 'mini/events.json',
      actors: { russia: 'actors/russia.json', taliban: 'actors/taliban.json' },
    },
  };
}

/** A content source serving one fixed content, whatever scenario is asked for by id `mini`. */
export function sourceOf(content: ScenarioContent): ContentSource {
  return {
    resolve: (request) =>
      request.scenario === content.id
        ? { ok: true, content }
        : {
            ok: false,
            error: { code: 'unknown_scenario', message: `unknown scenario '${request.scenario}'` },
          },
  };
}

/** A lever with sensible defaults. */
export function lever(id: string, extra: Record<string, unknown> = {}): unknown {
  return { id, title: `Do ${id}`, kind: 'other', onSuccess: [], citations: CITE, ...extra };
}

export function row(
  id: string,
  priority: number,
  when: unknown,
  action: string,
  extra: Record<string, unknown> = {},
): unknown {
  return {
    id,
    priority,
    when,
    do: { action, ...(extra.target !== undefined ? { target: extra.target } : {}) },
    citations: CITE,
    ...(extra.weight ? { weight: extra.weight } : {}),
  };
}

export const DEFAULT_ROW = (actor: string) => row(`${actor}.default`, 0, { all: [] }, 'pass');

/** A card of the event deck: weight 1, no bonuses, no effects, unless `extra` says otherwise. */
export const deckCard = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: id,
  weight: 1,
  bonuses: [],
  effects: [],
  citations: CITE,
  ...extra,
});

/** The four-turn mini scenario in which Russia's table talks whenever it can afford the talks (cost 4 of its 5). */
export function talkingRussiaSource(): ContentSource {
  const russia = actorFile('russia', {
    levers: [lever('talk', { cost: 4 })],
    rules: [row('russia.talk', 10, { all: [] }, 'talk'), DEFAULT_ROW('russia')],
  });
  return sourceOf(miniContent({ russia }));
}

/** One line of a decisions file: `actor` does `action`, untargeted, on `turn`. */
export const decisionEntry = (turn: number, actor: string, action: string) => ({
  turn,
  actor,
  action,
  target: null,
});
