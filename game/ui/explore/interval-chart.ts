import type uPlot from 'uplot';
import { el } from '../dom.ts';

/** One category's value and the range drawn around it (a spread's p5-p95, or a 95% interval). */
export interface IntervalPoint {
  label: string;
  mean: number;
  low: number;
  high: number;
  /** A box drawn inside the whisker (a spread's mean plus and minus one standard deviation). */
  box?: { low: number; high: number };
  /** The dot's colour (a variant's), where it is not the chart's accent. */
  colour?: string;
}

/** What one chart shows: categories along x, each a dot (or a bar) with a whisker from low to high. */
export interface IntervalChartSpec {
  title: string;
  points: IntervalPoint[];
  /** Bars from zero instead of dots, and the zero line: for effects and differences. */
  bars?: boolean;
  zeroLine?: boolean;
  width: number;
  height?: number;
}

const INK = '#1d1d1d';
const ACCENT = '#0072B2';

/** The y range: every whisker, zero when the chart has a zero line or bars, a little room above and below. */
function yRange(spec: IntervalChartSpec): [number, number] {
  const values = spec.points.flatMap((p) => [
    p.low,
    p.high,
    p.mean,
    p.box?.low ?? p.mean,
    p.box?.high ?? p.mean,
  ]);
  if (spec.bars || spec.zeroLine) values.push(0);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low || Math.abs(high) || 1) * 0.08;
  return [low - pad, high + pad];
}

/** Draws each whisker, and the zero line, over the plot: uPlot has no error bars of its own. */
function drawWhiskers(spec: IntervalChartSpec) {
  return (u: uPlot) => {
    const { ctx } = u;
    ctx.save();
    ctx.lineWidth = 1.5 * devicePixelRatio;
    if (spec.zeroLine) {
      const y = u.valToPos(0, 'y', true);
      ctx.strokeStyle = '#999';
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, y);
      ctx.lineTo(u.bbox.left + u.bbox.width, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.strokeStyle = INK;
    const cap = 5 * devicePixelRatio;
    spec.points.forEach((p, i) => {
      const x = u.valToPos(i, 'x', true);
      const top = u.valToPos(p.high, 'y', true);
      const bottom = u.valToPos(p.low, 'y', true);
      ctx.beginPath();
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
      ctx.moveTo(x - cap, top);
      ctx.lineTo(x + cap, top);
      ctx.moveTo(x - cap, bottom);
      ctx.lineTo(x + cap, bottom);
      ctx.stroke();
      if (p.box) {
        const boxTop = u.valToPos(p.box.high, 'y', true);
        const boxBottom = u.valToPos(p.box.low, 'y', true);
        ctx.fillStyle = `${ACCENT}33`;
        ctx.fillRect(x - 2 * cap, boxTop, 4 * cap, boxBottom - boxTop);
        ctx.strokeRect(x - 2 * cap, boxTop, 4 * cap, boxBottom - boxTop);
      }
      if (!spec.bars && p.colour) {
        // A dot of its own colour, over the whisker: uPlot colours a series' points alike.
        ctx.fillStyle = p.colour;
        ctx.beginPath();
        ctx.arc(x, u.valToPos(p.mean, 'y', true), 4.5 * devicePixelRatio, 0, 2 * Math.PI);
        ctx.fill();
      }
    });
    ctx.restore();
  };
}

/**
 * A chart of categories with intervals, in uPlot (`UPlot`, as uplot-loader.ts loads it): x is the category's index, named by its label. Returns the
 * holder and the instance, which the page destroys before drawing another result (each one holds a window
 * listener until then).
 */
export function intervalChart(
  UPlot: typeof uPlot,
  spec: IntervalChartSpec,
): { holder: HTMLElement; plot: uPlot } {
  const labels = spec.points.map((p) => p.label);
  const xs = labels.map((_, i) => i);
  const long = labels.some((l) => l.length > 8) && labels.length > 3;
  const options: uPlot.Options = {
    title: spec.title,
    width: spec.width,
    height: spec.height ?? 220,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false, range: [-0.6, labels.length - 0.4] }, y: { range: () => yRange(spec) } },
    axes: [
      {
        splits: () => xs,
        values: (_u, splits) => splits.map((s) => labels[s] ?? ''),
        rotate: long ? -35 : 0,
        // A rotated label needs room below the plot for its length (about 0.6 of the 12 px font per letter).
        size: long ? Math.min(200, 20 + 7 * Math.max(...labels.map((l) => l.length))) : 40,
        grid: { show: false },
      },
      { size: 55 },
    ],
    series: [
      {},
      spec.bars
        ? {
            label: 'mean',
            stroke: ACCENT,
            fill: `${ACCENT}88`,
            paths: UPlot.paths.bars?.({ size: [0.6, 60] }),
            points: { show: false },
          }
        : {
            label: 'mean',
            stroke: ACCENT,
            paths: () => null,
            // Coloured dots are drawn with the whiskers instead.
            points: { show: !spec.points.some((p) => p.colour), size: 9, fill: ACCENT },
          },
    ],
    hooks: { draw: [drawWhiskers(spec)] },
  };
  const holder = el('div', { class: 'ex-chart' });
  const plot = new UPlot(options, [xs, spec.points.map((p) => p.mean)], holder);
  return { holder, plot };
}
