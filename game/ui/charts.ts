import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Library } from '../content/library.ts';
import type { Game } from '../engine/index.ts';
import { actorColours } from '../text/actor-colours.ts';
import { indicatorNote, indicatorWords } from '../text/vocabulary.ts';
import { monthName } from '../text/words.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';
import { seriesColour } from './series-colours.ts';

export const DEFAULT_INDICATORS = [
  'taliban_territory',
  'terror_threat_central_asia',
  'russia_influence_central_asia',
  'northern_route_narcotics',
  'russia_taliban_relations',
];

const CHART_HEIGHT = 220;

/** What one chart shows: its title, the x values (turns) and one line per series. */
export interface ChartSpec {
  title: string;
  turns: number[];
  /** The x axis's label of each turn, as the debrief's: "Start", "Apr 2021", ... (none: turn numbers). */
  months?: readonly string[];
  series: ChartSeries[];
  width: number;
}

/** One line: its label and values; its colour and width when they are its own, not the chart's by position. */
export interface ChartSeries {
  label: string;
  values: number[];
  stroke?: string;
  width?: number;
}

/** The part of a uPlot instance that the keeper drives (a fake stands in for it in the unit tests). */
export interface Plot {
  setData(data: uPlot.AlignedData): void;
  setSize(size: { width: number; height: number }): void;
  destroy(): void;
}

/**
 * The charts of the panel, kept from one render to the next. uPlot keeps every instance in a module-level set,
 * with a window listener each, until destroy() is called; so a chart whose title and series are unchanged
 * gets the new data (and width) in place, and one whose series changed is destroyed before its successor is
 * made. At most one chart per slot is ever alive.
 */
export class ChartKeeper<P extends Plot, H> {
  private readonly kept = new Map<
    string,
    { shape: string; width: number; plot: P; holder: H; months: readonly string[] }
  >();

  /** `months()` gives the slot's latest month labels: a chart kept across turns labels its new turns too. */
  constructor(
    private readonly make: (
      spec: ChartSpec,
      data: uPlot.AlignedData,
      months: () => readonly string[],
    ) => { plot: P; holder: H },
  ) {}

  /** The element holding the chart in `slot`, showing `spec`. */
  show(slot: string, spec: ChartSpec): H {
    const data: uPlot.AlignedData = [spec.turns, ...spec.series.map((s) => s.values)];
    const shape = JSON.stringify([spec.title, spec.series.map((s) => [s.label, s.stroke, s.width])]);
    const old = this.kept.get(slot);
    if (old && old.shape === shape) {
      if (old.width !== spec.width) {
        old.plot.setSize({ width: spec.width, height: CHART_HEIGHT });
        old.width = spec.width;
      }
      old.months = spec.months ?? [];
      old.plot.setData(data);
      return old.holder;
    }
    old?.plot.destroy();
    this.kept.delete(slot);
    const made = this.make(spec, data, () => this.kept.get(slot)?.months ?? spec.months ?? []);
    this.kept.set(slot, { shape, width: spec.width, months: spec.months ?? [], ...made });
    return made.holder;
  }

  /** Destroys every chart kept. */
  clear(): void {
    for (const { plot } of this.kept.values()) plot.destroy();
    this.kept.clear();
  }

  /** How many charts are alive. */
  get size(): number {
    return this.kept.size;
  }
}

/** Sets the legend to the last turn (while the cursor is not over the chart: it then shows its own turn). */
function showLatest(u: uPlot): void {
  const last = u.data[0].length - 1;
  if (last >= 0 && u.cursor.idx == null) u.setLegend({ idx: last });
}

/**
 * The scores chart's lines: every actor of the game in its own colour (the same in every scenario), the
 * actors people play drawn thick, named "(you)" (or "(played by a person)" in hot-seat) and drawn last, on top of the others, so that a player always
 * finds their own.
 */
export function scoreSeries(
  game: Game,
  library: Library,
  rows: readonly { scores: Record<string, number> }[],
): ChartSeries[] {
  const colours = actorColours([...library.actors.keys()]);
  const humans = new Set(game.humans);
  const mark = humans.size === 1 ? 'you' : 'played by a person';
  const ids = game.prepared.actorIds;
  return [...ids.filter((id) => !humans.has(id)), ...ids.filter((id) => humans.has(id))].map((id) => ({
    label: humans.has(id) ? `${actorLabel(library, id)} (${mark})` : actorLabel(library, id),
    values: rows.map((r) => r.scores[id] ?? 0),
    stroke: colours.get(id),
    width: humans.has(id) ? 4 : 1.5,
  }));
}

