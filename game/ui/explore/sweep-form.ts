import { DEFAULT_FIRST_SEED, DEFAULT_RUNS, DEFAULT_VARIANTS } from '../../analysis/sweep-bounds.ts';
import type { Library } from '../../content/library.ts';
import { variantsOf } from '../../content/source.ts';
import { SOURCES } from '../../content/sources.ts';
import { el } from '../dom.ts';
import type { SweepRequest } from './plan.ts';

/** The sweep form: `greatgame explore`'s options with its defaults, the page's Run and Stop buttons. */
export interface SweepForm {
  element: HTMLFormElement;
  run: HTMLButtonElement;
  stop: HTMLButtonElement;
  request(): SweepRequest;
}

export function sweepForm(library: Library, submit: () => void, stop: () => void): SweepForm {
  const scenarios = [...library.scenarios.values()]
    .map((e) => e.scenario)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const scenario = el(
    'select',
    { id: 'ex-scenario', name: 'scenario' },
    ...scenarios.map((s) =>
      el('option', { value: s.id, selected: s.id === 'withdrawal-2021' }, `${s.title} (${s.id})`),
    ),
  );
  const variants = el('input', { id: 'ex-variants', name: 'variants', value: DEFAULT_VARIANTS, size: 40 });
  const known = el('p', { class: 'muted', id: 'ex-known-variants' });
  const runs = el('input', {
    id: 'ex-runs',
    name: 'runs',
    inputmode: 'numeric',
    value: DEFAULT_RUNS,
    size: 8,
  });
  const firstSeed = el('input', {
    id: 'ex-first-seed',
    name: 'first-seed',
    inputmode: 'numeric',
    value: DEFAULT_FIRST_SEED,
    size: 8,
  });
  const reports = el(
    'fieldset',
    { class: 'choices' },
    el('legend', {}, 'Leave out reports (--without-source)'),
    ...Object.entries(SOURCES).map(([file, s]) =>
      el('label', {}, el('input', { type: 'checkbox', name: 'without-source', value: file }), ` ${s.short}`),
    ),
  );
  const showKnown = () => {
    known.textContent = `Variants of this scenario: ${variantsOf(library, scenario.value)
      .map((v) => v.id)
      .join(', ')}. Comma-separated, the first is the reference; combine with + (a+b).`;
  };
  scenario.addEventListener('change', showKnown);
  showKnown();
  const run = el('button', { type: 'submit', class: 'primary', id: 'ex-run' }, 'Run the sweep');
  const stopButton = el('button', { type: 'button', id: 'ex-stop', disabled: true, onclick: stop }, 'Stop');
  const form = el(
    'form',
    { class: 'ex-form', 'aria-label': 'A sweep of many seeds' },
    el('label', {}, 'Scenario ', scenario),
    el('label', {}, 'Variants ', variants),
    known,
    el('label', {}, 'Runs per variant ', runs),
    el('label', {}, 'First seed ', firstSeed),
    reports,
    el('div', { class: 'ex-buttons' }, run, stopButton),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  return {
    element: form,
    run,
    stop: stopButton,
    request: () => ({
      scenario: scenario.value,
      variants: variants.value,
      runs: runs.value,
      firstSeed: firstSeed.value,
      withoutSource: [...form.querySelectorAll<HTMLInputElement>('input[name=without-source]:checked')].map(
        (i) => i.value,
      ),
    }),
  };
}
