import type { ScenarioContent } from '../../engine/index.ts';
import type { Intent } from '../../protocol/classroom.ts';
import { el, fill } from '../dom.ts';
import { failure } from './http.ts';
import { reasonsSwitch } from './words.ts';

export interface ControlsContext {
  session: string;
  teacherToken: string;
  act(intent: Intent, done: string): void;
  fail(message: string): void;
  toggleProjector(): void;
}

/** Fetches the session's replay with the teacher's token and saves it as a file. */
export async function downloadReplay(
  ctx: Pick<ControlsContext, 'session' | 'teacherToken' | 'fail'>,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/sessions/${encodeURIComponent(ctx.session)}/replay`, {
      headers: { authorization: `Bearer ${ctx.teacherToken}` },
    });
  } catch {
    return ctx.fail(failure(0, null).message);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    return ctx.fail(`No replay: ${failure(response.status, body).message}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const a = el('a', { href: url, download: `greatgame-${ctx.session}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The console's toolbar: pause or resume, play the turn now, bring in a deck event, end the session, download
 * the replay, and the projector mode. Rebuilt on every view (it holds nothing but the event chosen).
 */
export class TeacherControls {
  readonly element = el('div', { class: 'cl-toolbar', role: 'toolbar', 'aria-label': 'Session controls' });
  private chosenEvent = '';

  constructor(private readonly ctx: ControlsContext) {}

  render(
    state: { paused: boolean; over: boolean; projector: boolean; aiReasons: boolean },
    content: ScenarioContent | null,
  ): void {
    const { ctx } = this;
    const b = (id: string, label: string, onclick: () => void, disabled = false) =>
      el('button', { type: 'button', id, onclick, disabled }, label);
    const cards = content?.events.deck.cards ?? [];
    if (!cards.some((c) => c.id === this.chosenEvent)) this.chosenEvent = cards[0]?.id ?? '';
    const select = el(
      'select',
      {
        id: 'cl-inject-event',
        'aria-label': 'Deck event to bring in',
        onchange: (e: Event) => {
          this.chosenEvent = (e.target as HTMLSelectElement).value;
        },
      },
      ...cards.map((c) => el('option', { value: c.id, selected: c.id === this.chosenEvent }, c.title)),
    );
    const live = !state.over && !state.projector;
    const reasons = reasonsSwitch(state.aiReasons);
    fill(
      this.element,
      state.projector
        ? null
        : state.paused
          ? b('cl-resume', 'Resume', () => ctx.act({ type: 'resume' }, 'Resumed.'), state.over)
          : b('cl-pause', 'Pause', () => ctx.act({ type: 'pause' }, 'Paused.'), state.over),
      state.projector
        ? null
        : b(
            'cl-advance',
            'Play the turn now',
            () => ctx.act({ type: 'advance' }, 'The turn was played.'),
            state.over,
          ),
      live && cards.length
        ? el(
            'span',
            { class: 'cl-inject' },
            select,
            b('cl-inject', 'Bring in this event', () =>
              ctx.act(
                { type: 'inject', event: this.chosenEvent },
                'The event is in: it plays with this turn.',
              ),
            ),
          )
        : null,
      live ? b('cl-reasons', reasons.label, () => ctx.act(reasons.intent, reasons.done)) : null,
      live
        ? b('cl-end', 'End the session', () => {
            if (confirm('End the session for everyone? It cannot be resumed.'))
              ctx.act({ type: 'end' }, 'The session is over.');
          })
        : null,
      state.projector ? null : b('cl-replay', 'Download the replay', () => void downloadReplay(ctx)),
      b('cl-projector', state.projector ? 'Leave the class view' : 'Show to class', ctx.toggleProjector),
    );
  }
}
