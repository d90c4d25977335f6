import './classroom.css';
import { library } from '../bundle.ts';
import { el, fill } from '../dom.ts';
import { startJoinPage } from './join-page.ts';
import type { Route } from './routes.ts';
import { browserStorage } from './storage.ts';
import { startTeacherConsole } from './teacher-console.ts';
import { teacherSetup } from './teacher-setup.ts';

/**
 * The classroom pages, from the one index.html: `/teach` (the setup form, or `?session=` a console) and `/join`.
 * Loaded only on those paths, so the single-screen game carries none of it.
 */
export function startClassroom(route: Exclude<Route, 'game'>, root: HTMLElement) {
  const storage = browserStorage();
  const search = new URLSearchParams(window.location.search);
  document.title = route === 'teach' ? 'greatgame: run a classroom' : 'greatgame: join the classroom';
  root.classList.add('cl-root');
  if (route === 'join') return startJoinPage(root, storage, search);
  const id = search.get('session');
  if (id === null)
    return teacherSetup(root, library, storage, (made) => {
      history.pushState(null, '', `/teach?session=${encodeURIComponent(made.session)}`);
      startTeacherConsole(root, storage, made);
    });
  const kept = storage.session(id);
  if (kept) return startTeacherConsole(root, storage, kept);
  fill(
    root,
    el(
      'div',
      { class: 'cl-page cl-center' },
      el(
        'div',
        { class: 'dialog' },
        el(
          'p',
          { class: 'error', role: 'alert' },
          `This browser holds no teacher token for session ${id}: open it from the browser that created it.`,
        ),
        el('a', { href: '/teach' }, 'Run a new classroom'),
      ),
    ),
  );
}
