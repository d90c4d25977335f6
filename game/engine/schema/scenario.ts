import { z } from 'zod';
import { type Citation, Citations } from './citation.ts';
import { Condition } from './condition.ts';
import { Effect } from './effect.ts';
import {
  ActorId,
  FlagName,
  IndicatorName,
  Int,
  KebabId,
  Level,
  Scalar,
  SnakeId,
  YearMonth,
  ZoneId,
} from './ids.ts';

export const INDICATORS = [
  'humanitarian_need',
  'isisk_strength',
  'northern_route_narcotics',
  'opium_output',
  'peace_process',
  'refugee_outflow',
  'russia_afghan_trade',
  'russia_influence_central_asia',
  'russia_military_involvement',
  'russia_taliban_relations',
  'russia_us_relations',
  'taliban_legitimacy',
  'taliban_territory',
  'tajik_taliban_tension',
  'terror_threat_central_asia',
  'us_presence_afghanistan',
  'us_presence_central_asia',
] as const;
export type IndicatorId = (typeof INDICATORS)[number];

/**
 * Indicators the world phase recomputes from the zones and relations every turn. Effects may not write them
 * (the content check says so): to move them, change what they are derived from.
 */
export const DERIVED_INDICATORS = [
  'isisk_strength',
  'northern_route_narcotics',
  'opium_output',
  'refugee_outflow',
  'russia_taliban_relations',
  'russia_us_relations',
  'taliban_territory',
] as const;

/** Where a starting value comes from: a fact the reports state (with its quote), or a modelling estimate. */
export const Fact = z.strictObject({
  path: z.string().min(1),
  kind: z.literal('fact'),
  citations: Citations,
});

export const ScenarioActor = z.strictObject({
  id: ActorId,
  posture: SnakeId,
  resources: z.number().int().min(0).max(100),
  income: z.number().int().min(0).max(20),
});
export type ScenarioActor = z.infer<typeof ScenarioActor>;

export const ScenarioZone = z.strictObject({
  id: ZoneId,
  name: z.string().min(2).max(80),
  kind: z.enum(['afghan', 'border', 'neighbour']),
  control: ActorId.nullable(),
  isisk: Level.nullable(),
  opium: Level.nullable(),
  refugees: Level.nullable(),
  security: Level.nullable(),
  stability: Level.nullable(),
  taliban: Level.nullable(),
});
export type ScenarioZone = z.infer<typeof ScenarioZone>;

export const Relation = z.strictObject({ from: ActorId, to: ActorId, value: Level });

export const ScenarioFile = z.strictObject({
  id: KebabId,
  title: z.string().min(3).max(120),
  summary: z.string().min(3).max(2000),
  turnLength: z.enum(['month', 'quarter']),
  start: YearMonth,
  end: YearMonth,
  actors: z.array(ScenarioActor).min(1),
  zones: z.array(ScenarioZone).min(1),
  indicators: z.record(IndicatorName, Level),
  relations: z.array(Relation),
  /** Starting values of flags that differ from their defaults in scenarios/flags.json. */
  flags: z.record(FlagName, Scalar).default({}),
  facts: z.array(Fact).default([]),
  /**
   * Flags that describe the map ("Kabul has fallen"): the world phase sets each to true at the end of the turn
   * in which its condition first holds, so that a flag and the zone it describes never disagree between turns.
   */
  mapFlags: z.array(z.strictObject({ flag: FlagName, when: Condition })).default([]),
  /** Tuning of the world phase for this period (docs/engine.md). */
  dynamics: z
    .strictObject({
      /** Percent applied to the Taliban's momentum in zones they do not hold (100 = as in 2021). */
      talibanMomentum: z.number().int().min(0).max(300).default(100),
      /**
       * The Afghan zones whose opium feeds the northern route through Central Asia (002: the transit
       * "fluctuated according to the yields of Afghan poppy fields, not the presence of border guards").
       * All Afghan zones when absent.
       */
      northernRoute: z.array(ZoneId).min(1).optional(),
      /**
       * The capital falls last: the Taliban cannot take this zone while they hold fewer than `fallsAfter` other
       * Afghan zones (001: the Taliban's "rapid takeover of border areas" came before Afghanistan "fell to the
       * Taliban in mid-August 2021"). No such rule when absent.
       */
      capital: z.strictObject({ zone: ZoneId, fallsAfter: z.number().int().min(1).max(10) }).optional(),
    })
    .default({ talibanMomentum: 100 }),
});
export type ScenarioFile = z.infer<typeof ScenarioFile>;

/** A historical event: fires once, on the first turn at or after `on` (if given) where `when` holds. */
export const ScheduledEvent = z.strictObject({
  id: KebabId,
  title: z.string().min(3).max(200),
  on: YearMonth.nullable().default(null),
  when: Condition.nullable().default(null),
  effects: z.array(Effect).max(30),
  citations: Citations,
});
export type ScheduledEvent = z.infer<typeof ScheduledEvent>;

/** A card of the seeded deck: weight (per turn) plus state-dependent bonuses; drawn from the `events` stream. */
export const DeckCard = z.strictObject({
  id: KebabId,
  title: z.string().min(3).max(200),
  weight: z.number().int().min(0).max(1000),
  bonuses: z.array(z.strictObject({ when: Condition, add: Int })).default([]),
  effects: z.array(Effect).max(30),
  citations: Citations,
});
export type DeckCard = z.infer<typeof DeckCard>;

export const EventsFile = z.strictObject({
  scheduled: z.array(ScheduledEvent),
  deck: z.strictObject({
    /** Weight of "nothing happens" in the per-turn draw. */
    quiet: z.number().int().min(0).max(100_000),
    cards: z.array(DeckCard),
  }),
});
export type EventsFile = z.infer<typeof EventsFile>;

/**
 * The flags every scenario's state carries (scenarios/flags.json): each with its default and what it means.
 * Actor files are shared across periods, so a flag one period never sets still exists, at its default.
 */
export const FlagVocabulary = z.record(
  FlagName,
  z.strictObject({ default: Scalar, title: z.string().min(3).max(200) }),
);
export type FlagVocabulary = z.infer<typeof FlagVocabulary>;

export type { Citation };
