import { DERIVED_INDICATORS } from '../../engine/index.ts';
import type { Intent } from '../../protocol/classroom.ts';
import { indicatorNote, indicatorWords } from '../../text/vocabulary.ts';
import { el } from '../dom.ts';

/** The custom event the server takes: `{id, title, effects}` with effects of the closed set (engine/schema/injection.ts). */
export interface CustomEvent {
  id: string;
  title: string;
  effects: { kind: 'indicator'; indicator: string; add: number }[];
}

/**
 * The indicators a custom event may move, in the order of their labels: derived ones follow the zones each turn,
 * so the engine refuses them.
 */
export const injectableIndicators = (indicators: Readonly<Record<string, number>>) =>
  Object.keys(indicators)
    .filter((name) => !(DERIVED_INDICATORS as readonly string[]).includes(name))
    .sort((a, b) => indicatorWords(a).label.localeCompare(indicatorWords(b).label, 'en') || (a < b ? -1 : 1));

/** A teacher's event in a sentence and one indicator's change; `n` numbers it within the session. */
export function customEvent(
  title: string,
  indicator: string,
  change: string,
  n: number,
): { ok: true; event: CustomEvent } | { ok: false; message: string } {
  const words = title.trim();
  if (!words) return { ok: false, message: 'Say what happens, in a few words.' };
  if (words.length > 200) return { ok: false, message: 'Keep what happens under 200 characters.' };
  const add = Number(change.trim());
  if (!/^[+-]?\d+$/.test(change.trim()) || add === 0 || Math.abs(add) > 100)
    return { ok: false, message: 'The change is a whole number from -100 to 100, not 0.' };
  return {
    ok: true,
    event: { id: `teacher-event-${n}`, title: words, effects: [{ kind: 'indicator', indicator, add }] },
  };
}

/** The form under the toolbar: what happens, which indicator moves and by how much. */
export function customEventForm(
  indicators: readonly string[],
  count: () => number,
  act: (intent: Intent, done: string) => void,
  fail: (message: string) => void,
): HTMLElement {
  const title = el('input', {
    id: 'cl-custom-title',
    maxlength: 200,
    'aria-label': 'What happens',
    placeholder: 'What happens',
  });
  const which = el(
    'select',
    { id: 'cl-custom-indicator', 'aria-label': 'Indicator' },
    ...indicators.map((i) => el('option', { value: i, title: indicatorNote(i) }, indicatorWords(i).label)),
  );
  const change = el('input', {
    id: 'cl-custom-change',
    inputmode: 'numeric',
    size: 4,
    'aria-label': 'Change',
    placeholder: '+5',
  });
  const form = el(
    'form',
    { class: 'cl-custom cl-private' },
    el('span', {}, 'Your own event: '),
    title,
    which,
    change,
    el('button', { type: 'submit', id: 'cl-custom-inject' }, 'Bring it in'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const made = customEvent(title.value, which.value, change.value, count() + 1);
    if (!made.ok) return fail(made.message);
    act({ type: 'inject', event: made.event }, `“${made.event.title}” is in: it plays with this turn.`);
    title.value = '';
    change.value = '';
  });
  return form;
}
