import { type ExplorePlan, type ExploreSummary, type RunOutcome, summarise } from '../../analysis/explore.ts';
import { histogramsOf } from '../../analysis/histogram.ts';
import { openSweepFile } from '../../analysis/open-sweep-file.ts';
import type { SensitivitySummary } from '../../analysis/sensitivity.ts';
import { library, source } from '../bundle.ts';
import { el, fill } from '../dom.ts';
import { ChartShelf } from './chart-shelf.ts';
import { type ExploreHook, publishExplore } from './explore-hook.ts';
import { exploreView } from './explore-view.ts';
import { planOfRequest } from './plan.ts';
import { sensitivityView } from './sensitivity-view.ts';
import { sweepDownloads } from './sweep-downloads.ts';
import { sweepForm } from './sweep-form.ts';
import { type RunningSweep, runSweep, SweepStopped } from './sweep-pool.ts';
import { loadUPlot } from './uplot-loader.ts';

/** A variant's title from its file ("The US keeps its troops in Afghanistan"), each part of a combination. */
const variantTitle = (variant: string) =>
  variant
    .split('+')
    .map((v) => (v === 'baseline' ? 'the scenario as written' : (library.variants.get(v)?.title ?? v)))
    .join(' + ');

/**
 * The explore page (`/explore`): a sweep of many seeds played in Web Workers, or a file the CLI wrote, shown as
 * charts and tables. The figures come from the CLI's own summary code (game/analysis), so the same seeds give
 * the same numbers here and in `greatgame explore --json`.
 */
export function startExplorePage(root: HTMLElement): void {
  document.title = 'greatgame: explore many seeds';
  let hook: ExploreHook = {
    state: 'idle',
    done: 0,
    total: 0,
    workers: 0,
    explore: null,
    histograms: null,
    sensitivity: null,
    error: null,
  };
  const update = (change: Partial<ExploreHook>) => {
    hook = { ...hook, ...change };
    publishExplore(hook);
  };
  let shelf: ChartShelf | null = null;
  const results = el('div', { id: 'ex-results' });
  const error = el('p', { class: 'error', id: 'ex-error', role: 'alert', hidden: true });
  const progress = el('progress', { id: 'ex-progress', max: 1, value: 0 });
  const status = el('span', { id: 'ex-status', class: 'muted' });
  let running: RunningSweep | null = null;

  const fail = (message: string | null) => {
    error.textContent = message ?? '';
    error.hidden = message === null;
    update({ error: message });
  };
  /** Shows a result, the last one's charts destroyed first; uPlot is loaded on the first. */
  const show = async (result: {
    explore?: ExploreSummary;
    sensitivity?: SensitivitySummary;
    played?: { plan: ExplorePlan; outcomes: RunOutcome[] };
    /** The runs of an opened CSV (a sweep played here has them in `played`). */
    runs?: readonly RunOutcome[];
  }) => {
    shelf?.clear();
    try {
      shelf ??= new ChartShelf(await loadUPlot());
    } catch (e) {
      // uPlot is a chunk loaded on the first result, which a lost connection may refuse.
      return fail(`The charts could not be loaded (${(e as Error).message}): reload the page and try again.`);
    }
    const runs = result.played?.outcomes ?? result.runs;
    const histograms = result.explore && runs ? histogramsOf(result.explore.variants, runs) : null;
    fill(
      results,
      result.played && result.explore
        ? sweepDownloads(result.played.plan, result.played.outcomes, result.explore)
        : null,
      result.explore ? exploreView({ summary: result.explore, histograms, variantTitle }, shelf) : null,
      result.sensitivity ? sensitivityView(result.sensitivity, shelf) : null,
    );
    update({ explore: result.explore ?? null, histograms, sensitivity: result.sensitivity ?? null });
  };

  const start = async () => {
    if (running) return;
    const planned = planOfRequest(source, form.request());
    if (!planned.ok) return fail(planned.message);
    fail(null);
    const { plan } = planned;
    const total = plan.seeds.length * plan.variants.length;
    const sweep = runSweep(plan, (done) => {
      progress.value = done / total;
      status.textContent = `${done} of ${total} runs`;
      update({ done });
    });
    running = sweep;
    form.run.disabled = true;
    form.stop.disabled = false;
    progress.value = 0;
    status.textContent = `0 of ${total} runs, in ${sweep.workers} workers`;
    update({ state: 'running', done: 0, total, workers: sweep.workers });
    try {
      const outcomes = await sweep.done;
      const started = performance.now();
      const summary = summarise(plan, outcomes);
      const took = Math.round(performance.now() - started);
      await show({ explore: summary, played: { plan, outcomes } });
      status.textContent = `${total} runs played in ${sweep.workers} workers; summarised in ${took} ms.`;
      update({ state: 'done' });
    } catch (e) {
      const stopped = e instanceof SweepStopped;
      status.textContent = stopped
        ? `Stopped after ${hook.done} of ${total} runs: nothing of it is kept.`
        : '';
      if (!stopped) fail(`The sweep failed: ${(e as Error).message}`);
      update({ state: stopped ? 'stopped' : 'failed' });
    } finally {
      running = null;
      form.run.disabled = false;
      form.stop.disabled = true;
    }
  };
  /** The last file asked for: a slow read of an earlier one must not replace it. */
  let fileAsked = 0;
  const open = async (file: File) => {
    running?.stop();
    const asked = ++fileAsked;
    const text = await file
      .text()
      .catch((e: Error) => new Error(`${file.name} could not be read: ${e.message}`));
    if (asked !== fileAsked) return;
    const read =
      text instanceof Error
        ? { kind: 'refused' as const, message: text.message }
        : openSweepFile(file.name, text);
    if (read.kind === 'refused') return fail(read.message);
    fail(null);
    status.textContent = `Opened ${file.name}.`;
    await show(
      read.kind === 'explore'
        ? { explore: read.summary, ...(read.runs ? { runs: read.runs } : {}) }
        : { sensitivity: read.summary },
    );
    update({ state: 'done' });
  };
  const picker = el('input', {
    type: 'file',
    id: 'ex-file',
    accept: '.json,.csv,application/json,text/csv',
  });
  picker.addEventListener('change', () => {
    const file = picker.files?.[0];
    picker.value = '';
    if (file) void open(file);
  });

  const form = sweepForm(
    library,
    () => void start(),
    () => running?.stop(),
  );

  root.classList.add('ex-root');
  fill(
    root,
    el(
      'div',
      { class: 'ex-page' },
      el(
        'header',
        { class: 'ex-bar' },
        el('h1', {}, 'Explore many seeds'),
        el('a', { href: './' }, 'Back to the game'),
      ),
      el(
        'p',
        {},
        'Plays every variant on the same seeds with the rule tables alone, as `greatgame explore` does, and compares the outcomes.',
      ),
      form.element,
      el(
        'p',
        { class: 'ex-open' },
        el(
          'label',
          {},
          'Or open a file the CLI wrote (explore --json, explore --csv, sensitivity --json): ',
          picker,
        ),
      ),
      el('div', { class: 'ex-progress' }, progress, ' ', status),
      error,
      results,
    ),
  );
  publishExplore(hook);
}
