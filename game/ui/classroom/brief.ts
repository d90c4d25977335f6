import type { ActorFile } from '../../engine/index.ts';

/** How many interests a brief names: a slip of paper has room for a paragraph, not a table. */
const NAMED = 3;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * A role's brief in one paragraph, from its actor file: its name, its weightiest interests (ties keep the file's
 * order), and how many levers it has. What the join sheet prints and the student page opens with.
 */
export function roleBrief(
  actor: Pick<ActorFile, 'name' | 'interests' | 'levers'>,
  scenarioTitle: string,
): string {
  const interests = actor.interests
    .map((interest, i) => ({ interest, i }))
    .sort((a, b) => b.interest.weight - a.interest.weight || a.i - b.i)
    .slice(0, NAMED)
    .map(({ interest }) => lowerFirst(interest.title));
  const more = actor.interests.length - interests.length;
  const wants =
    interests.length === 0
      ? ''
      : ` ${actor.name} wants above all: ${interests.join('; ')}${more > 0 ? ` (and ${more} more interest${more === 1 ? '' : 's'})` : ''}.`;
  const levers = actor.levers.length;
  return `You play ${actor.name} in “${scenarioTitle}”.${wants} Each turn your team picks one of its ${levers} lever${levers === 1 ? '' : 's'} or passes; the rule tables play the actors no one plays.`;
}
