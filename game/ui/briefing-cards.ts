import { type RoleBriefing, roleBriefing } from '../text/briefing.ts';
import { briefingCardsHtml } from '../text/briefing-html.ts';
import { library } from './bundle.ts';
import type { Session } from './session.ts';

/**
 * The printable role cards of the game shown, as one self-contained HTML page: the given roles, or the human
 * roles', or every role's when the computer plays them all. Which moves are possible is read at the game's start.
 */
export function briefingPage(session: Session, roles?: readonly string[]): string {
  const { content } = session.shown.prepared;
  const context = {
    briefing: library.scenarios.get(content.id)?.briefing ?? null,
    start: session.records[0],
  };
  const chosen =
    roles ?? (session.humans.length ? session.humans : content.scenario.actors.map((a) => a.id).sort());
  const briefings = chosen.flatMap((id): RoleBriefing[] => {
    const briefing = roleBriefing(content, id, context);
    return briefing ? [briefing] : [];
  });
  return briefingCardsHtml(briefings, content.scenario.start);
}

/**
 * Opens the printable role briefings in a new tab, printed with the browser's own Print.
 * False when there is no game, or the browser refused the new tab.
 */
export function openBriefings(session: Session): boolean {
  if (!session.started) return false;
  const url = URL.createObjectURL(new Blob([briefingPage(session)], { type: 'text/html' }));
  const opened = window.open(url, '_blank');
  // The new tab has read the page by the time it loads; free it a little later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened !== null;
}
