import { MAX_NAME } from '../../protocol/classroom.ts';
import { el, fill } from '../dom.ts';
import { Feedback } from './feedback.ts';
import { call } from './http.ts';
import { normaliseCode } from './join-sheet.ts';
import type { ClassroomStorage } from './storage.ts';
import { startStudentPage } from './student-page.ts';

/**
 * `/join`: a code (from the QR's `?code=`, or typed) and a name, then the role's page. A seat kept from before
 * rejoins at once, unless the address names another code.
 */
export function startJoinPage(root: HTMLElement, storage: ClassroomStorage, search: URLSearchParams): void {
  const wanted = normaliseCode(search.get('code') ?? '');
  const seat = storage.seat();
  if (seat && (!wanted || wanted === seat.code)) enter(root, storage, seat);
  else showForm(root, storage, wanted, null);
}

function enter(root: HTMLElement, storage: ClassroomStorage, seat: ReturnType<ClassroomStorage['seat']>) {
  if (!seat) return showForm(root, storage, '', null);
  startStudentPage(root, seat, (why) => {
    storage.forgetSeat();
    document.getElementById('tooltip')?.remove();
    showForm(root, storage, seat.code, why);
  });
}

function showForm(root: HTMLElement, storage: ClassroomStorage, code: string, why: string | null): void {
  const feedback = new Feedback();
  if (why) feedback.fail(why);
  const seat = storage.seat();
  const codeInput = el('input', {
    name: 'code',
    id: 'cl-code',
    value: code,
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    required: true,
    'aria-label': 'Join code',
  });
  const nameInput = el('input', {
    name: 'name',
    id: 'cl-name',
    value: seat?.name ?? '',
    maxlength: MAX_NAME,
    autocomplete: 'nickname',
    required: true,
    'aria-label': 'Your name',
  });
  const button = el('button', { type: 'submit', class: 'primary', id: 'cl-join' }, 'Join');
  const form = el(
    'form',
    { class: 'dialog cl-join', 'aria-label': 'Join a classroom session' },
    el('h1', {}, 'Join the classroom'),
    el('p', {}, 'Type the code your teacher gave your team, and your name as the others should see it.'),
    el('label', {}, 'Code ', codeInput),
    el('label', {}, 'Your name ', nameInput),
    button,
    feedback.element,
    seat
      ? el(
          'p',
          {},
          `You are already in a session as ${seat.name} (${seat.role}). `,
          el(
            'button',
            { type: 'button', id: 'cl-rejoin', onclick: () => enter(root, storage, seat) },
            'Go back to it',
          ),
        )
      : null,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const typed = normaliseCode(codeInput.value);
    const name = nameInput.value.trim();
    if (!typed) return feedback.fail('Type the code first.');
    if (!name) return feedback.fail('Type your name first.');
    button.disabled = true;
    feedback.done('Joining…');
    const joined = await call<{ token: string; session: string; role: string }>('/api/join', {
      body: { code: typed, name },
    });
    button.disabled = false;
    if (!joined.ok)
      return feedback.fail(
        joined.status === 404 ? 'No open session has this code: check it with your teacher.' : joined.message,
      );
    const seat = { ...joined.value, name, code: typed };
    storage.saveSeat(seat);
    // The address keeps the code, so a reload lands back here and rejoins with the kept token.
    history.replaceState(null, '', `/join?code=${encodeURIComponent(typed)}`);
    enter(root, storage, seat);
  });
  fill(root, el('div', { class: 'cl-page cl-center' }, form));
  (code ? nameInput : codeInput).focus();
}
