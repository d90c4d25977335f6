import type { Game } from '../../engine/index.ts';
import type { Intent, TeacherBody, ViewMessage } from '../../protocol/classroom.ts';
import { actorWords } from '../../text/vocabulary.ts';
import { library, source } from '../bundle.ts';
import { chartsPanel, DEFAULT_INDICATORS } from '../charts.ts';
import { el, fill } from '../dom.ts';
import { actorLabel } from '../names.ts';
import { customEventForm, injectableIndicators } from './custom-event.ts';
import { DecisionPanel, decisionText } from './decide-view.ts';
import { Feedback } from './feedback.ts';
import { gameFromView } from './game-view.ts';
import { serverUp } from './http.ts';
import { JoinSheet } from './join-sheet-view.ts';
import { LogView } from './log-view.ts';
import { MapPanel } from './map-panel.ts';
import { MessagesPanel, ProposalsPanel } from './messages-view.ts';
import { QuoteDialog } from './quote-dialog.ts';
import { browserSocket } from './socket.ts';
import { StatusLine } from './status-line.ts';
import type { ClassroomStorage, TeacherSession } from './storage.ts';
import { TeacherControls } from './teacher-controls.ts';
import { tableActors, teamsTable } from './teams-view.ts';
import { nextSteps } from './words.ts';

/**
 * The teacher's console: every role's team, connections and decision, the messages and proposals, the map,
 * the indicators and the log, and the controls. "Show to class" hides what is private (decisions, messages,
 * scores, codes) for the projector, keeping the map, the log and who has decided.
 */
