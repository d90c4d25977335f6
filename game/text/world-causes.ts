import type { Game, WorldCause, WorldChange } from '../engine/index.ts';
import { zoneOrActorName } from './words.ts';

/** What each world dynamic did, as a sentence with the zones it acted in (issue 12: no change without a cause). */
const SENTENCES: Readonly<Record<WorldCause, (zones: string) => string>> = {
  'taliban-takeover': (z) => `The Taliban took ${z}: their share reached 60%, and no US army held it.`,
  'garrison-holds': (z) => `The US army held ${z}, which would otherwise have fallen to the Taliban.`,
  'capital-holds': (z) => `${z} held out: the capital falls only after the Taliban have taken the provinces.`,
  'isisk-recruits': (z) => `ISIS-K recruited in ${z}, where order is weak.`,
  'isisk-pressed': (z) => `ISIS-K lost ground in ${z}, pressed by the Taliban or a US army.`,
  'refugees-flee': (z) => `People fled the disorder in ${z}.`,
  'refugees-return': (z) => `Refugees went home to ${z}, where order holds.`,
};

/** "East and South": zone names joined as a sentence reads them. */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The world phase's own changes of one turn, a sentence per cause, in the log's order. */
export function worldSentences(game: Game, changes: readonly WorldChange[] | undefined): string[] {
  return (changes ?? []).map((c) =>
    SENTENCES[c.cause](joined(c.zones.map((id) => zoneOrActorName(game, id)))),
  );
}
