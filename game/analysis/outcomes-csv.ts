import { KEY_OUTCOMES } from './divergence.ts';
import { type ExplorePlan, inPlanOrder, type RunOutcome, summarise } from './explore.ts';
import type { SweepOutput } from './sweep-output.ts';

/** The columns before the metrics: what `greatgame run` needs to play a run again, and the hash it must reach. */
export const CSV_HEAD = ['scenario', 'variant', 'seed', 'without_source', 'hash'] as const;
/** The columns after the metrics: the first turn a run's state differs from its reference's, and each key outcome. */
export const CSV_TAIL = ['diverged_at', ...KEY_OUTCOMES.map((k) => k.flag)] as const;

/**
 * What `explore --csv` writes (and the explore page downloads): one row per run, in plan order, the scenario,
 * variant, seed and the reports left out (joined with `|`), the final hash, then every metric, then the first
 * turn its state differs from the reference's run of the same seed (`diverged_at`, empty if never) and each key
 * outcome (1 if the run ends with it). For a spreadsheet or a notebook. Every field is an id, a file name, a hex hash or an integer, so none needs
 * quoting; a field that would is refused rather than written wrong.
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
    row([...CSV_HEAD, ...metrics, ...CSV_TAIL]),
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

/** The runs of an `explore --csv` file, or the first thing wrong, with its line number. */
export function readOutcomesCsv(
  name: string,
  text: string,
): { ok: true; plan: ExplorePlan; outcomes: RunOutcome[] } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message: `${name}: ${message}` });
  const lines = text.split(/\r?\n/);
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  const header = (lines[0] ?? '').split(',');
  if (CSV_HEAD.some((h, i) => header[i] !== h))
    return fail(`line 1 is not the header explore --csv writes (${CSV_HEAD.join(',')},METRICS...)`);
  const tailAt = header.length - CSV_TAIL.length;
  if (tailAt < CSV_HEAD.length || CSV_TAIL.some((t, i) => header[tailAt + i] !== t))
    return fail(
      `line 1 does not end with ${CSV_TAIL.join(',')}: a file of an older explore --csv; write it again`,
    );
  const metrics = header.slice(CSV_HEAD.length, tailAt);
  if (metrics.length === 0 || metrics.some((m) => m === ''))
    return fail('line 1 names no metric, or an empty one');
  if (lines.length < 2) return fail('no runs after the header');
  const outcomes: RunOutcome[] = [];
  const variants: string[] = [];
  let scenario = '';
  let withoutSource = '';
  for (let i = 1; i < lines.length; i++) {
    const cells = (lines[i] ?? '').split(',');
    const at = `line ${i + 1}`;
    if (cells.length !== header.length)
      return fail(`${at} has ${cells.length} fields; the header has ${header.length}`);
    const [rowScenario = '', variant = '', seedText = '', rowWithout = '', hash = ''] = cells;
    if (i === 1) [scenario, withoutSource] = [rowScenario, rowWithout];
    if (rowScenario !== scenario) return fail(`${at} is of scenario ${rowScenario}, line 2 of ${scenario}`);
    if (rowWithout !== withoutSource)
      return fail(
        `${at} leaves out '${rowWithout}', line 2 '${withoutSource}': one sweep leaves out the same reports`,
      );
    if (variant === '') return fail(`${at} has no variant`);
    if (!/^\d+$/.test(seedText) || !Number.isSafeInteger(Number(seedText)))
      return fail(`${at}: seed '${seedText}' is not a non-negative integer`);
    if (!/^[0-9a-f]{16}$/.test(hash)) return fail(`${at}: hash '${hash}' is not 16 lowercase hex digits`);
    const values: Record<string, number> = {};
    for (let j = 0; j < metrics.length; j++) {
      const cell = cells[CSV_HEAD.length + j] ?? '';
      const value = Number(cell);
      if (cell.trim() === '' || !Number.isFinite(value))
        return fail(`${at}: ${metrics[j]} '${cell}' is not a number`);
      values[metrics[j] ?? ''] = value;
    }
    const [divergedText = '', ...flagCells] = cells.slice(tailAt);
    if (divergedText !== '' && !/^\d+$/.test(divergedText))
      return fail(`${at}: diverged_at '${divergedText}' is neither empty nor a turn`);
    const keyOutcomes: Record<string, boolean> = {};
    for (const [j, { flag }] of KEY_OUTCOMES.entries()) {
      const cell = flagCells[j] ?? '';
      if (cell !== '0' && cell !== '1') return fail(`${at}: ${flag} '${cell}' is neither 0 nor 1`);
      keyOutcomes[flag] = cell === '1';
    }
    if (!variants.includes(variant)) variants.push(variant);
    outcomes.push({
      variant,
      seed: Number(seedText),
      hash,
      metrics: values,
      keyOutcomes,
      divergedAt: divergedText === '' ? null : Number(divergedText),
    });
  }
  const reference = outcomes.filter((o) => o.variant === variants[0]).map((o) => o.seed);
  const seeds = [...new Set(reference)].sort((a, b) => a - b);
  const plan: ExplorePlan = {
    scenario,
    variants,
    seeds,
    withoutSource: withoutSource === '' ? [] : withoutSource.split('|'),
  };
  return { ok: true, plan, outcomes };
}

/**
 * An `explore --csv` file summarised with explore's own code, so that it gives what `explore --json` printed
 * for the same sweep, and its runs in plan order. Every variant must have run on the same seeds, each once.
 */
export function summariseCsv(name: string, text: string): SweepOutput {
  const read = readOutcomesCsv(name, text);
  if (!read.ok) return { kind: 'refused', message: read.message };
  if (read.plan.seeds.length < 2)
    return { kind: 'refused', message: `${name}: a summary needs at least 2 seeds` };
  try {
    const summary = summarise(read.plan, read.outcomes);
    return { kind: 'explore', summary, runs: [...inPlanOrder(read.plan, read.outcomes).values()].flat() };
  } catch (e) {
    // summarise refuses a variant with a run missing or doubled.
    return { kind: 'refused', message: `${name}: ${(e as Error).message.replace(/^explore: /, '')}` };
  }
}
