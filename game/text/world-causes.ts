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

/**
 * The same causes told after the Taliban's gain, which they held back (review 2, finding 2): a student asking
 * why the Taliban gained reads the cause first and the brake second.
 */
const BRAKES: Readonly<Partial<Record<WorldCause, (zones: string) => string>>> = {
  'garrison-holds': (z) => `but the US army held ${z}, which would otherwise have fallen to them`,
  'capital-holds': (z) =>
    `but ${z} held out: the capital falls only after the Taliban have taken the provinces`,
};

/** "North and East", or "most of the country" past three zones, where a list would read as a wall of names. */
const where = (game: Pick<Game, 'prepared'>, zones: readonly string[]) =>
  zones.length > 3 ? 'most of the country' : joined(zones.map((id) => zoneOrActorName(game, id)));

/**
 * "The Taliban gained ground in North and East, where foreign support and order are weak, but the US army held
 * South, which would otherwise have fallen to them." `gains`: the zones where their share rose, those they did
 * not hold and those they ruled already, when known.
 */
export function talibanGainSentence(
  game: Pick<Game, 'prepared'>,
  gains: { gained: readonly string[]; ruled: readonly string[] },
  changes: readonly WorldChange[],
): string {
  const { gained, ruled } = gains;
  const leads = [
    ...(gained.length || !ruled.length
      ? [
          `The Taliban gained ground${gained.length ? ` in ${where(game, gained)}` : ''}, where foreign support and order are weak`,
        ]
      : []),
    ...(ruled.length
      ? [
          `${gained.length ? 'and tightened' : 'The Taliban tightened'} their hold on ${where(game, ruled)}, which they rule`,
        ]
      : []),
  ];
  const brakes = changes.flatMap((c) => {
    const brake = BRAKES[c.cause];
    return brake ? [brake(joined(c.zones.map((id) => zoneOrActorName(game, id))))] : [];
  });
  const others = worldSentences(
    game,
    changes.filter((c) => !BRAKES[c.cause]),
  );
  return [`${[...leads, ...brakes].join(', ')}.`, ...others].join(' ');
}

/** "East and South": zone names joined as a sentence reads them. */
function joined(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The world phase's own changes of one turn, a sentence per cause, in the log's order. */
export function worldSentences(
  game: Pick<Game, 'prepared'>,
  changes: readonly WorldChange[] | undefined,
): string[] {
  return (changes ?? []).map((c) =>
    SENTENCES[c.cause](joined(c.zones.map((id) => zoneOrActorName(game, id)))),
  );
}

/** Which indicators each world cause moves (a takeover also sends people fleeing). */
export const WORLD_MOVES: Readonly<Record<WorldCause, readonly string[]>> = {
  'taliban-takeover': ['taliban_territory', 'refugee_outflow'],
  'garrison-holds': ['taliban_territory'],
  'capital-holds': ['taliban_territory'],
  'isisk-recruits': ['isisk_strength', 'terror_threat_central_asia'],
  'isisk-pressed': ['isisk_strength', 'terror_threat_central_asia'],
  'refugees-flee': ['refugee_outflow'],
  'refugees-return': ['refugee_outflow'],
};

/**
 * The world phase's rule behind an indicator's own movement, in words (game/engine/phases/world.ts and
 * world-zone.ts): what a student reads as the cause of a change no event or move made.
 */
const WORLD_RULES: Readonly<Record<string, string>> = {
  taliban_territory:
    'Each turn the Taliban gain ground where foreign support and order are weak, faster the more they already hold; a zone passes to them at a 60% share unless a US army holds it.',
  isisk_strength:
    'ISIS-K recruits where order is weak, and loses ground where the Taliban rule or a US army holds the zone.',
  refugee_outflow:
    'People leave zones in disorder (stability under 40) and zones that change hands, and return where order holds.',
  northern_route_narcotics:
    'Poppy spreads where order breaks down, and a Taliban ban shrinks it where they rule; the northern route carries what the northern fields grow.',
  opium_output: 'Poppy spreads where order breaks down, and a Taliban ban shrinks it where they rule.',
  terror_threat_central_asia:
    "The threat moves a quarter of the way each turn towards what ISIS-K's strength and the borders' security make it, and border posts slowly lose the edge drills gave them.",
  humanitarian_need:
    "Need moves a quarter of the way each turn towards what the zones' lack of order makes it.",
};

/** The world's rule for an indicator's own movement. */
export function worldRule(indicator: string): string {
  return WORLD_RULES[indicator] ?? "The world's own dynamics moved it.";
}
