import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { playScripted } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { actorColours } from '../../game/text/actor-colours.ts';
import { chartData, DRAW, LOCALE_GUARD } from '../../game/text/debrief-html.ts';
import { debriefReport } from '../../game/text/debrief-report.ts';
import { usableLanguage } from '../../game/text/language-tag.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * The report's own chart script, run as a browser would run it: first its locale guard, then uPlot (here a
 * stand-in that keeps the options it is given), then the drawing code.
 */
const DECISIONS = [{ turn: 1, actor: 'russia', action: 'convene_talks', target: null }];

function report() {
  const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, DECISIONS, 11);
  if (!played.ok) throw new Error(played.error.message);
  const made = debriefReport(shipped, library, replayOf(played.game, DECISIONS, ENGINE_VERSION));
  if (!made.ok) throw new Error(made.message);
  return made;
}

interface Axis {
  space: number;
  incrs: number[];
  values(u: unknown, ticks: number[]): string[];
}
interface Drawn {
  axes: Axis[];
  series: { label: string; stroke?: string; width?: number }[];
}

function draw(data: unknown): Drawn[] {
  const drawn: Drawn[] = [];
  const document = {
    getElementById: (id: string) => (id === 'debrief-data' ? { textContent: JSON.stringify(data) } : {}),
    querySelector: () => ({ clientWidth: 680 }),
  };
  function uPlot(opts: Drawn) {
    drawn.push(opts);
  }
  runInNewContext(DRAW, { document, uPlot });
  return drawn;
}

describe('the report guards against a language tag Intl refuses, as the game page does', () => {
  it.each(['en-US@posix', 'en_US.UTF-8', 'de-DE', 'x@@'])(
    'shows uPlot a tag Intl takes for %s, the same the page would',
    (tag) => {
      const navigator = { language: tag, languages: [tag] };
      runInNewContext(LOCALE_GUARD, { navigator, Intl, Object, String });
      expect(navigator.language).toBe(usableLanguage(tag));
      expect(() => new Intl.NumberFormat(navigator.language)).not.toThrow();
    },
  );

  it('runs its guard before uPlot loads', () => {
    const html = report().html({ script: 'var uPlot = "UPLOT-HERE";', css: '' });
    expect(html.indexOf(LOCALE_GUARD)).toBeGreaterThan(0);
    expect(html.indexOf(LOCALE_GUARD)).toBeLessThan(html.indexOf('UPLOT-HERE'));
  });
});

describe("the report's charts", () => {
  const { debrief } = report();
  const [scores, indicators] = draw(chartData(debrief));

  it('label the x axis with whole turns only, each month once, the first point as the start', () => {
    const axis = scores?.axes[0];
    expect(axis?.incrs.every(Number.isInteger)).toBe(true);
    expect(axis?.space).toBeGreaterThanOrEqual(70);
    const ticks = debrief.series.turns;
    const labels = axis?.values(null, ticks) ?? [];
    expect(labels[0]).toBe('Start');
    expect(labels[1]).toBe('Apr 2021');
    expect(new Set(labels).size).toBe(labels.length);
    expect(axis?.values(null, [0.5, 1.5])).toEqual(['', '']);
  });

  it("draw each actor in its fixed colour, the game page's, the person's role thick and last", () => {
    const colours = actorColours([...library.actors.keys()]);
    const lines = scores?.series.slice(1) ?? [];
    expect(lines).toHaveLength(debrief.series.scores.length);
    for (const s of debrief.series.scores) {
      const line = lines.find((l) => l.label.startsWith(s.name));
      expect(line?.stroke).toBe(colours.get(s.id));
    }
    expect(new Set(lines.map((l) => l.stroke)).size).toBe(lines.length);
    expect(lines.at(-1)).toMatchObject({ label: 'Russia (played by a person)', width: 3.5 });
  });

  it('draw the indicators in distinct colours', () => {
    const lines = indicators?.series.slice(1) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    const styles = new Set(lines.map((l) => `${l.stroke}${JSON.stringify((l as { dash?: unknown }).dash)}`));
    expect(styles.size).toBe(lines.length);
  });
});
