import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Histogram, histogramOf, histogramsOf, MAX_BINS } from '../../game/analysis/histogram.ts';
import { openSweepFile } from '../../game/analysis/open-sweep-file.ts';

/**
 * The explore page's histograms: bins shared by every variant, which depend only on the values, and counts
 * that are the CLI's own runs. The bins are built from a CSV that `greatgame explore --csv` wrote and checked
 * against its cells, counted here without the code under test.
 */
const VARIANTS = ['baseline', 'us-stays', 'early-recognition'];
const RUNS = 30;
let dir: string;
let csv: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'greatgame-histogram-'));
  const file = join(dir, 'runs.csv');
  execFileSync(
    process.execPath,
    [
      'bin/greatgame.mjs',
      ...[
        'explore',
        '--scenario',
        'withdrawal-2021',
        '--variants',
        VARIANTS.join(','),
        '--runs',
        String(RUNS),
      ],
      ...['--csv', file],
    ],
    { encoding: 'utf8' },
  );
  csv = readFileSync(file, 'utf8');
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The CSV's cells by column name, read with a plain split. */
function columnsOf(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [head = '', ...lines] = text.trimEnd().split('\n');
  const header = head.split(',');
  return {
    header,
    rows: lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [header[i], cell]))),
  };
}

function csvHistograms(): Record<string, Histogram> {
  const read = openSweepFile('runs.csv', csv);
  if (read.kind !== 'explore' || !read.runs) throw new Error(`not the runs of a sweep: ${read.kind}`);
  return histogramsOf(read.summary.variants, read.runs);
}

describe('the histograms of a sweep', () => {
  it("count each variant's runs of the CLI's CSV in the bin their value falls in, for every metric", () => {
    const { header, rows } = columnsOf(csv);
    const metrics = header.slice(header.indexOf('hash') + 1, header.indexOf('diverged_at'));
    const histograms = csvHistograms();
    expect(Object.keys(histograms)).toEqual(metrics);
    for (const metric of metrics) {
      const h = histograms[metric] as Histogram;
      expect(Object.keys(h.counts)).toEqual(VARIANTS);
      for (const variant of VARIANTS) {
        const values = rows.filter((r) => r.variant === variant).map((r) => Number(r[metric]));
        expect(values).toHaveLength(RUNS);
        const expected = h.edges
          .slice(0, -1)
          .map((low, i) => values.filter((v) => low <= v && v < (h.edges[i + 1] as number)).length);
        expect(h.counts[variant], `${metric} under ${variant}`).toEqual(expected);
        expect(expected.reduce((a, b) => a + b, 0)).toBe(RUNS);
      }
    }
  });

  it('have bins of one nice width from at or below the least value to above the greatest, at most 20', () => {
    const { rows } = columnsOf(csv);
    for (const [metric, h] of Object.entries(csvHistograms())) {
      const values = rows.map((r) => Number(r[metric]));
      const width = (h.edges[1] as number) - (h.edges[0] as number);
      expect(h.edges.length - 1).toBeLessThanOrEqual(MAX_BINS);
      expect(h.edges.every((e, i) => i === 0 || e - (h.edges[i - 1] as number) === width)).toBe(true);
      // Every metric of the game is a whole number, so the widths are whole: 1, 2, 5, 10...
      expect([1, 2, 5, 10, 20, 50]).toContain(width);
      expect(h.edges[0]).toBeLessThanOrEqual(Math.min(...values));
      expect((h.edges[0] as number) % width).toBe(0);
      expect(h.edges[h.edges.length - 1]).toBeGreaterThan(Math.max(...values));
      expect(h.edges[h.edges.length - 2]).toBeLessThanOrEqual(Math.max(...values));
    }
  });

  it('depend on the values alone, not on the order of the runs', () => {
    const read = openSweepFile('runs.csv', csv);
    if (read.kind !== 'explore' || !read.runs) throw new Error('not the runs of a sweep');
    const shuffled = [...read.runs].sort((a, b) => (a.hash < b.hash ? -1 : 1));
    expect(histogramsOf(read.summary.variants, shuffled)).toEqual(csvHistograms());
  });

  it('share the bins between variants, the smallest nice width that fits', () => {
    expect(
      histogramOf(
        new Map([
          ['a', [60, 61, 88]],
          ['b', [70]],
        ]),
      ),
    ).toEqual({
      edges: [60, 62, 64, 66, 68, 70, 72, 74, 76, 78, 80, 82, 84, 86, 88, 90],
      counts: {
        a: [2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
        b: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      },
    });
    // 0 to 100 in bins of 5 would need 21 (100 opens the last), so the width is 10.
    expect(histogramOf(new Map([['a', [0, 100]]])).edges).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110,
    ]);
    expect(histogramOf(new Map([['a', [5, 5, 5]]]))).toEqual({ edges: [5, 6], counts: { a: [3] } });
  });

  it('put a fraction on an edge in the bin it opens, whatever the float noise', () => {
    const h = histogramOf(new Map([['a', [0.1, 0.2, 0.3, 0.7]]]));
    expect(h.edges.slice(0, 5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3]);
    expect(h.counts.a?.slice(0, 5)).toEqual([1, 0, 1, 0, 1]);
    expect(h.counts.a?.reduce((x, y) => x + y, 0)).toBe(4);
  });

  it('counts the largest sweep the page plays (400,000 games) in one call', () => {
    const values = Array.from({ length: 400_000 }, (_, i) => i % 101);
    const h = histogramOf(new Map([['a', values]]));
    expect(h.counts.a?.reduce((x, y) => x + y, 0)).toBe(400_000);
    expect(h.edges[0]).toBe(0);
  });

  it('refuses a value that is not a finite number', () => {
    expect(() => histogramOf(new Map([['a', [1, Number.NaN]]]))).toThrow('a histogram needs finite values');
  });
});
