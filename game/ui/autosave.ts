import type { Library } from '../content/library.ts';
import type { ContentSource, Game } from '../engine/index.ts';
import type { ReplayWithForecasts } from '../replay/forecasts.ts';
import { describeVerdict } from '../replay/verdict.ts';
import { actorName } from '../text/lookup.ts';
import { monthName } from '../text/words.ts';
import { parseReplay } from './replay-io.ts';
import { replayRecords, type Session } from './session.ts';

/**
 * The browser's one autosave slot (issue 13: "a local game is lost on reload"). It holds the live game's replay
 * file, the same JSON `Download replay` writes, rewritten after every turn; a reload offers to resume it. A save
 * is trusted no more than a dropped file: it is parsed and replayed, and every hash checked, before it is offered.
 */
export const AUTOSAVE_KEY = 'greatgame.autosave';

/** The part of `Storage` the slot needs: localStorage on the page, a Map in tests. */
export interface SaveSlot {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A saved game that replays to the same hashes, ready to go on from its last turn. */
export interface SavedGame {
  replay: ReplayWithForecasts;
  /** records[t] is the game after t turns, as `Session.resume` takes them. */
  records: Game[];
  /** The question the page asks: the scenario, its variants, the turn it stands at, who plays. */
  offer: string;
}

export type SaveRead =
  | { kind: 'none' }
  | { kind: 'saved'; game: SavedGame }
  /** A save that did not parse or verify: it is removed, and `notice` says so in one quiet sentence. */
  | { kind: 'discarded'; notice: string };

/** The page's localStorage, or null where the browser denies it (storage switched off for the site). */
export function pageSlot(): SaveSlot | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** Writes the replay to the slot; false when the browser refuses (storage full or switched off). */
export function writeSave(slot: SaveSlot, replay: ReplayWithForecasts): boolean {
  try {
    slot.setItem(AUTOSAVE_KEY, JSON.stringify(replay));
    return true;
  } catch {
    return false;
  }
}

export function clearSave(slot: SaveSlot): void {
  try {
    slot.removeItem(AUTOSAVE_KEY);
  } catch {
    // A slot that cannot be written holds nothing of ours either.
  }
}

/** The saved game, if there is one that is unfinished and verifies; a bad one is removed. */
export function readSave(slot: SaveSlot, source: ContentSource, library: Library): SaveRead {
  let text: string | null;
  try {
    text = slot.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  const discard = (why: string): SaveRead => {
    clearSave(slot);
    return {
      kind: 'discarded',
      notice: `Your saved game could not be resumed (${why}), so it was set aside.`,
    };
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return discard('it is not a replay file any more');
  }
  const parsed = parseReplay(data, 'the saved game');
  if (!parsed.ok) return discard(parsed.message);
  const played = replayRecords(source, parsed.replay);
  if (!played.ok) return discard(played.message);
  if (played.verdict.kind !== 'verified') return discard(`it ${describeVerdict(played.verdict)}`);
  const live = played.records[played.records.length - 1];
  // A finished game, or one not begun, has nothing to resume: the slot is cleared at the end anyway.
  if (!live || live.log.length === 0 || live.state.meta.phase === 'over') {
    clearSave(slot);
    return { kind: 'none' };
  }
  return {
    kind: 'saved',
    game: { replay: parsed.replay, records: played.records, offer: offerOf(live, library) },
  };
}

/** "Resume your game of Withdrawal and takeover, 2021, at turn 3 of 11 (June 2021)? You play Russia." */
function offerOf(game: Game, library: Library): string {
  const { meta } = game.state;
  const variants =
    meta.variant === 'baseline'
      ? ''
      : ` (${meta.variant
          .split('+')
          .map((id) => library.variants.get(id)?.title ?? id)
          .join('; ')})`;
  const names = game.humans.map((id) => actorName(game.prepared, id));
  const who = names.length ? `You play ${names.join(', ')}.` : 'The rule tables play every actor.';
  const title = game.prepared.content.scenario.title;
  return `Resume your game of ${title}${variants}, at turn ${meta.turn} of ${meta.turns} (${monthName(meta.date)})? ${who}`;
}

/**
 * Keeps the slot in step with the session: the live game is saved after every turn, the slot is cleared when a
 * game starts afresh or ends, and a replay being played back is never saved (it is a file, not your game).
 */
export class Autosave {
  /** The game and turn last written, so that a redraw writes nothing. */
  private written = '';
  /** The last write succeeded: a reload now loses at most the turn being decided. */
  private saved = true;

  constructor(
    private readonly session: Session,
    private readonly slot: SaveSlot,
  ) {
    session.subscribe(() => this.update());
  }

  private update(): void {
    const { session, slot } = this;
    if (!session.started || session.playback) return;
    const key = `${session.gameNumber}/${session.turnsPlayed}/${session.over}`;
    if (key === this.written) return;
    this.written = key;
    if (session.over || session.turnsPlayed === 0) {
      clearSave(slot);
      this.saved = true;
    } else this.saved = writeSave(slot, session.replay());
  }

  /** Leaving the page now would lose something: a decision or forecast of the turn not yet played, or a save the browser refused. */
  get unsaved(): boolean {
    const { session } = this;
    if (!session.started || session.playback || session.over) return false;
    const turn = session.turnsPlayed;
    return (
      (!this.saved && session.decisions.length > 0) ||
      session.decisions.some((d) => d.turn > turn) ||
      session.forecasts.some((f) => f.turn > turn)
    );
  }
}
