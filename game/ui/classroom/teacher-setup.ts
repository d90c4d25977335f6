import type { Library } from '../../content/library.ts';
import { variantsOf } from '../../content/source.ts';
import { el, fill } from '../dom.ts';
import { actorLabel } from '../names.ts';
import { createBody } from './create-request.ts';
import { Feedback } from './feedback.ts';
import { call } from './http.ts';
import type { ClassroomStorage, TeacherSession } from './storage.ts';

const checkbox = (name: string, value: string, label: string, checked: boolean) =>
  el('label', {}, el('input', { type: 'checkbox', name, value, checked }), ` ${label}`);

/** A password field for the key `greatgame serve --teacher-key` was started with; kept for this tab only. */
export function teacherKeyField(storage: ClassroomStorage): HTMLElement {
  const input = el('input', {
    type: 'password',
    id: 'cl-teacher-key',
    autocomplete: 'off',
    value: storage.teacherKey() ?? '',
    'aria-label': 'Teacher key',
    onchange: (e: Event) => storage.saveTeacherKey((e.target as HTMLInputElement).value.trim() || null),
  });
  return el(
    'label',
    { class: 'cl-key' },
    'Teacher key (only if the server was started with --teacher-key) ',
    input,
  );
}

/** "Run a classroom": the session's settings, then POST /api/sessions; `created` opens its console. */
export function teacherSetup(
  root: HTMLElement,
  library: Library,
  storage: ClassroomStorage,
  created: (session: TeacherSession) => void,
): void {
  const scenarios = [...library.scenarios.values()]
    .map((e) => e.scenario)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const scenario = el(
    'select',
    { name: 'scenario', id: 'cl-scenario' },
    ...scenarios.map((s) =>
      el('option', { value: s.id, selected: s.id === 'withdrawal-2021' }, `${s.title} (${s.id})`),
    ),
  );
  const summary = el('p', { class: 'summary' });
  const variants = el('div', { class: 'choices', id: 'cl-variants' });
  const roles = el('div', { class: 'choices', id: 'cl-roles' });
  const refresh = () => {
    const entry = library.scenarios.get(scenario.value);
    if (!entry) return;
    summary.textContent = entry.scenario.summary;
    fill(
      variants,
      ...variantsOf(library, entry.scenario.id)
        .filter((v) => v.id !== 'baseline')
        .map((v) => checkbox('variant', v.id, v.title, false)),
    );
    fill(
      roles,
      ...entry.scenario.actors
        .map((a) => a.id)
        .sort()
        .map((id) => checkbox('role', id, actorLabel(library, id), ['russia', 'taliban', 'us'].includes(id))),
    );
  };
  scenario.addEventListener('change', refresh);
  refresh();
  const seed = el('input', { name: 'seed', id: 'cl-seed', inputmode: 'numeric', placeholder: 'random' });
  const timer = el('input', {
    name: 'turnSeconds',
    id: 'cl-timer',
    inputmode: 'numeric',
    placeholder: 'none',
  });
  const forecasts = el('input', { type: 'checkbox', name: 'forecasts', id: 'cl-forecasts' });
  const reasons = el('input', { type: 'checkbox', name: 'aiReasons', id: 'cl-ai-reasons', checked: true });
  const feedback = new Feedback();
  const button = el('button', { type: 'submit', class: 'primary', id: 'cl-create' }, 'Create the session');
  const form = el(
    'form',
    { class: 'dialog cl-setup', 'aria-label': 'Run a classroom' },
    el('h1', {}, 'Run a classroom'),
    el(
      'p',
      {},
      'Students play the roles you tick, on their own phones or laptops; the rule tables play the rest.',
    ),
    el('label', {}, 'Scenario ', scenario),
    summary,
    el('fieldset', {}, el('legend', {}, 'Counterfactual variants (none: the history as recorded)'), variants),
    el('fieldset', {}, el('legend', {}, 'Roles the students play (one team per role)'), roles),
    el(
      'label',
      {},
      'Seed ',
      seed,
      el('span', { class: 'muted' }, ' blank: a random one, shown to no student until the end'),
    ),
    el(
      'label',
      {},
      'Turn timer in seconds ',
      timer,
      el('span', { class: 'muted' }, ' blank: no timer, you move the turns on'),
    ),
    el('label', {}, forecasts, ' Students forecast the indicators each turn'),
    el(
      'label',
      {},
      reasons,
      ' Students may see the AI’s reasons',
      el(
        'span',
        { class: 'muted' },
        ' why each rule table chose its action; you can change it during the session',
      ),
    ),
    teacherKeyField(storage),
    el('div', { class: 'dialog-foot' }, feedback.element, button),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name=${name}]:checked`)].map((i) => i.value);
    const made = createBody({
      scenario: scenario.value,
      variants: checked('variant'),
      seed: seed.value,
      roles: checked('role'),
      turnSeconds: timer.value,
      forecasts: forecasts.checked,
      aiReasons: reasons.checked,
    });
    if (!made.ok) return feedback.fail(made.message);
    button.disabled = true;
    feedback.done('Creating…');
    const answer = await call<{ session: string; teacherToken: string; codes: Record<string, string> }>(
      '/api/sessions',
      {
        body: made.body,
        bearer: storage.teacherKey(),
      },
    );
    button.disabled = false;
    if (!answer.ok)
      return feedback.fail(
        answer.status === 403
          ? `${answer.message}. Open this page on the server's own machine, or type the teacher key.`
          : answer.message,
      );
    const session: TeacherSession = { ...answer.value, scenario: made.body.scenario, createdAt: Date.now() };
    storage.saveSession(session);
    created(session);
  });
  const kept = storage.sessions();
  fill(
    root,
    el(
      'div',
      { class: 'cl-page cl-center' },
      form,
      kept.length
        ? el(
            'nav',
            { class: 'dialog cl-kept', 'aria-label': 'Sessions run from this browser' },
            el('h2', {}, 'Sessions run from this browser'),
            el(
              'ul',
              {},
              ...kept.map((s) =>
                el(
                  'li',
                  {},
                  el(
                    'a',
                    { href: `/teach?session=${encodeURIComponent(s.session)}` },
                    `${s.scenario}, ${new Date(s.createdAt).toLocaleString()}`,
                  ),
                  ` · ${Object.keys(s.codes)
                    .map((r) => actorLabel(library, r))
                    .join(', ')}`,
                ),
              ),
            ),
          )
        : null,
      el('p', {}, el('a', { href: '/' }, 'Back to the single-screen game')),
    ),
  );
}
