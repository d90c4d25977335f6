import { describe, expect, it } from 'vitest';
import { newGame } from '../../game/engine/index.ts';
import { actorColours, KELLY_COLOURS } from '../../game/text/actor-colours.ts';
import { scoreSeries } from '../../game/ui/charts.ts';
import { library, shipped } from '../helpers/shipped.ts';

/** WCAG relative luminance of a #RRGGBB colour, and its contrast ratio on white. */
function contrastOnWhite(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}

function game(scenario: string, humans: string[]) {
  const made = newGame(shipped, { scenario, variant: 'baseline', seed: 1, humans });
  if (!made.ok) throw new Error(made.error.message);
  return made.game;
}

const rows = [{ scores: {} as Record<string, number> }];

describe('the scores chart gives every actor a colour of its own', () => {
  it('has a distinct colour for every actor the content knows, none too pale to see on white', () => {
    const ids = [...library.actors.keys()];
    const colours = actorColours(ids);
    expect(ids.length).toBeLessThanOrEqual(KELLY_COLOURS.length);
    expect(new Set(ids.map((id) => colours.get(id))).size).toBe(ids.length);
    for (const id of ids) expect(contrastOnWhite(colours.get(id) ?? ''), id).toBeGreaterThanOrEqual(2);
  });

  it('draws no two actors of a scenario in one colour, and an actor in the same colour in every scenario', () => {
    const seen = new Map<string, string>();
    for (const scenario of ['moscow-format-2016', 'withdrawal-2021', 'emirate-2022']) {
      const series = scoreSeries(game(scenario, []), library, rows);
      expect(new Set(series.map((s) => s.stroke)).size, scenario).toBe(series.length);
      for (const s of series) {
        expect(seen.get(s.label) ?? s.stroke, s.label).toBe(s.stroke);
        seen.set(s.label, s.stroke ?? '');
      }
    }
  });

  it('always shows the player’s actor, named, thicker than the others and drawn last, on top', () => {
    const series = scoreSeries(game('withdrawal-2021', ['russia']), library, rows);
    const last = series[series.length - 1];
    expect(last?.label).toBe('Russia (you)');
    expect(series.filter((s) => s.label.includes('(you)'))).toHaveLength(1);
    for (const s of series.slice(0, -1)) expect(s.width ?? 0).toBeLessThan(last?.width ?? 0);
    expect(series).toHaveLength(game('withdrawal-2021', []).prepared.actorIds.length);
  });
});
