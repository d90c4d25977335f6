/**
 * The colours of the game's chart series, by position: Okabe-Ito, then greys, distinct for readers with colour
 * blindness. The game's indicator charts and the explore page's variants both take them in this order.
 */
export const SERIES_COLOURS = [
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
] as const;

/** The colour of the i-th series (the i-th variant of a sweep, the reference first). */
export const seriesColour = (i: number): string => SERIES_COLOURS[i % SERIES_COLOURS.length] ?? '#777777';
