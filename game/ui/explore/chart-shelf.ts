import type uPlot from 'uplot';
import { type HistogramChartSpec, histogramChart } from './histogram-chart.ts';
import { type IntervalChartSpec, intervalChart } from './interval-chart.ts';

/**
 * The uPlot instances of the result shown. uPlot keeps each instance, with a window listener, until destroy():
 * so every chart of a result is destroyed before the next result is drawn, and only one result's are alive.
 */
export class ChartShelf {
  private plots: uPlot[] = [];

  /** `UPlot`: the library, loaded before anything is shown (uplot-loader.ts). */
  constructor(private readonly UPlot: typeof uPlot) {}

  chart(spec: IntervalChartSpec): HTMLElement {
    return this.kept(intervalChart(this.UPlot, spec));
  }

  histogram(spec: HistogramChartSpec): HTMLElement {
    return this.kept(histogramChart(this.UPlot, spec));
  }

  clear(): void {
    for (const plot of this.plots) plot.destroy();
    this.plots = [];
  }

  private kept({ holder, plot }: { holder: HTMLElement; plot: uPlot }): HTMLElement {
    this.plots.push(plot);
    return holder;
  }
}
