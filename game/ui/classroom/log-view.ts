import type { Library } from '../../content/library.ts';
import type { Citation, Game } from '../../engine/index.ts';
import type { PublicEntry } from '../../protocol/classroom.ts';
import { findEvent } from '../../text/lookup.ts';
import { el, fill } from '../dom.ts';
import { logPanel } from '../log.ts';
import { publicEntryText } from './words.ts';

/**
 * The log as everyone sees it: the session's own record (turns played and why, pauses, takeovers, answered
 * proposals), then the game's log from the single-screen game, with the rule tables' reasons and quotes.
 */
export class LogView {
  readonly element = el('section', { class: 'cl-panel cl-log', id: 'cl-log', 'aria-label': 'Log' });
  private actor: string | null = null;
  private key = '';
  private last: { game: Game | null; entries: readonly PublicEntry[] } = { game: null, entries: [] };

  constructor(
    private readonly library: Library,
    private readonly name: (role: string) => string,
    private readonly openQuote: (citation: Citation) => void,
  ) {}

  /** Redraws when the log grew (or the filter changed): most views change something else. */
  render(game: Game | null, entries: readonly PublicEntry[], force = false): void {
    const key = `${game?.log.length ?? -1}|${entries.length}`;
    if (!force && key === this.key) return;
    this.key = key;
    this.last = { game, entries };
    const session = el(
      'ol',
      { class: 'cl-list', id: 'cl-public-log', reversed: true },
      ...[...entries].reverse().map((e) =>
        el(
          'li',
          { 'data-kind': e.kind },
          publicEntryText(e, this.name, (id) => (game && findEvent(game.prepared, id)?.title) || id),
        ),
      ),
    );
    fill(
      this.element,
      el('h2', {}, 'Log'),
      entries.length ? session : el('p', { class: 'muted' }, 'Nothing has happened in the session yet.'),
      game
        ? logPanel(game, this.library, {
            actor: this.actor,
            openQuote: this.openQuote,
            setActor: (actor) => {
              this.actor = actor;
              this.render(this.last.game, this.last.entries, true);
            },
          })
        : null,
    );
  }
}
