/**
 * Kelly's 22 colours of maximum contrast (Kenneth L. Kelly, "Twenty-two colors for maximum contrast", 1965), in
 * his order, without white and the three palest (yellow, light blue, greenish yellow): those have less than
 * 2:1 contrast on the chart's white and a line drawn in them all but disappears. 18 colours: more than the
 * actors of any scenario.
 */
export const KELLY_COLOURS = [
  '#222222', // black
  '#875692', // purple
  '#F38400', // orange
  '#BE0032', // red
  '#C2B280', // buff
  '#848482', // grey
  '#008856', // green
  '#E68FAC', // purplish pink
  '#0067A5', // blue
  '#F99379', // yellowish pink
  '#604E97', // violet
  '#F6A600', // orange yellow
  '#B3446C', // purplish red
  '#882D17', // reddish brown
  '#8DB600', // yellow green
  '#654522', // yellowish brown
  '#E25822', // reddish orange
  '#2B3D26', // olive green
] as const;

/**
 * Each actor's colour: the palette in the order of every actor id the content knows, sorted, so that an actor
 * keeps its colour from one scenario to the next and no two actors share one. Beyond the palette (more
 * actors than colours), colours repeat, and a test says so for the shipped content.
 */
export function actorColours(allActorIds: readonly string[]): ReadonlyMap<string, string> {
  const sorted = [...new Set(allActorIds)].sort();
  return new Map(sorted.map((id, i) => [id, KELLY_COLOURS[i % KELLY_COLOURS.length] ?? '#222222']));
}

/** A colour's relative luminance (WCAG 2), from `#rrggbb`. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** The contrast ratio of two `#rrggbb` colours (WCAG 2): 1 for the same colour, 21 for black on white. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The letter colour that reads best on a disc filled with `fill`: white on the dark colours, black on the
 * pale ones (buff, yellowish pink, orange yellow), whichever contrasts more.
 */
export function inkOn(fill: string): '#ffffff' | '#000000' {
  return contrast(fill, '#ffffff') >= contrast(fill, '#000000') ? '#ffffff' : '#000000';
}
