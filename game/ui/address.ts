import { SEED_EXPECTED, seedFromText } from '../content/seed-text.ts';
import type { StartOptions } from './session.ts';

/** The game an address asks for: what it names, and what is wrong with it (null when nothing is). */
export interface AddressGame {
  options: Partial<StartOptions>;
  problem: string | null;
}

/**
 * Reads `?scenario=&variant=&seed=&humans=` from a query string. Only the seed is checked here: whether the
 * scenario, variant and actors exist is the session's to say, as it is for the setup form.
 */
export function gameFromAddress(search: string): AddressGame {
  const q = new URLSearchParams(search);
  const seedText = q.get('seed');
  const seed = seedText === null ? undefined : seedFromText(seedText);
  const humans = q.get('humans');
  const options: Partial<StartOptions> = {
    scenario: q.get('scenario') ?? undefined,
    // An address bar turns a typed `+` into a space; variant ids have no spaces, so it was a `+` (a+b).
    variant: q.get('variant')?.replaceAll(' ', '+') ?? undefined,
    seed: seed ?? undefined,
    humans: humans === null ? undefined : humans.split(',').filter(Boolean),
  };
  const problem = seed === null ? `?seed=${seedText}: the seed must be ${SEED_EXPECTED}` : null;
  return { options, problem };
}

/** The query string that starts this game again, so that a reload or a bookmark brings it back. */
export function addressOfGame(game: StartOptions): string {
  const query = new URLSearchParams({
    scenario: game.scenario,
    variant: game.variant,
    seed: String(game.seed),
    humans: game.humans.join(','),
  });
  return `?${query}`;
}
