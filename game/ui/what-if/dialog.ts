import type { BranchStart, BranchSummary } from '../../analysis/branch.ts';
import type { ReplayFile } from '../../engine/index.ts';
import { el, fill } from '../dom.ts';
import { startWhatIf, type WhatIfJob } from './runner.ts';
import { introLines, type MetricRow, metricRows, outcomeSentence } from './words.ts';

/** The numbers of continuations offered; a hundred take a second or two on a school laptop. */
export const RUN_CHOICES = [50, 100, 200, 1000] as const;
export const DEFAULT_RUNS = 100;

/**
 * "What if the AI had played from here?": the dialog that asks how many continuations, plays them in the
 * what-if worker with a progress bar and a Cancel button, and shows how they end against the recorded game.
 * It owns its job: the overlay calls `stop()` when the dialog closes, so no worker outlives it.
 */
export class WhatIfDialog {
  readonly element: HTMLElement;
  private readonly body = el('div', { id: 'what-if-body' });
  private job: WhatIfJob | null = null;
  private runs: number = DEFAULT_RUNS;

  constructor(
    private readonly replay: ReplayFile,
    private readonly turn: number,
    /** "after turn 3 (June 2021)", "from the first turn". */
    private readonly from: string,
    private readonly close: () => void,
  ) {
    this.element = el(
      'div',
      { class: 'dialog what-if', role: 'dialog', 'aria-labelledby': 'what-if-title', id: 'what-if' },
      el('h2', { id: 'what-if-title' }, 'What if the AI had played from here?'),
      this.body,
    );
    this.choose(null);
  }

  /** Cancels the continuations under way, if any. */
  stop(): void {
    this.job?.cancel();
    this.job = null;
  }

  private closeButton(): HTMLElement {
    return el('button', { type: 'button', id: 'what-if-close', onclick: () => this.close() }, 'Close');
  }

  /** The first screen, and where Cancel or a failure returns to: how many continuations to play. */
  private choose(said: HTMLElement | null): void {
    const select = el(
      'select',
      { id: 'what-if-runs' },
      ...RUN_CHOICES.map((n) => el('option', { value: n, selected: n === this.runs }, String(n))),
    );
    select.addEventListener('change', () => {
      this.runs = Number(select.value);
    });
    fill(
      this.body,
      el(
        'p',
        {},
        `The rule tables take over every actor ${this.from} and play the game to its end many times, each time with dice of their own. How do those games end, compared with yours?`,
      ),
      said,
      el('p', {}, el('label', { for: 'what-if-runs' }, 'Continuations to play '), select),
      el(
        'p',
        { class: 'dialog-actions' },
        el(
          'button',
          { type: 'button', class: 'primary', id: 'what-if-start', onclick: () => this.start() },
          'Play them',
        ),
        ' ',
        this.closeButton(),
      ),
    );
  }

  private start(): void {
    const runs = this.runs;
    const bar = el('progress', {
      id: 'what-if-progress',
      max: runs,
      value: 0,
      'aria-label': 'Continuations played',
    });
    const status = el('p', { id: 'what-if-status', role: 'status' }, `Playing ${runs} continuations…`);
    let played = 0;
    const cancel = el(
      'button',
      {
        type: 'button',
        id: 'what-if-cancel',
        onclick: () => {
          this.stop();
          this.choose(
            el('p', { id: 'what-if-cancelled' }, `Cancelled after ${played} of ${runs} continuations.`),
          );
          this.focus('#what-if-start');
        },
      },
      'Cancel',
    );
    fill(this.body, bar, status, el('p', {}, cancel));
    cancel.focus();
    this.job = startWhatIf(
      { replay: this.replay, turn: this.turn, runs },
      {
        progress: (done) => {
          played = done;
          bar.value = done;
          // The status is read aloud: a word at each tenth, not at every run.
          if (done === runs || done % Math.max(1, Math.round(runs / 10)) === 0)
            status.textContent = `${done} of ${runs} continuations played…`;
        },
        done: (summary, start) => {
          this.job = null;
          this.result(summary, start);
        },
        failed: (message) => {
          this.job = null;
          this.choose(el('p', { id: 'what-if-error', role: 'alert', class: 'error' }, message));
          this.focus('#what-if-close');
        },
      },
    );
  }

  private result(summary: BranchSummary, start: BranchStart): void {
    const { indicators, scores } = metricRows(summary);
    const flags = Object.entries(summary.flags);
    const heading = el('h3', { id: 'what-if-result', tabindex: -1 }, `How ${summary.runs} continuations end`);
    fill(
      this.body,
      heading,
      ...introLines(summary, start).map((line) => el('p', {}, line)),
      flags.length > 0
        ? el(
            'ul',
            { id: 'what-if-outcomes' },
            ...flags.map(([flag, f]) =>
              el('li', { 'data-flag': flag }, outcomeSentence(flag, f.recorded, f.asRecorded)),
            ),
          )
        : null,
      figures('Indicators at the end', 'Indicator', indicators),
      figures('Interest scores at the end', 'Interest score', scores),
      el(
        'p',
        { class: 'effects' },
        'Your game is one game, played with one set of dice, so it is set against single continuations: in nine of ten of them the value ends inside the middle 90%. Only outside that range is the difference clear: inside it, the dice alone could have made it. The average is over the continuations; its 95% interval is where that average would most likely fall if they were played again with other dice (it narrows as more are played, a single game does not).',
      ),
      el(
        'p',
        { class: 'dialog-actions' },
        el(
          'button',
          { type: 'button', id: 'what-if-again', onclick: () => this.choose(null) },
          'Play another number',
        ),
        ' ',
        this.closeButton(),
      ),
    );
    heading.focus();
  }

  private focus(selector: string): void {
    this.element.querySelector<HTMLElement>(selector)?.focus();
  }
}

/** A table of final values: the recorded game's, the continuations' middle 90%, average and interval, and the comparison. */
function figures(caption: string, first: string, rows: readonly MetricRow[]): HTMLElement {
  // Six columns are wider than a phone: the table scrolls sideways in its own box, never the page.
  return el('div', { class: 'what-if-scroll' }, figureTable(caption, first, rows));
}

function figureTable(caption: string, first: string, rows: readonly MetricRow[]): HTMLElement {
  return el(
    'table',
    { class: 'scores what-if-figures' },
    el('caption', {}, caption),
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, first),
      el('th', { scope: 'col' }, 'Your game'),
      el('th', { scope: 'col' }, 'Continuations: middle 90%'),
      el('th', { scope: 'col' }, 'Their average'),
      el('th', { scope: 'col' }, 'Average: 95% interval'),
      el('th', { scope: 'col' }, 'Compared with your game'),
    ),
    ...rows.map((r) =>
      el(
        'tr',
        { 'data-metric': r.metric },
        el('th', { scope: 'row' }, r.label),
        el('td', {}, r.recorded),
        el('td', {}, r.range),
        el('td', {}, r.mean),
        el('td', {}, r.interval),
        el('td', {}, r.compared),
      ),
    ),
  );
}