export function startTeacherConsole(
  root: HTMLElement,
  storage: ClassroomStorage,
  kept: TeacherSession,
): void {
  const name = (role: string) => (role === 'teacher' ? 'Teacher' : actorLabel(library, role));
  const quotes = new QuoteDialog();
  const openQuote = quotes.open.bind(quotes);
  const status = new StatusLine();
  const feedback = new Feedback();
  const send = (intent: Intent) => socket.send(intent);
  const act = (intent: Intent, done: string) => {
    feedback.done('…');
    void send(intent).then((reply) => feedback.reply(reply, done));
  };
  let projector = false;
  let last: ViewMessage<TeacherBody> | null = null;
  const controls = new TeacherControls({
    session: kept.session,
    teacherToken: kept.teacherToken,
    act,
    fail: (m) => feedback.fail(m),
    toggleProjector: () => {
      projector = !projector;
      page.classList.toggle('cl-projector', projector);
      if (last) render(last);
    },
  });
  const teams = el('div', { id: 'cl-teams-holder' });
  const takeovers = el('div', { class: 'cl-private', id: 'cl-takeovers' });
  const deciders = new Map<string, DecisionPanel>();
  const map = new MapPanel();
  const log = new LogView(library, name, openQuote, () => played);
  const charts = el('section', { class: 'cl-panel cl-private cl-area-charts', 'aria-label': 'Indicators' });
  let chosen = [...DEFAULT_INDICATORS];
  let pickerOpen = false;
  let chartsShown = '';
  const sheet = new JoinSheet(library, storage, kept.scenario, kept.codes);
  sheet.element.classList.add('cl-private', 'cl-area-sheet');
  const memberNames = new Map<string, string>();
  const who = (by: string) => memberNames.get(by) ?? by;
  let chat: { messages: MessagesPanel; proposals: ProposalsPanel } | null = null;
  // The roles one may write to, as of the last view: a role the teacher takes over becomes one.
  let played: readonly string[] = [];
  const chatHolder = el('div', { class: 'cl-private cl-area-chat' });
  const custom = el('div', { id: 'cl-custom' });
  // What to do first, at the top of the page until the first turn is played; the join sheet comes first meanwhile.
  const steps = el('section', { class: 'cl-steps cl-private', id: 'cl-steps', 'aria-label': 'Next steps' });
  const injections = () => (last?.view.publicLog ?? []).filter((e) => e.kind === 'inject').length;

  const page = el(
    'div',
    { class: 'cl-page cl-teacher' },
    el(
      'header',
      { class: 'cl-bar' },
      el('h1', {}, 'Classroom console · ', el('span', { class: 'muted' }, kept.scenario)),
      el('a', { href: '/teach', class: 'cl-private' }, 'New session'),
      steps,
      status.element,
      controls.element,
      custom,
      feedback.element,
    ),
    el(
      'main',
      { class: 'cl-grid' },
      el(
        'section',
        { class: 'cl-panel cl-area-decide', 'aria-label': 'Teams' },
        el('h2', {}, 'Teams'),
        teams,
        takeovers,
      ),
      el('div', { class: 'cl-area-map' }, map.element),
      chatHolder,
      charts,
      sheet.element,
      el('div', { class: 'cl-area-log' }, log.element),
    ),
  );
  fill(root, page);
  // The setup form was scrolled down to its button: the console starts at its top, where the steps are.
  window.scrollTo(0, 0);
  document.body.append(quotes.element);
  map.mount();

  function renderTakeovers(game: Game | null, message: ViewMessage<TeacherBody>) {
    const mine = Object.entries(message.view.teams).filter(([, t]) => t.controller === 'teacher');
    for (const role of deciders.keys()) if (!mine.some(([r]) => r === role)) deciders.delete(role);
    const idle =
      message.phase === 'over' ? 'The session is over.' : message.paused ? 'Paused: decisions wait.' : null;
    fill(
      takeovers,
      ...mine.map(([role, team]) => {
        let panel = deciders.get(role);
        if (!panel) {
          panel = new DecisionPanel({ library, role, asTeacher: true, openQuote, send });
          deciders.set(role, panel);
        }
        panel.render(game, message.turn, team.legal, team.decision, idle);
        return el(
          'section',
          { class: 'cl-takeover', 'data-role': role },
          el('h3', {}, `You play ${actorWords(role).subject}`),
          panel.element,
        );
      }),
    );
  }

  function renderSteps(game: Game | null, message: ViewMessage<TeacherBody>) {
    const starting = message.phase !== 'over' && (game?.log.length ?? 0) === 0;
    page.classList.toggle('cl-starting', starting);
    steps.hidden = !starting;
    if (!starting) return;
    const studentTeams = Object.values(message.view.teams).filter((t) => t.code !== null);
    const joined = studentTeams.filter((t) => t.members.some((m) => m.connected && !m.removed)).length;
    fill(
      steps,
      el('h2', {}, 'Next steps'),
      el(
        'ol',
        {},
        ...nextSteps(joined, studentTeams.length).map((step) =>
          el('li', { class: step.done ? 'cl-done' : '' }, step.text, step.done ? ' ✓' : ''),
        ),
      ),
      el(
        'button',
        { type: 'button', id: 'cl-steps-print', onclick: () => window.print() },
        'Print the join sheet',
      ),
    );
  }

  function render(message: ViewMessage<TeacherBody>) {
    last = message;
    const v = message.view;
    played = v.roles.map((r) => r.role);
    const game = v.game ? gameFromView(source, v.settings, v.game) : null;
    for (const team of Object.values(v.teams)) for (const m of team.members) memberNames.set(m.id, m.name);
    status.setView(message, game?.prepared.turns ?? null);
    const over = message.phase === 'over';
    controls.render(
      { paused: message.paused, over, projector, aiReasons: v.settings.aiReasons },
      game?.prepared.content ?? null,
    );
    const ctx = {
      name,
      act,
      projector,
      decisionText: (role: string, team: TeacherBody['teams'][string]) =>
        team.decision
          ? decisionText(game, role, team.decision).replace(/ Anyone on the team.*$/, '')
          : 'not yet',
    };
    fill(teams, teamsTable(ctx, v), tableActors(ctx, v));
    renderSteps(game, message);
    renderTakeovers(game, message);
    if (!chat) {
      const chatCtx = { me: null, roles: () => played, name, who, send };
      chat = { messages: new MessagesPanel(chatCtx), proposals: new ProposalsPanel(chatCtx) };
      fill(chatHolder, chat.messages.element, chat.proposals.element);
    }
    chat.messages.render(v.messages);
    chat.proposals.render(v.proposals);
    if (game && !custom.firstChild)
      fill(
        custom,
        customEventForm(injectableIndicators(game.state.indicators), injections, act, (m) =>
          feedback.fail(m),
        ),
      );
    custom.hidden = over || projector;
    if (game) {
      // An injected event changes the state within a turn: the map redraws for it.
      map.show(game, `${message.session}:${game.log.length}:${injections()}`);
      // The charts change with the turn or the indicators chosen; other views leave them as they are.
      const chartKey = `${game.log.length}|${injections()}|${chosen.join(',')}`;
      if (!projector && chartKey !== chartsShown) {
        chartsShown = chartKey;
        const width = Math.max(260, Math.min(640, charts.clientWidth - 24 || 480));
        fill(
          charts,
          el('h2', {}, 'Indicators and scores'),
          chartsPanel(
            game,
            library,
            {
              chosen,
              choose: (indicators) => {
                chosen = indicators;
                if (last) render(last);
              },
              pickerOpen,
              setPickerOpen: (open) => {
                pickerOpen = open;
              },
            },
            width,
          ),
        );
      }
    }
    log.render(game, v.publicLog);
  }

  const socket = browserSocket<TeacherBody>(
    kept.teacherToken,
    { serverUp },
    {
      view: render,
      state: (state) => {
        status.setLink(state);
        if (state.kind === 'refused')
          feedback.fail(`The server does not know this session any more: ${state.message}`);
      },
    },
  );
  socket.start();
}
