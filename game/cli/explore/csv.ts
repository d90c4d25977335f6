import type { RunOutcome } from '../../content/explore.ts';

/**
 * One row per run (variant, seed, the final hash, then every metric), in variant then seed order: the raw
 * outcomes, for a spreadsheet or a notebook. Every field is an id, a hex hash or an integer, so none needs
 * quoting; a field that would is refused rather than written wrong.
 */
export function outcomesCsv(variants: readonly string[], outcomes: readonly RunOutcome[]): string {
  const metrics = Object.keys(outcomes[0]?.metrics ?? {});
  const order = new Map(variants.map((v, i) => [v, i]));
  const sorted = [...outcomes].sort(
    (a, b) => (order.get(a.variant) ?? 0) - (order.get(b.variant) ?? 0) || a.seed - b.seed,
  );
  const field = (value: string | number) => {
    const text = String(value);
    if (/[",\r\n]/.test(text)) throw new Error(`CSV field needs quoting: ${text}`);
    return text;
  };
  const lines = [
    ['variant', 'seed', 'hash', ...metrics].map(field).join(','),
    ...sorted.map((o) =>
      [o.variant, o.seed, o.hash, ...metrics.map((m) => o.metrics[m] ?? 0)].map(field).join(','),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
