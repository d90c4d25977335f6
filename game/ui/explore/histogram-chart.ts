import type uPlot from 'uplot';
import type { Histogram } from '../../analysis/histogram.ts';
import { el } from '../dom.ts';

/** One chart: a metric's histogram, every variant's counts overlaid on the same bins in its own colour. */
export interface HistogramChartSpec {
  title: string;
  histogram: Histogram;
  /** The variants drawn, in order, each with the name its legend gives it and its colour. */
  variants: { id: string; name: string; colour: string }[];
  width: number;
  height?: number;
}

/**
 * A histogram in uPlot (`UPlot`, as uplot-loader.ts loads it): x is the metric, each variant a stepped outline
 * over the shared bins with a light fill, so that two or three variants stay readable on top of one another.
 * Returns the holder and the instance, which the page destroys before drawing another result.
 */
export function histogramChart(
  UPlot: typeof uPlot,
  spec: HistogramChartSpec,
): { holder: HTMLElement; plot: uPlot } {
  const { edges, counts } = spec.histogram;
  const highest = Math.max(1, ...spec.variants.flatMap((v) => counts[v.id] ?? []));
  const stepped = UPlot.paths.stepped?.({ align: 1 });
  const options: uPlot.Options = {
    title: spec.title,
    width: spec.width,
    height: spec.height ?? 200,
    legend: { show: true, live: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [edges[0] ?? 0, edges[edges.length - 1] ?? 1] },
      y: { range: [0, Math.ceil(highest * 1.1)] },
    },
    axes: [{ grid: { show: false } }, { size: 45, label: 'runs', labelSize: 18 }],
    series: [
      {},
      ...spec.variants.map((v) => ({
        label: v.name,
        stroke: v.colour,
        width: 2,
        fill: `${v.colour}2e`,
        paths: stepped,
        points: { show: false },
      })),
    ],
  };
  // Each count holds from its bin's lower edge to the next; the closing 0 draws the last bin's right side.
  const data: uPlot.AlignedData = [edges, ...spec.variants.map((v) => [...(counts[v.id] ?? []), 0])];
  const holder = el('div', { class: 'ex-chart' });
  const plot = new UPlot(options, data, holder);
  return { holder, plot };
}
