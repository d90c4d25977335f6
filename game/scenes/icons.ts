import { type LeverKind, LeverKinds, PASS, type ScenarioContent } from '../engine/index.ts';

/** A badge: one character drawn in a disc where an action lands, and what it stands for in the legend. */
export interface Badge {
  letter: string;
  meaning: string;
}

/**
 * The badge of each kind of lever (the `kind` of every lever in scenarios/actors/*.json): one letter, since
 * the bundled font has no pictographs and a font the machine happens to have would make the map differ from
 * machine to machine. The legend lists these in this order, so the two cannot drift apart.
 */
export const KIND_BADGES: Readonly<Record<LeverKind, Badge>> = {
  talks: { letter: 'T', meaning: 'talks, contacts' },
  recognition: { letter: 'R', meaning: 'recognition' },
  pressure: { letter: 'P', meaning: 'pressure, refusal' },
  trade: { letter: 'E', meaning: 'trade, energy' },
  humanitarian: { letter: 'H', meaning: 'humanitarian aid' },
  narcotics: { letter: 'N', meaning: 'anti-narcotics' },
  border: { letter: 'B', meaning: 'border guard' },
  troops: { letter: 'M', meaning: 'troops, drills' },
  arms: { letter: 'A', meaning: 'arms, backing' },
  fighting: { letter: 'F', meaning: 'fighting' },
  isisk_strike: { letter: 'S', meaning: 'ISIS-K strike' },
  terror: { letter: 'X', meaning: 'terror attack' },
  isisk_growth: { letter: 'I', meaning: 'ISIS-K growth' },
  withdrawal: { letter: 'W', meaning: 'withdrawal' },
  other: { letter: '•', meaning: 'other action' },
};

/** The badge of an action the content does not know (content loaded from elsewhere), and of kind `other`. */
export const OTHER_ACTION: Badge = KIND_BADGES.other;

/** Every badge the map can draw, in the legend's order: the kinds as the schema lists them, `other` last. */
export const BADGES: readonly Badge[] = LeverKinds.options.map((kind) => KIND_BADGES[kind]);

/** The kind of each actor's levers, by `actor.action`, per content (a content object is never changed). */
const kindsByContent = new WeakMap<ScenarioContent, ReadonlyMap<string, LeverKind>>();

function leverKinds(content: ScenarioContent): ReadonlyMap<string, LeverKind> {
  let kinds = kindsByContent.get(content);
  if (!kinds) {
    kinds = new Map(content.actors.flatMap((a) => a.levers.map((l) => [`${a.id}.${l.id}`, l.kind] as const)));
    kindsByContent.set(content, kinds);
  }
  return kinds;
}

/**
 * The badge for an actor's action in this content: its lever's kind's, or the fallback for a lever the content
 * does not have; none for a pass, which does nothing.
 */
export function badgeFor(content: ScenarioContent, actor: string, action: string): Badge | null {
  if (action === PASS) return null;
  const kind = leverKinds(content).get(`${actor}.${action}`);
  return kind ? KIND_BADGES[kind] : OTHER_ACTION;
}
