import type { Library } from '../content/library.ts';
import { sourceLabel } from '../content/sources.ts';
import { whatIfQuestion } from '../text/vocabulary.ts';

/**
 * What the start page says to a newcomer (issue 13, review 2 finding 47): what the game is and what the player
 * does, what a seed is, what the variants are. Plain words: no command names, no code.
 */
export const SETUP_WORDS = {
  intro:
    'A game about Russia’s policy towards Afghanistan, drawn from five research reports. You play one actor, most often Russia. Each turn (a month or a quarter) you choose one move; the computer plays every other actor by rules taken from the reports, and the dice decide whether risky moves work. At the end you see how well each actor’s interests stand, and how your game compares with what really happened.',
  seed: 'The seed sets the dice: the same seed with the same moves replays the same game, so a class can play the same world.',
  variants:
    'Variants: leave them all unticked to play the history as recorded. Each one changes one thing, to ask “what if?”; point at one to read its question.',
  humans: 'Played by people (pick your role; the computer plays the rest by the reports’ rules)',
  explore:
    'play every variant many times in this browser and compare how the games end, or open a collection of games saved earlier.',
} as const;

/** A variant's tooltip: its "What if ...?" question and the passage of the reports that raises it. */
export function variantTooltip(library: Library, id: string, title: string): string {
  const variant = library.variants.get(id);
  const question = whatIfQuestion(id, title);
  if (!variant) return question;
  return `${question} From the reports: “${variant.question.quote}” (${sourceLabel(variant.question.source)})`;
}
