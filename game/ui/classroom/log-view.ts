import { summaryBetween, type TurnSummary } from '../../analysis/turn-summary.ts';
import type { Library } from '../../content/library.ts';
import type { Citation, Game } from '../../engine/index.ts';
import type { PublicEntry } from '../../protocol/classroom.ts';
import { findEvent } from '../../text/lookup.ts';
import { el, fill } from '../dom.ts';
import { keepingPlace } from '../keep-place.ts';
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
  /** The latest view's game, as the next turn will be played from it (a teacher's event included). */
  private latest: Game | null = null;
  /** What happened in the last turn this page saw played: none after a reload until the next one. */
  private summary: TurnSummary | null = null;

  /** `humans`: the roles whose moves are "yours" (a student's own role; the students' roles for the teacher). */
  constructor(
    private readonly library: Library,
    private readonly name: (role: string) => string,
    private readonly openQuote: (citation: Citation) => void,
    private readonly humans: () => readonly string[] = () => [],
  ) {}

  /** Redraws when the log grew (or the filter changed): most views change something else. */
  render(game: Game | null, entries: readonly PublicEntry[], force = false): void {
    const latest = this.latest;
    if (game !== latest) {
      const next = latest && game?.log.length === latest.log.length + 1;
      if (next) this.summary = summaryBetween(latest, game, this.humans());
      else if (game?.log.length !== latest?.log.length) this.summary = null;
      this.latest = game;
    }
    const key = `${game?.log.length ?? -1}|${entries.length}`;
    if (!force && key === this.key) return;
    this.key = key;
    this.last = { game, entries };
    const scroller = document.scrollingElement ?? document.documentElement;
    keepingPlace(scroller, this.element, () => this.draw(game, entries));
  }

  private draw(game: Game | null, entries: readonly PublicEntry[]): void {
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
        ? logPanel({ ...game, humans: this.humans() }, this.library, {
            actor: this.actor,
            summary: this.summary?.turn === game.log.length ? this.summary : null,
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
