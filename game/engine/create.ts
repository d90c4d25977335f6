import { dateOfTurn } from './calendar.ts';
import { score } from './phases/scoring.ts';
import { deriveIndicators } from './phases/world.ts';
import type { Prepared } from './prepared.ts';
import type { Scalar } from './schema/ids.ts';
import type { ActorState, Decision, State, ZoneState } from './schema/state.ts';

/** Builds an object whose keys are inserted in sorted order, so JSON.stringify emits them sorted. */
export function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const list = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const record: Record<string, T> = {};
  for (const [key, value] of list) record[key] = value;
  return record;
}

export interface CreateOptions {
  seed: number;
}

/** The starting state. Object literals below list their keys in sorted order on purpose (see sortedRecord). */
export function createState(prepared: Prepared, options: CreateOptions): State {
  const { scenario, id, variant, withoutSource } = prepared.content;
  const actors = sortedRecord<ActorState>(
    scenario.actors.map((a) => [
      a.id,
      { lastAction: null, lastOutcome: null, posture: a.posture, resources: a.resources, score: 0 },
    ]),
  );
  const zones = sortedRecord<ZoneState>(
    scenario.zones.map((z) => [
      z.id,
      {
        control: z.control,
        isisk: z.isisk,
        opium: z.opium,
        refugees: z.refugees,
        security: z.security,
        stability: z.stability,
        taliban: z.taliban,
      },
    ]),
  );
  const relations = sortedRecord<Record<string, number>>(
    prepared.actorIds
      .filter((from) => scenario.relations.some((r) => r.from === from))
      .map((from) => [
        from,
        sortedRecord(scenario.relations.filter((r) => r.from === from).map((r) => [r.to, r.value])),
      ]),
  );
  const state: State = {
    actors,
    fired: [],
    flags: sortedRecord<Scalar>(Object.entries(scenario.flags)),
    indicators: sortedRecord(Object.entries(scenario.indicators)),
    meta: {
      date: dateOfTurn(scenario.start, scenario.turnLength, 1),
      phase: 'play',
      scenario: id,
      seed: options.seed,
      turn: 1,
      turns: prepared.turns,
      variant,
      withoutSource: [...withoutSource].sort(),
    },
    pending: sortedRecord<Decision | null>(prepared.actorIds.map((a) => [a, null])),
    relations,
    zones,
  };
  // Derived indicators and scores start consistent with the starting zones, before any turn is played.
  for (const [name, value] of Object.entries(deriveIndicators(state, prepared)))
    state.indicators[name] = value;
  score(state, prepared);
  return state;
}
