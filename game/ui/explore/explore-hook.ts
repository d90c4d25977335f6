import type { ExploreSummary } from '../../analysis/explore.ts';
import type { Histogram } from '../../analysis/histogram.ts';
import type { SensitivitySummary } from '../../analysis/sensitivity.ts';

/** What the browser test reads: `window.__greatgameExplore`, the page's state and the result it shows. */
export interface ExploreHook {
  readonly state: 'idle' | 'running' | 'done' | 'stopped' | 'failed';
  readonly done: number;
  readonly total: number;
  readonly workers: number;
  readonly explore: ExploreSummary | null;
  /** The histograms shown (metric -> bins and counts per variant), when the page has the runs. */
  readonly histograms: Record<string, Histogram> | null;
  readonly sensitivity: SensitivitySummary | null;
  readonly error: string | null;
}

declare global {
  interface Window {
    __greatgameExplore: ExploreHook;
  }
}

/** Publishes the hook, replaced whole (and frozen) on every change. */
export function publishExplore(hook: ExploreHook): void {
  window.__greatgameExplore = Object.freeze({ ...hook });
}
