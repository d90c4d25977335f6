import { buildDebrief, type Debrief } from '../analysis/debrief.ts';
import type { Library } from '../content/library.ts';
import type { ContentSource, ReplayFile } from '../engine/index.ts';
import { replayFitProblem } from '../replay/replay-fit.ts';
import { type ChartLibrary, debriefHtml } from './debrief-html.ts';

/** The after-action report of a replay, or why there is none. */
export type DebriefReport =
  | { ok: true; debrief: Debrief; html(chartLibrary: ChartLibrary): string }
  | {
      ok: false;
      /** `unfit`: the file cannot be played here (bad usage); `unverified`: it was played and diverged. */
      kind: 'unfit' | 'unverified';
      message: string;
    };

/**
 * One way from a replay to its report, for `greatgame debrief` and the browser's Debrief button alike: the
 * same checks, the same data, the same page. Only uPlot's text differs in where it comes from (the CLI reads
 * node_modules, the browser bundles it), so the caller hands it to `html`.
 */
export function debriefReport(source: ContentSource, library: Library, replay: ReplayFile): DebriefReport {
  const unfit = replayFitProblem(source, replay);
  if (unfit) return { ok: false, kind: 'unfit', message: unfit };
  const built = buildDebrief(source, library, replay);
  if (!built.ok) return { ok: false, kind: 'unverified', message: built.message };
  const { debrief } = built;
  return { ok: true, debrief, html: (chartLibrary) => debriefHtml(debrief, replay, chartLibrary) };
}
