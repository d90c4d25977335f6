import type { ActorFile } from '../../engine/index.ts';
import { capitalise } from '../../text/inputs.ts';
import { vocabulary } from '../../text/vocabulary.ts';

/** How many interests a brief names: a slip of paper has room for a paragraph, not a table. */
const NAMED = 3;

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/**
 * A role's brief in one paragraph, from its actor file: its name as a sentence takes it ("the Taliban want",
 * "the United States wants"), its weightiest interests (ties keep the file's order), and how many moves it has.
 * What the join sheet prints and the student page opens with.
 */
export function roleBrief(
  actor: Pick<ActorFile, 'id' | 'name' | 'interests' | 'levers'>,
  scenarioTitle: string,
): string {
  // An actor the vocabulary does not know is named as its file names it.
  const words = vocabulary.actors[actor.id];
  const who = words?.subject ?? actor.name;
  const interests = actor.interests
    .map((interest, i) => ({ interest, i }))
    .sort((a, b) => b.interest.weight - a.interest.weight || a.i - b.i)
    .slice(0, NAMED)
    .map(({ interest }) => lowerFirst(interest.title));
  const more = actor.interests.length - interests.length;
  const wants =
    interests.length === 0
      ? ''
      : ` ${capitalise(who)} ${words?.plural ? 'want' : 'wants'} above all: ${interests.join('; ')}${more > 0 ? ` (and ${more} more interest${more === 1 ? '' : 's'})` : ''}.`;
  const moves = actor.levers.length;
  return `You play ${who} in “${scenarioTitle}”.${wants} Each turn your team picks one of its ${moves} move${moves === 1 ? '' : 's'} or passes; the rule tables play the actors no one plays.`;
}