/**
 * The x axis's label of tick `t`: "Start", then the month of turn t ("Sep 2021"); nothing between whole turns
 * or past the data. Without months, the turn's number.
 */
export function monthTick(months: readonly string[], t: number): string {
  if (t !== Math.round(t) || t < 0) return '';
  if (months.length === 0) return String(t);
  return t < months.length ? (months[t] ?? '') : '';
}

/** "Start", "Apr 2021", ...: the labels of the rows of a chart, the start first (as the debrief's charts). */
export function monthLabels(game: Game): string[] {
  return ['Start', ...game.log.map((l) => monthName(l.date).replace(/^(\S{3})\S* /, '$1 '))];
}

/** A uPlot chart in a holder of its own. */
function makeChart(
  spec: ChartSpec,
  data: uPlot.AlignedData,
  months: () => readonly string[],
): { plot: uPlot; holder: HTMLElement } {
  const holder = el('div', { class: 'chart', 'aria-label': spec.title });
  const options: uPlot.Options = {
    title: spec.title,
    width: spec.width,
    height: CHART_HEIGHT,
    scales: { x: { time: false }, y: { range: [0, 100] } },
    // Months, as everywhere else in the game, 80 px apart so that no two labels touch ("Sep 2021").
    axes: [
      {
        label: 'month',
        space: 80,
        incrs: [1, 2, 3, 4, 6, 12, 24, 48],
        values: (_u, ticks) => ticks.map((t) => monthTick(months(), t)),
      },
      {},
    ],
    series: [
      { label: 'month', value: (_u, t) => (t == null ? '' : monthTick(months(), t)) },
      ...spec.series.map((s, i) => ({
        label: s.label,
        stroke: s.stroke ?? seriesColour(i),
        width: s.width ?? 2,
      })),
    ],
    // Away from the cursor the legend shows the latest turn's values, not "--": uPlot clears it when the cursor
    // leaves (and keeps an old turn after new data), so it is set back to the last turn each time.
    hooks: {
      ready: [showLatest],
      setData: [showLatest],
      setLegend: [
        (u) => {
          if (u.legend.idx == null) showLatest(u);
        },
      ],
    },
  };
  return { plot: new uPlot(options, data, holder), holder };
}

/** The panel's two charts, reused across renders (the panel is rebuilt on every render of the page). */
const charts = new ChartKeeper(makeChart);

/**
 * Indicators and the actors' interest scores over the turns of `game` (the record shown); turn 0 is the
 * starting state.
 */
export interface ChartsChoice {
  chosen: readonly string[];
  choose(indicators: string[]): void;
  /** Whether the indicator picker is open: it stays open while indicators are ticked one after another. */
  pickerOpen: boolean;
  setPickerOpen(open: boolean): void;
}

export function chartsPanel(game: Game, library: Library, choice: ChartsChoice, width: number): HTMLElement {
  const { chosen, choose } = choice;
  const rows = [
    {
      indicators: game.initial.indicators,
      scores: Object.fromEntries(Object.entries(game.initial.actors).map(([id, a]) => [id, a.score])),
    },
    ...game.log,
  ];
  const turns = rows.map((_, i) => i);
  const months = monthLabels(game);
  const names = Object.keys(game.state.indicators);
  const picker = el(
    'details',
    { open: choice.pickerOpen },
    el('summary', {}, 'Indicators shown'),
    el(
      'div',
      { class: 'choices' },
      ...names.map((name) =>
        el(
          'label',
          { title: indicatorNote(name) },
          el('input', {
            type: 'checkbox',
            checked: chosen.includes(name),
            onchange: (e: Event) =>
              choose(
                (e.target as HTMLInputElement).checked ? [...chosen, name] : chosen.filter((n) => n !== name),
              ),
          }),
          ` ${indicatorWords(name).label}`,
        ),
      ),
    ),
  );
  const indicators = charts.show('indicators', {
    title: 'Indicators (0-100)',
    turns,
    months,
    series: chosen.map((name) => ({
      label: indicatorWords(name).label,
      values: rows.map((r) => r.indicators[name] ?? 0),
    })),
    width,
  });
  const scores = charts.show('scores', {
    title: 'Interest scores (how well each actor stands)',
    turns,
    months,
    series: scoreSeries(game, library, rows),
    width,
  });
  picker.addEventListener('toggle', () => choice.setPickerOpen(picker.open));
  return el('div', {}, picker, indicators, scores);
}
