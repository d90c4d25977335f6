import { type RoleBriefing, roleBriefing } from '../text/briefing.ts';
import { briefingCardsHtml } from '../text/briefing-html.ts';
import { library } from './bundle.ts';
import type { Session } from './session.ts';

/**
 * Opens the printable role briefings of the game shown in a new tab: the human roles' cards, or every role's
 * when the computer plays them all. The page is self-contained HTML, printed with the browser's own Print.
 * False when there is no game, or the browser refused the new tab.
 */
export function openBriefings(session: Session): boolean {
  if (!session.started) return false;
  const { content } = session.shown.prepared;
  const context = {
    briefing: library.scenarios.get(content.id)?.briefing ?? null,
    start: session.records[0],
  };
  const roles = session.humans.length ? session.humans : content.scenario.actors.map((a) => a.id).sort();
  const briefings = roles.flatMap((id): RoleBriefing[] => {
    const briefing = roleBriefing(content, id, context);
    return briefing ? [briefing] : [];
  });
  const url = URL.createObjectURL(
    new Blob([briefingCardsHtml(briefings, content.scenario.start)], { type: 'text/html' }),
  );
  const opened = window.open(url, '_blank');
  // The new tab has read the page by the time it loads; free it a little later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return opened !== null;
}
