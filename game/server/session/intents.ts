import type { LegalAction } from '../../engine/index.ts';
import { InjectedEvent, injectedEffects, submit } from '../../engine/index.ts';
import { type Intent, STUDENT_ONLY, TEACHER_ONLY } from '../../protocol/intents.ts';
import type { AppendEffects } from '../store/types.ts';
import type { EntryData } from './entries.ts';
import { isOver, type Member, type SessionModel, turnMs } from './model.ts';
import { undecided } from './resolve.ts';

/** Who sent an intent: the session's teacher, or a member of one role's team. */
export type Principal = { kind: 'teacher' } | { kind: 'member'; member: Member };

export type Checked =
  | { ok: true; entries: EntryData[]; effects?: AppendEffects }
  | { ok: false; code: string; message: string; legal?: LegalAction[] };

const no = (code: string, message: string, legal?: LegalAction[]): Checked =>
  legal ? { ok: false, code, message, legal } : { ok: false, code, message };
const yes = (entries: EntryData[], effects?: AppendEffects): Checked => ({ ok: true, entries, effects });

/** The entries that resolve the turn now, and end the session when it was the last turn. */
export function resolution(
  model: SessionModel,
  reason: 'decided' | 'advance' | 'timer',
  now: number,
): Checked {
  const { turn, turns } = model.game.state.meta;
  const ms = turnMs(model);
  const last = turn >= turns;
  const deadline = model.paused || last || ms === null ? null : now + ms;
  const entries: EntryData[] = [{ kind: 'resolve', turn, reason, table: undecided(model), deadline }];
  if (!last) return yes(entries);
  return yes([...entries, { kind: 'end', reason: 'game_over' }], { endedAt: now });
}

/** Roles one may address: the roles people play. */
const addressable = (model: SessionModel, to: string) =>
  model.config.roles.includes(to) || (model.controllers[to] ?? 'table') !== 'table';

/**
 * Checks an intent against the session as it stands and says what to write: nothing is written or changed
 * here, so a refused intent changes nothing.
 */
export function check(model: SessionModel, who: Principal, intent: Intent, now: number): Checked {
  if (isOver(model)) return no('session_over', 'the session is over');
  if (who.kind === 'member' && who.member.removed) return no('revoked', 'you were removed from the session');
  if (who.kind === 'member' && TEACHER_ONLY.has(intent.type))
    return no('forbidden', `only the teacher may ${intent.type}`);
  if (who.kind === 'teacher' && STUDENT_ONLY.has(intent.type))
    return no('forbidden', `${intent.type} is for students`);
  const own = who.kind === 'teacher' ? 'teacher' : who.member.role;
  const turn = model.game.state.meta.turn;

  switch (intent.type) {
    case 'decide': {
      const role = who.kind === 'teacher' ? intent.role : (intent.role ?? own);
      if (role === undefined) return no('invalid', 'the teacher names the role it decides for');
      if (who.kind === 'member' && role !== own) return no('forbidden', `you play ${own}, not ${role}`);
      const controller = model.controllers[role];
      if (controller === undefined) return no('unknown_role', `'${role}' is not an actor of this scenario`);
      const wanted = who.kind === 'teacher' ? 'teacher' : 'students';
      if (controller !== wanted)
        return no(
          'forbidden',
          `${role} is played by ${controller === 'table' ? 'its rule table' : `the ${controller}`}`,
        );
      if (model.paused) return no('paused', 'the session is paused');
      if (intent.turn !== turn) return no('stale_turn', `this is turn ${turn}, not ${intent.turn}`);
      const submitted = submit(model.game, role, { action: intent.action, target: intent.target });
      if (!submitted.ok)
        return no('illegal', submitted.error.reason ?? submitted.error.message, submitted.error.legal ?? []);
      return yes([{ kind: 'decide', role, turn, action: intent.action, target: intent.target }]);
    }
    case 'message':
      if (intent.to !== 'all' && !addressable(model, intent.to))
        return no('unknown_role', `'${intent.to}' is not a played role (or 'all')`);
      return yes([{ kind: 'message', from: own, to: intent.to, text: intent.text }]);
    case 'propose':
      if (!addressable(model, intent.to) || intent.to === own)
        return no('unknown_role', `'${intent.to}' is not another played role`);
      return yes([{ kind: 'propose', from: own, to: intent.to, terms: intent.terms }]);
    case 'answer': {
      const proposal = model.proposals.get(intent.proposal);
      if (!proposal || (proposal.to !== own && proposal.from !== own))
        return no('unknown_proposal', `no proposal '${intent.proposal}' to you`);
      if (proposal.to !== own) return no('forbidden', 'only the role it was made to answers a proposal');
      if (proposal.answer) return no('already_answered', `proposal ${proposal.id} was answered`);
      return yes([{ kind: 'answer', proposal: proposal.id, accept: intent.accept }]);
    }
    case 'forecast': {
      if (!model.config.forecasts) return no('forecasts_off', 'forecasts are off in this session');
      if (intent.turn !== turn) return no('stale_turn', `this is turn ${turn}, not ${intent.turn}`);
      const unknown = Object.keys(intent.predictions).find((k) => !(k in model.game.state.indicators));
      if (unknown !== undefined) return no('invalid', `'${unknown}' is not an indicator`);
      return yes([{ kind: 'forecast', role: own, turn, predictions: intent.predictions }]);
    }
    case 'pause':
      if (model.paused) return no('paused', 'the session is already paused');
      return yes([
        { kind: 'pause', remaining: model.deadline === null ? null : Math.max(0, model.deadline - now) },
      ]);
    case 'resume':
      if (!model.paused) return no('not_paused', 'the session is not paused');
      return yes([{ kind: 'resume', deadline: model.remaining === null ? null : now + model.remaining }]);
    case 'advance':
      return resolution(model, 'advance', now);
    case 'takeover': {
      const controller = model.controllers[intent.role];
      if (controller === undefined)
        return no('unknown_role', `'${intent.role}' is not an actor of this scenario`);
      if (controller === intent.to)
        return no('unchanged', `${intent.role} is already played by the ${intent.to}`);
      return yes([{ kind: 'takeover', role: intent.role, to: intent.to }]);
    }
    case 'handback': {
      const controller = model.controllers[intent.role];
      if (controller === undefined)
        return no('unknown_role', `'${intent.role}' is not an actor of this scenario`);
      const home = model.config.roles.includes(intent.role) ? 'students' : 'table';
      if (controller === home) return no('unchanged', `${intent.role} is already played by its ${home}`);
      return yes([{ kind: 'handback', role: intent.role }]);
    }
    case 'kick': {
      const member = model.members.get(intent.member);
      if (!member || member.removed) return no('unknown_member', `no member '${intent.member}'`);
      return yes([{ kind: 'kick', member: member.id }], { revoke: [member.id] });
    }
    case 'reasons':
      if (model.aiReasons === intent.show)
        return no('unchanged', `the AI's reasons are already ${intent.show ? 'shown' : 'hidden'}`);
      return yes([{ kind: 'reasons', show: intent.show }]);
    case 'end':
      return yes([{ kind: 'end', reason: 'teacher' }], { endedAt: now });
    case 'inject': {
      const event = InjectedEvent.safeParse(intent.event);
      if (!event.success)
        return no(
          'invalid',
          'event is a deck event id, or {id, title, effects} with effects of the closed set',
        );
      const found = injectedEffects(model.game, event.data);
      if (!found.ok) return no('unknown_event', found.error.message);
      return yes([{ kind: 'inject', turn, event: event.data }]);
    }
  }
}
