import script from 'uplot/dist/uPlot.iife.min.js?raw';
import css from 'uplot/dist/uPlot.min.css?raw';
import type { ChartLibrary } from '../text/debrief-html.ts';

/** uPlot's own files as text, for the after-action report to inline: a chunk of its own, loaded on demand. */
export const chartLibrary: ChartLibrary = { script, css };
