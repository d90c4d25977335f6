import type uPlot from 'uplot';

declare global {
  interface Window {
    uPlot?: typeof uPlot;
  }
}

let loading: Promise<typeof uPlot> | null = null;

/**
 * uPlot for this page, from the text the Debrief button inlines (chart-library.ts, a chunk loaded on demand),
 * run as a classic script that defines `window.uPlot`. Importing the `uplot` module here instead would put it
 * in a chunk shared with the game's page, which the browser runs before the game's locale guard (main.ts).
 */
export function loadUPlot(): Promise<typeof uPlot> {
  loading ??= import('../chart-library.ts').then(({ chartLibrary }) => {
    if (!window.uPlot) {
      const style = document.createElement('style');
      style.textContent = chartLibrary.css;
      const script = document.createElement('script');
      script.textContent = chartLibrary.script;
      document.head.append(style, script);
    }
    if (!window.uPlot) throw new Error('uPlot did not load');
    return window.uPlot;
  });
  return loading;
}
