import type { Intent, TeacherBody, TeamView } from '../../protocol/classroom.ts';
import { actorWords } from '../../text/vocabulary.ts';
import { el } from '../dom.ts';

export interface TeamsContext {
  name(role: string): string;
  /** Sends a teacher action; its outcome is shown by the console. */
  act(intent: Intent, done: string): void;
  /** Whether the projector mode hides the private columns. */
  projector: boolean;
  decisionText(role: string, team: TeamView): string;
}

const memberList = (ctx: TeamsContext, team: TeamView) =>
  team.members.filter((m) => !m.removed).length === 0
    ? el('span', { class: 'muted' }, 'nobody yet')
    : el(
        'ul',
        { class: 'cl-members' },
        ...team.members
          .filter((m) => !m.removed)
          .map((m) =>
            el(
              'li',
              { 'data-member': m.id },
              el('span', { class: m.connected ? 'cl-on' : 'cl-off' }, m.name),
              ctx.projector ? '' : ` ${m.connected ? '(connected)' : '(away)'} `,
              ctx.projector
                ? null
                : el(
                    'button',
                    {
                      type: 'button',
                      class: 'cl-kick',
                      'aria-label': `Remove ${m.name}`,
                      onclick: () =>
                        confirm(`Remove ${m.name} from the session?`) &&
                        ctx.act({ type: 'kick', member: m.id }, `${m.name} was removed.`),
                    },
                    'Remove',
                  ),
            ),
          ),
      );

/** The buttons that change who plays a role: its students (or rule table), the teacher, or the rule table. */
function controls(ctx: TeamsContext, role: string, team: TeamView, played: boolean) {
  const button = (label: string, intent: Intent, done: string) =>
    el(
      'button',
      { type: 'button', 'data-control': intent.type, onclick: () => ctx.act(intent, done) },
      label,
    );
  const name = ctx.name(role);
  const home = played ? 'its students' : 'its rule table';
  return el(
    'div',
    { class: 'cl-controls' },
    team.controller !== 'teacher'
      ? button(
          'Take over',
          { type: 'takeover', role, to: 'teacher' },
          `You play ${actorWords(role).subject} now.`,
        )
      : null,
    played && team.controller === 'students'
      ? button(
          'Give to the rule table',
          { type: 'takeover', role, to: 'table' },
          `The rule table plays ${name} now.`,
        )
      : null,
    (played && team.controller !== 'students') || (!played && team.controller === 'teacher')
      ? button(`Hand back to ${home}`, { type: 'handback', role }, `${name} went back to ${home}.`)
      : null,
  );
}

const PLAYED_BY = { students: 'students', teacher: 'you', table: 'rule table' } as const;

/** Every played role (and every role the teacher took over): its team, connections, decision and controls. */
export function teamsTable(ctx: TeamsContext, view: TeacherBody): HTMLElement {
  const played = new Set(view.settings.roles);
  const roles = Object.keys(view.teams)
    .filter((r) => played.has(r) || view.teams[r]?.controller !== 'table')
    .sort();
  const standing = new Map(view.roles.map((r) => [r.role, r]));
  const head = ctx.projector
    ? ['Role', 'Team', 'This turn']
    : ['Role', 'Code', 'Played by', 'Team', 'Decision', 'Change'];
  return el(
    'table',
    { class: 'cl-teams', id: 'cl-teams' },
    el('tr', {}, ...head.map((h) => el('th', {}, h))),
    ...roles.map((role) => {
      const team = view.teams[role]!;
      const decided = standing.get(role)?.decided ?? team.decision !== null;
      const waits = team.controller !== 'table';
      const status = !waits ? 'rule table' : decided ? 'decided' : 'deciding…';
      return ctx.projector
        ? el(
            'tr',
            { 'data-role': role, 'data-decided': String(decided) },
            el('td', {}, ctx.name(role)),
            el('td', {}, memberList(ctx, team)),
            el('td', { class: decided ? 'outcome-success' : '' }, status),
          )
        : el(
            'tr',
            { 'data-role': role, 'data-decided': String(decided) },
            el('td', {}, ctx.name(role)),
            el('td', { class: 'cl-code' }, team.code ?? ''),
            el('td', {}, PLAYED_BY[team.controller]),
            el('td', {}, memberList(ctx, team)),
            el(
              'td',
              { class: 'cl-team-decision' },
              waits ? ctx.decisionText(role, team) : 'its rule table plays',
            ),
            el('td', {}, controls(ctx, role, team, played.has(role))),
          );
    }),
  );
}

/** The actors no one plays, each with a button to take it over. */
export function tableActors(ctx: TeamsContext, view: TeacherBody): HTMLElement | null {
  if (ctx.projector) return null;
  const played = new Set(view.settings.roles);
  const rest = Object.keys(view.teams)
    .filter((r) => !played.has(r) && view.teams[r]?.controller === 'table')
    .sort();
  if (rest.length === 0) return null;
  return el(
    'details',
    { class: 'cl-table-actors' },
    el('summary', {}, `Played by their rule tables (${rest.length})`),
    ...rest.map((role) =>
      el(
        'div',
        { class: 'entry', 'data-role': role },
        `${ctx.name(role)} `,
        el(
          'button',
          {
            type: 'button',
            onclick: () =>
              ctx.act({ type: 'takeover', role, to: 'teacher' }, `You play ${actorWords(role).subject} now.`),
          },
          'Take over',
        ),
      ),
    ),
  );
}
