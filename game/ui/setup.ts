import type { Library } from '../content/library.ts';
import { SEED_EXPECTED, seedFromText } from '../content/seed-text.ts';
import { variantsOf } from '../content/source.ts';
import { el } from './dom.ts';
import { actorLabel } from './names.ts';
import type { StartOptions } from './session.ts';
import { SETUP_WORDS, variantTooltip } from './setup-words.ts';

/** The setup dialog: scenario, variants (any that apply, combined), seed, and which actors people play. */
export function setupDialog(
  library: Library,
  initial: Partial<StartOptions>,
  start: (options: StartOptions) => string | null,
): HTMLElement {
  const scenarios = [...library.scenarios.values()]
    .map((e) => e.scenario)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const chosenScenario =
    initial.scenario && library.scenarios.has(initial.scenario) ? initial.scenario : 'withdrawal-2021';
  const form = el('form', { class: 'dialog', 'aria-label': 'Set up a game' });
  const error = el('p', { class: 'error', hidden: true });
  const scenarioSelect = el(
    'select',
    { name: 'scenario', id: 'setup-scenario' },
    ...scenarios.map((s) =>
      el('option', { value: s.id, selected: s.id === chosenScenario }, `${s.title} (${s.id})`),
    ),
  );
  const variantBox = el('div', { class: 'choices' });
  const humanBox = el('div', { class: 'choices' });
  const seed = el('input', {
    name: 'seed',
    id: 'setup-seed',
    type: 'number',
    min: 0,
    step: 1,
    value: initial.seed ?? 1,
  });
  const summary = el('p', { class: 'summary' });

  const refresh = () => {
    const entry = library.scenarios.get(scenarioSelect.value);
    if (!entry) return;
    summary.textContent = entry.scenario.summary;
    const chosenVariants = (initial.variant ?? '').split('+');
    variantBox.replaceChildren(
      ...variantsOf(library, entry.scenario.id)
        .filter((v) => v.id !== 'baseline')
        .map((v) =>
          el(
            'label',
            { title: variantTooltip(library, v.id, v.title) },
            el('input', {
              type: 'checkbox',
              name: 'variant',
              value: v.id,
              checked: chosenVariants.includes(v.id),
            }),
            ` ${v.title}`,
          ),
        ),
    );
    humanBox.replaceChildren(
      ...entry.scenario.actors
        .map((a) => a.id)
        .sort()
        .map((id) =>
          el(
            'label',
            {},
            el('input', {
              type: 'checkbox',
              name: 'human',
              value: id,
              checked: (initial.humans ?? ['russia']).includes(id),
            }),
            ` ${actorLabel(library, id)}`,
          ),
        ),
    );
  };
  scenarioSelect.addEventListener('change', refresh);
  refresh();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    const variants = checked('variant');
    const chosenSeed = seedFromText(seed.value);
    const problem =
      chosenSeed === null
        ? `The seed must be ${SEED_EXPECTED}.`
        : start({
            scenario: scenarioSelect.value,
            variant: variants.length ? variants.join('+') : 'baseline',
            seed: chosenSeed,
            humans: checked('human'),
          });
    error.textContent = problem ?? '';
    error.hidden = problem === null;
    if (chosenSeed === null) seed.setAttribute('aria-invalid', 'true');
    else seed.removeAttribute('aria-invalid');
    if (chosenSeed === null) seed.focus();
  });

  form.append(
    el('h2', {}, 'A new game'),
    el('p', { id: 'setup-intro' }, SETUP_WORDS.intro),
    el(
      'p',
      {},
      el('a', { href: '/teach', id: 'run-classroom' }, 'Run a classroom'),
      ': students play the roles from their own phones or laptops.',
    ),
    el('label', {}, 'Scenario ', scenarioSelect),
    summary,
    el('label', {}, 'Seed ', seed),
    el('p', { class: 'hint', id: 'setup-seed-hint' }, SETUP_WORDS.seed),
    el(
      'fieldset',
      {},
      el('legend', {}, 'Variants'),
      el('p', { class: 'hint' }, SETUP_WORDS.variants),
      variantBox,
    ),
    el('fieldset', {}, el('legend', {}, SETUP_WORDS.humans), humanBox),
    el(
      'p',
      { class: 'hint' },
      el('a', { href: '/explore', id: 'run-explore' }, 'Explore many seeds'),
      `: ${SETUP_WORDS.explore}`,
    ),
    // Kept in sight at the dialog's foot however long the lists above it are, with what went wrong above Start.
    el(
      'div',
      { class: 'dialog-foot' },
      error,
      el('button', { type: 'submit', class: 'primary', id: 'setup-start' }, 'Start'),
    ),
  );
  return form;
}
