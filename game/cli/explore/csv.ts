import { KEY_OUTCOMES } from '../../analysis/divergence.ts';
import { type ExplorePlan, inPlanOrder, type RunOutcome } from '../../analysis/explore.ts';

/**
 * One row per run, in plan order: what `greatgame run` needs to play it again (scenario, variant, seed and the
 * reports left out, joined with `|`), the final hash it must reach, then every metric, then the first turn its
 * state differs from the reference's run of the same seed (`diverged_at`, empty if never) and each key outcome
 * (1 if the run ends with it). For a spreadsheet or a notebook. Every field is an id, a file name, a hex hash or an integer, so none needs quoting; a field that
 * would is refused rather than written wrong.
 */
export function outcomesCsv(plan: ExplorePlan, outcomes: readonly RunOutcome[]): string {
  const ordered = [...inPlanOrder(plan, outcomes).values()].flat();
  const metrics = Object.keys(ordered[0]?.metrics ?? {});
  const withoutSource = plan.withoutSource.join('|');
  const field = (value: string | number) => {
    const text = String(value);
    if (/[",\r\n]/.test(text)) throw new Error(`CSV field needs quoting: ${text}`);
    return text;
  };
  const row = (cells: (string | number)[]) => cells.map(field).join(',');
  const lines = [
    row([
      'scenario',
      'variant',
      'seed',
      'without_source',
      'hash',
      ...metrics,
      'diverged_at',
      ...KEY_OUTCOMES.map((k) => k.flag),
    ]),
    ...ordered.map((o) =>
      row([
        plan.scenario,
        o.variant,
        o.seed,
        withoutSource,
        o.hash,
        ...metrics.map((m) => o.metrics[m] ?? 0),
        o.divergedAt ?? '',
        ...KEY_OUTCOMES.map(({ flag }) => (o.keyOutcomes[flag] ? 1 : 0)),
      ]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
