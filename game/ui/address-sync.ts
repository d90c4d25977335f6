import type { ReplayFile } from '../engine/index.ts';
import { encodeShareFragment } from '../replay/share-link.ts';
import { addressOfGame, gameFromAddress } from './address.ts';
import type { Session, StartOptions } from './session.ts';

/**
 * The address bar and the game, kept in step (`history.replaceState`, never a new history entry): the game on
 * start and on leaving a replay, the `#r=` link when a replay loads, and the game the address asks for on
 * opening the page. The reading and writing of the query string itself is address.ts's.
 */

/** Puts the live game's setup in the address bar, so that a reload starts it again (and no share link lingers). */
export function showGameInAddress(session: Session): void {
  const { meta } = session.live.state;
  history.replaceState(null, '', addressOfGame({ ...meta, humans: session.humans }));
}

/** Puts a replay in the address bar: a reload plays the same replay back again, instead of whatever game the address named before. */
export function showReplayInAddress(replay: ReplayFile): void {
  history.replaceState(null, '', `${location.pathname}${encodeShareFragment(replay)}`);
}

/** The setup form's defaults: what the address names. */
export function setupDefaults(): Partial<StartOptions> {
  return gameFromAddress(location.search).options;
}

/**
 * Starts the game the address asks for, if it asks for one. A bad address, or a game that cannot start, is
 * reported (and the setup form opened for the latter) and changes nothing.
 */
export function startFromAddress(
  session: Session,
  start: (options: StartOptions) => string | null,
  openSetup: () => void,
): void {
  const { options, problem: addressProblem } = gameFromAddress(location.search);
  if (addressProblem) session.fail(addressProblem);
  else if (options.scenario) {
    const problem = start({
      scenario: options.scenario,
      variant: options.variant ?? 'baseline',
      seed: options.seed ?? 1,
      humans: options.humans ?? [],
    });
    if (problem) {
      openSetup();
      session.fail(`The address asks for a game that cannot start: ${problem}`);
    }
  }
}
