import type { ReplayFile } from '../engine/index.ts';
import { debriefReport } from '../text/debrief-report.ts';
import { library, source } from './bundle.ts';
import { downloadFile } from './replay-io.ts';

/**
 * The Debrief button's work (issue 13): the after-action report of a replay, the very page `greatgame debrief`
 * writes, opened in a new tab (or, when the browser refuses one, downloaded). Only uPlot's text, the bulk of
 * it, is loaded on the first press (chart-library.ts). The report's own code stays in the page's chunk: made
 * lazy too, it took the engine and the content along into a shared chunk that runs before main.ts's guards.
 * Returns what went wrong, or null.
 */
export async function openDebrief(replay: ReplayFile): Promise<string | null> {
  const report = debriefReport(source, library, replay);
  if (!report.ok) return `The after-action report cannot be made: ${report.message}`;
  const { chartLibrary } = await import('./chart-library.ts');
  const blob = new Blob([report.html(chartLibrary)], { type: 'text/html' });
  const url = URL.createObjectURL(blob);
  const opened = window.open(url, '_blank');
  // The new tab has read the page by the time it loads; free it a little later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (opened === null)
    downloadFile(
      blob,
      `greatgame-debrief-${replay.scenario}-${replay.seed}-turn${replay.hashes.length}.html`,
    );
  return null;
}
