import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Library } from '../content/library.ts';
import type { Game } from '../engine/index.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';

/** Okabe-Ito colours, then greys: distinct for readers with colour blindness. */
const LINE_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#777777',
  '#AAAAAA',
];

export const DEFAULT_INDICATORS = [
  'taliban_territory',
  'terror_threat_central_asia',
  'russia_influence_central_asia',
  'northern_route_narcotics',
  'russia_taliban_relations',
];

function chart(
  title: string,
  turns: number[],
  series: { label: string; values: number[] }[],
  width: number,
): HTMLElement {
  const holder = el('div', { class: 'chart', 'aria-label': title });
  const options: uPlot.Options = {
    title,
    width,
    height: 220,
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [{ label: 'turn', incrs: [1, 2, 5, 10] }, {}],
    series: [
      { label: 'turn' },
      ...series.map((s, i) => ({ label: s.label, stroke: LINE_COLOURS[i % LINE_COLOURS.length], width: 2 })),
    ],
  };
  new uPlot(options, [turns, ...series.map((s) => s.values)], holder);
  return holder;
}

/**
 * Indicators and the actors' interest scores over the turns up to the one shown. `record(t)` is the game after
 * t turns; turn 0 is the starting state.
 */
export function chartsPanel(
  game: Game,
  library: Library,
  chosen: readonly string[],
  choose: (indicators: string[]) => void,
  width: number,
): HTMLElement {
  const rows = [
    {
      indicators: game.initial.indicators,
      scores: Object.fromEntries(Object.entries(game.initial.actors).map(([id, a]) => [id, a.score])),
    },
    ...game.log,
  ];
  const turns = rows.map((_, i) => i);
  const names = Object.keys(game.state.indicators);
  const picker = el(
    'details',
    {},
    el('summary', {}, 'Indicators shown'),
    el(
      'div',
      { class: 'choices' },
      ...names.map((name) =>
        el(
          'label',
          {},
          el('input', {
            type: 'checkbox',
            checked: chosen.includes(name),
            onchange: (e: Event) =>
              choose(
                (e.target as HTMLInputElement).checked ? [...chosen, name] : chosen.filter((n) => n !== name),
              ),
          }),
          ` ${name}`,
        ),
      ),
    ),
  );
  const indicators = chart(
    'Indicators (0-100)',
    turns,
    chosen.map((name) => ({ label: name, values: rows.map((r) => r.indicators[name] ?? 0) })),
    width,
  );
  const scores = chart(
    'Interest scores (how well each actor stands)',
    turns,
    game.prepared.actorIds.map((id) => ({
      label: actorLabel(library, id),
      values: rows.map((r) => r.scores[id] ?? 0),
    })),
    width,
  );
  return el('div', {}, picker, indicators, scores);
}
