import type { CompiledCondition } from './conditions.ts';
import type { ScenarioContent } from './content-source.ts';
import type { FlipInput } from './flip-inputs.ts';
import type { ActorFile, Lever, RuleRow } from './schema/actor.ts';
import type { DeckCard, ScheduledEvent } from './schema/scenario.ts';

export interface PreparedLever {
  def: Lever;
  requires: CompiledCondition;
  /** `def.target.among` in id order (none without a target): legal targets keep this order. */
  among: readonly string[];
}

export interface PreparedRow {
  def: RuleRow;
  index: number;
  when: CompiledCondition;
  lever: PreparedLever;
  /** For explanations: each input the condition reads, the atoms that read it, and the values it may take. */
  flips: readonly FlipInput[];
}

export interface PreparedActor {
  def: ActorFile;
  levers: ReadonlyMap<string, PreparedLever>;
  rows: readonly PreparedRow[];
}

export interface PreparedScheduled {
  def: ScheduledEvent;
  when: CompiledCondition | null;
}

export interface PreparedCard {
  def: DeckCard;
  bonuses: { when: CompiledCondition; add: number }[];
}

/** Content checked and compiled for play: conditions are closures, levers and rows are indexed. */
export interface Prepared {
  content: ScenarioContent;
  turns: number;
  actorIds: readonly string[];
  actors: ReadonlyMap<string, PreparedActor>;
  zoneIds: readonly string[];
  afghanZones: readonly string[];
  /** The Afghan zones whose opium feeds the northern route (`dynamics.northernRoute`), in id order. */
  northernRoute: readonly string[];
  /** The opium a poppy ban cannot remove from each Afghan zone that grows any (`banFloor` of its start). */
  opiumFloors: ReadonlyMap<string, number>;
  /** The actors that can hold an Afghan zone here (`zoneControllers`), in id order. */
  zoneControllers: readonly string[];
  /** Resources each actor gains every turn. */
  incomes: ReadonlyMap<string, number>;
  scheduled: readonly PreparedScheduled[];
  deck: readonly PreparedCard[];
  /** The scenario's `mapFlags`, compiled, in file order: set by the world phase once their condition holds. */
  mapFlags: readonly { flag: string; when: CompiledCondition }[];
}
