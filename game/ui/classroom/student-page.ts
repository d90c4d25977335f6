import type { StudentBody, ViewMessage } from '../../protocol/classroom.ts';
import { library, source } from '../bundle.ts';
import { el, fill } from '../dom.ts';
import { actorLabel } from '../names.ts';
import { briefingPanel } from './briefing.ts';
import { DecisionPanel } from './decide-view.ts';
import { ForecastPanel } from './forecast-view.ts';
import { gameFromView } from './game-view.ts';
import { serverUp } from './http.ts';
import { LogView } from './log-view.ts';
import { MapPanel } from './map-panel.ts';
import { MessagesPanel, ProposalsPanel } from './messages-view.ts';
import { QuoteDialog } from './quote-dialog.ts';
import { browserSocket } from './socket.ts';
import { StatusLine } from './status-line.ts';
import type { StudentSeat } from './storage.ts';

/** Why there is nothing to decide now, or null when the team decides. */
function idleReason(message: ViewMessage<StudentBody>): string | null {
  const v = message.view;
  if (message.phase === 'over') return 'The session is over.';
  if (v.controller === 'teacher') return 'The teacher plays this role for now.';
  if (v.controller === 'table') return 'The rule table plays this role for now.';
  if (message.paused) return 'The teacher paused the session: decisions wait until it resumes.';
  if (v.legal.length === 0) return 'Nothing to decide this turn.';
  return null;
}

/**
 * A student's page: the role's turn, map, messages, proposals, forecast, briefing and log, over one WebSocket
 * that rejoins on its own. `leave` forgets the seat (the student asked, or the server no longer knows it).
 */
export function startStudentPage(
  root: HTMLElement,
  seat: StudentSeat,
  leave: (why: string | null) => void,
): void {
  const name = (role: string) => (role === 'teacher' ? 'Teacher' : actorLabel(library, role));
  const quotes = new QuoteDialog();
  const openQuote = quotes.open.bind(quotes);
  const status = new StatusLine();
  const team = el('p', { class: 'cl-team', id: 'cl-team' });
  const send = (intent: Parameters<typeof socket.send>[0]) => socket.send(intent);
  const decide = new DecisionPanel({ library, role: seat.role, asTeacher: false, openQuote, send });
  const map = new MapPanel();
  const log = new LogView(library, name, openQuote, () => [seat.role]);
  const forecast = new ForecastPanel(seat.role, send);
  const briefing = el('section', {
    class: 'cl-panel cl-area-brief',
    id: 'cl-briefing',
    'aria-label': 'Briefing',
  });
  let chat: { messages: MessagesPanel; proposals: ProposalsPanel } | null = null;
  // The roles one may write to, as of the last view: a role the teacher takes over becomes one.
  let played: readonly string[] = [];
  const chatHolder = el('div', { class: 'cl-area-chat' });
  let briefedTurn = -1;

  const leaveButton = el(
    'button',
    {
      type: 'button',
      id: 'cl-leave',
      onclick: () => confirm('Leave this role? You can join again with the code.') && finish(null),
    },
    'Leave',
  );
  fill(
    root,
    el(
      'div',
      { class: 'cl-page cl-student' },
      el(
        'header',
        { class: 'cl-bar' },
        el('h1', {}, `${name(seat.role)} · `, el('span', { class: 'muted' }, seat.name)),
        leaveButton,
        status.element,
        team,
      ),
      el(
        'main',
        { class: 'cl-grid' },
        el(
          'section',
          { class: 'cl-panel cl-area-decide', 'aria-label': 'This turn' },
          el('h2', {}, 'This turn'),
          decide.element,
        ),
        el('div', { class: 'cl-area-map' }, map.element),
        chatHolder,
        el('div', { class: 'cl-area-forecast' }, forecast.element),
        briefing,
        el('div', { class: 'cl-area-log' }, log.element),
      ),
    ),
  );
  document.body.append(quotes.element);
  map.mount();

  function render(message: ViewMessage<StudentBody>) {
    const v = message.view;
    played = v.roles.map((r) => r.role);
    const game = v.game ? gameFromView(source, v.settings, v.game) : null;
    status.setView(message, game?.prepared.turns ?? null);
    fill(
      team,
      'Your team: ',
      ...v.team.members.flatMap((m, i) => [
        i ? ', ' : '',
        el('span', { class: m.connected ? 'cl-on' : 'cl-off' }, `${m.name}${m.connected ? '' : ' (away)'}`),
      ]),
    );
    if (!chat) {
      const ctx = { me: seat.role, roles: () => played, name, who: (by: string) => by, send };
      chat = { messages: new MessagesPanel(ctx), proposals: new ProposalsPanel(ctx) };
      fill(chatHolder, chat.messages.element, chat.proposals.element);
    }
    chat.messages.render(v.messages);
    chat.proposals.render(v.proposals);
    decide.render(game, message.turn, v.legal, v.team.decision, idleReason(message));
    forecast.element.hidden = !v.settings.forecasts;
    if (v.settings.forecasts)
      forecast.render(
        game,
        message.turn,
        message.phase !== 'over' && !message.paused,
        v.team.forecast,
        v.team.pastForecasts ?? [],
      );
    if (briefedTurn !== message.turn) {
      briefedTurn = message.turn;
      fill(briefing, el('h2', {}, 'Briefing'), briefingPanel(library, seat.role, game, openQuote));
    }
    const injected = v.publicLog.filter((e) => e.kind === 'inject').length;
    if (game) map.show(game, `${message.session}:${game.log.length}:${injected}`);
    log.render(game, v.publicLog);
  }

  const socket = browserSocket<StudentBody>(
    seat.token,
    { serverUp },
    {
      view: render,
      state: (state) => {
        status.setLink(state);
        if (state.kind === 'refused') finish(state.message);
      },
    },
  );

  function finish(why: string | null) {
    socket.stop();
    quotes.element.remove();
    leave(why);
  }

  socket.start();
}
