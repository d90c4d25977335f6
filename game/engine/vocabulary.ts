import type { Lever } from './schema/actor.ts';
import { ALWAYS } from './schema/condition.ts';
/**
 * The shared vocabulary of DESIGN.md 4a. Actor files are shared across periods, so a row may name an actor or
 * zone that one scenario does not have: it then reads null and its effects do nothing there. A name outside
 * the vocabulary is a typo, and an error.
 */
export const ACTOR_IDS = [
  'afghan_republic',
  'china',
  'india',
  'iran',
  'isisk',
  'kazakhstan',
  'kyrgyzstan',
  'pakistan',
  'resistance',
  'russia',
  'taliban',
  'tajikistan',
  'turkmenistan',
  'us',
  'uzbekistan',
] as const;

export const BORDER_ZONES = ['border_tajik', 'border_turkmen', 'border_uzbek'] as const;

export function isKnownActor(id: string): boolean {
  return (ACTOR_IDS as readonly string[]).includes(id);
}

/** Afghan zones carry the `af_` prefix; a neighbour's zone uses its actor id; borders are listed above. */
export function isKnownZone(id: string): boolean {
  return id.startsWith('af_') || isKnownActor(id) || (BORDER_ZONES as readonly string[]).includes(id);
}

/** The built-in action every actor has. */
export const PASS = 'pass';

/** The built-in action every actor has: always legal, free, without a target, changing nothing. */
export const PASS_LEVER: Lever = {
  id: PASS,
  title: 'Pass',
  kind: 'other',
  target: null,
  requires: ALWAYS,
  cost: 0,
  chance: 1000,
  onSuccess: [],
  onFailure: [],
  citations: [],
};
