import type {
  RoleStanding,
  Settings,
  StudentBody,
  TeacherBody,
  TeamDecision as WireDecision,
  ViewMessage as WireView,
} from '../../protocol/classroom.ts';
import { gameFor, legalFor, teacherGame } from './engine-parts.ts';
import type { Member, Message, SessionModel, TeamDecision } from './model.ts';
import { isOver } from './model.ts';

/** The envelope every view message has (CLASSROOM.md), with a student's or the teacher's body inside. */
export type ViewMessage = WireView<StudentBody | TeacherBody>;

export type Connected = (memberId: string) => boolean;

const nameOf = (model: SessionModel, by: string) =>
  by === 'teacher' || by === 'system' ? by : (model.members.get(by)?.name ?? '');

/** Messages and proposals as a student reads them: who sent them by name; member ids stay with the teacher. */
function withNames<T extends { by: string; answer?: { accept: boolean; by: string } | null }>(
  model: SessionModel,
  item: T,
) {
  const { by, ...rest } = item;
  const answer = item.answer
    ? { accept: item.answer.accept, by: nameOf(model, item.answer.by) }
    : item.answer;
  return { ...rest, by: nameOf(model, by), ...(answer === undefined ? {} : { answer }) };
}

/** A rule table's message without the report's sentence behind it, while the AI's reasons are hidden. */
function withoutReason(m: Message, reasons: boolean): Message {
  if (reasons || m.reason === undefined) return m;
  const { reason: _reason, ...rest } = m;
  return rest;
}

const memberView = (m: Member, connected: Connected) => ({
  id: m.id,
  name: m.name,
  connected: connected(m.id),
});

function decisionView(model: SessionModel, d: TeamDecision | undefined): WireDecision | null {
  if (!d) return null;
  const by = d.by === 'teacher' ? 'teacher' : (model.members.get(d.by)?.name ?? d.by);
  return { action: d.action, target: d.target, by, byMember: d.by, at: d.at };
}

/** Every role's standing, without what it decided: who plays it, how many joined, whether it has decided. */
function rolesView(model: SessionModel): RoleStanding[] {
  return Object.keys(model.controllers)
    .filter((role) => model.controllers[role] !== 'table' || model.config.roles.includes(role))
    .sort()
    .map((role) => ({
      role,
      controller: model.controllers[role] ?? 'table',
      members: [...model.members.values()].filter((m) => m.role === role && !m.removed).length,
      decided: model.decisions.has(role),
    }));
}

function envelope<B extends StudentBody | TeacherBody>(
  model: SessionModel,
  role: string,
  now: number,
  body: B,
): WireView<B> {
  const { meta } = model.game.state;
  return {
    type: 'view',
    session: model.id,
    role,
    turn: meta.turn,
    date: meta.date,
    phase: isOver(model) ? 'over' : meta.phase,
    paused: model.paused,
    deadline: model.deadline,
    now,
    view: body,
  };
}

const settings = (model: SessionModel): Settings => ({
  scenario: model.config.scenario,
  variant: model.config.variant,
  roles: model.config.roles,
  turnSeconds: model.config.turnSeconds,
  forecasts: model.config.forecasts,
  aiReasons: model.aiReasons,
});

/**
 * A student's view: the engine's view for the role (no seed, no hashes, no other pending decision), the public
 * log, the messages and proposals addressed to or sent by the role, and its team. Nothing else is copied in.
 */
export function studentView(
  model: SessionModel,
  role: string,
  connected: Connected,
  now: number,
): WireView<StudentBody> {
  const own = (x: { from: string; to: string }) => x.from === role || x.to === role;
  const playing = model.controllers[role] === 'students' && !isOver(model) && !model.paused;
  return envelope<StudentBody>(model, role, now, {
    settings: settings(model),
    game: gameFor(model.game, role, model.aiReasons),
    legal: playing ? legalFor(model.game, role) : [],
    controller: model.controllers[role] ?? 'table',
    publicLog: model.publicLog,
    messages: model.messages
      .filter((m) => own(m) || m.to === 'all')
      .map((m) => withNames(model, withoutReason(m, model.aiReasons))),
    proposals: [...model.proposals.values()].filter(own).map((p) => withNames(model, p)),
    team: {
      members: [...model.members.values()]
        .filter((m) => m.role === role && !m.removed)
        .map((m) => memberView(m, connected)),
      decision: decisionView(model, model.decisions.get(role)),
      forecast: model.forecasts.get(role) ?? null,
      pastForecasts: model.forecastsMade.filter((f) => f.actor === role),
    },
    roles: rolesView(model),
  });
}

/** The teacher's view holds everything, the seed and every pending decision included. */
export function teacherView(model: SessionModel, connected: Connected, now: number): WireView<TeacherBody> {
  const teams = Object.fromEntries(
    Object.keys(model.controllers)
      .sort()
      .map((role) => [
        role,
        {
          controller: model.controllers[role] ?? 'table',
          code: model.config.codes[role] ?? null,
          members: [...model.members.values()]
            .filter((m) => m.role === role)
            .map((m) => ({ ...memberView(m, connected), removed: m.removed })),
          decision: decisionView(model, model.decisions.get(role)),
          forecast: model.forecasts.get(role) ?? null,
          legal: legalFor(model.game, role),
        },
      ]),
  );
  return envelope<TeacherBody>(model, 'teacher', now, {
    settings: { ...settings(model), seed: model.config.seed, codes: model.config.codes },
    game: teacherGame(model.game),
    publicLog: model.publicLog,
    messages: model.messages,
    proposals: [...model.proposals.values()],
    teams,
    roles: rolesView(model),
    remaining: model.remaining,
  });
}
