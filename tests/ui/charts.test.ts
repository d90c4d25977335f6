import { describe, expect, it } from 'vitest';
import { ChartKeeper, type ChartSpec, monthLabels, monthTick, type Plot } from '../../game/ui/charts.ts';
import { playToEnd } from '../helpers/shipped.ts';

/** A stand-in for uPlot that records what the keeper does with it, and counts the instances alive. */
class FakePlot implements Plot {
  static alive = 0;
  calls: string[] = [];
  destroyed = false;
  constructor(
    readonly spec: ChartSpec,
    public data: unknown,
  ) {
    FakePlot.alive++;
  }
  setData(data: unknown): void {
    this.data = data;
    this.calls.push('setData');
  }
  setSize(size: { width: number; height: number }): void {
    this.calls.push(`setSize ${size.width}`);
  }
  destroy(): void {
    if (this.destroyed) throw new Error('destroyed twice');
    this.destroyed = true;
    FakePlot.alive--;
  }
}

function keeper() {
  FakePlot.alive = 0;
  const made: FakePlot[] = [];
  const charts = new ChartKeeper((spec, data) => {
    const plot = new FakePlot(spec, data);
    made.push(plot);
    return { plot, holder: { title: spec.title, n: made.length } };
  });
  return { charts, made };
}

const spec = (turns: number, labels = ['a', 'b'], width = 300): ChartSpec => ({
  title: 'Indicators',
  turns: Array.from({ length: turns + 1 }, (_, i) => i),
  series: labels.map((label) => ({ label, values: Array.from({ length: turns + 1 }, () => 50) })),
  width,
});

describe('the charts panel keeps one chart per slot across renders', () => {
  it('gives new data to the chart it has, instead of making one per render', () => {
    const { charts, made } = keeper();
    const first = charts.show('indicators', spec(0));
    for (let turn = 1; turn <= 20; turn++) expect(charts.show('indicators', spec(turn))).toBe(first);
    expect(made).toHaveLength(1);
    expect(FakePlot.alive).toBe(1);
    expect(made[0]?.calls.filter((c) => c === 'setData')).toHaveLength(20);
    expect((made[0]?.data as number[][] | undefined)?.[0]).toHaveLength(21);
  });

  it('resizes the chart it has when only the width changed', () => {
    const { charts, made } = keeper();
    charts.show('indicators', spec(1));
    charts.show('indicators', spec(1, ['a', 'b'], 500));
    charts.show('indicators', spec(1, ['a', 'b'], 500));
    expect(made).toHaveLength(1);
    expect(made[0]?.calls).toEqual(['setSize 500', 'setData', 'setData']);
  });

  it('destroys the old chart before making one with other series', () => {
    const { charts, made } = keeper();
    charts.show('indicators', spec(1));
    for (let i = 0; i < 20; i++) charts.show('indicators', spec(1, i % 2 ? ['a', 'b'] : ['a']));
    expect(made).toHaveLength(21);
    expect(made.slice(0, -1).every((p) => p.destroyed)).toBe(true);
    expect(FakePlot.alive).toBe(1);
  });

  it('keeps slots apart and destroys every chart on clear', () => {
    const { charts, made } = keeper();
    charts.show('indicators', spec(2));
    charts.show('scores', { ...spec(2, ['russia', 'us']), title: 'Scores' });
    charts.show('indicators', spec(3));
    expect(made).toHaveLength(2);
    expect(charts.size).toBe(2);
    charts.clear();
    expect(charts.size).toBe(0);
    expect(FakePlot.alive).toBe(0);
  });
});

describe('the charts’ x axis speaks in months, as the rest of the game (second review, finding 40)', () => {
  it('labels the start, then each turn by its month, as the debrief does', () => {
    const game = playToEnd('withdrawal-2021', 3);
    const months = monthLabels(game);
    expect(months.slice(0, 3)).toEqual(['Start', 'Apr 2021', 'May 2021']);
    expect(months.at(-1)).toBe('Feb 2022');
    expect(monthTick(months, 0)).toBe('Start');
    expect(monthTick(months, 6)).toBe('Sep 2021');
    expect(monthTick(months, 1.5), 'nothing between whole turns').toBe('');
    expect(monthTick(months, months.length), 'nothing past the data').toBe('');
  });

  it('gives a chart kept across turns the months of its newest turns', () => {
    FakePlot.alive = 0;
    let labels: () => readonly string[] = () => [];
    const charts = new ChartKeeper((spec, data, months) => {
      labels = months;
      return { plot: new FakePlot(spec, data), holder: spec.title };
    });
    charts.show('scores', { ...spec(1), months: ['Start', 'Apr 2021'] });
    charts.show('scores', { ...spec(2), months: ['Start', 'Apr 2021', 'May 2021'] });
    expect(monthTick(labels(), 2)).toBe('May 2021');
    charts.clear();
  });
});
