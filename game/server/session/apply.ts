import type { LogEntry } from '../store/types.ts';
import { EntryData } from './entries.ts';
import { applyInjection } from './inject.ts';
import type { SessionModel } from './model.ts';
import { resolveTurn } from './resolve.ts';

/**
 * Applies one accepted log entry to a session. The live server and a rebuild after a restart both come through
 * here, so a rebuilt session is the session that was acknowledged. Checks happen before an entry is written
 * (intents.ts); an entry that no longer parses (a damaged file) is skipped, never thrown.
 */
export function applyEntry(model: SessionModel, entry: LogEntry): boolean {
  const parsed = EntryData.safeParse(entry.data);
  model.n = entry.n;
  if (!parsed.success) return false;
  const data = parsed.data;
  const { n, at, by } = entry;
  const turn = model.game.state.meta.turn;
  const record = (kind: string, fields: Record<string, unknown> = {}) =>
    model.publicLog.push({ n, at, turn, kind, ...fields });
  switch (data.kind) {
    case 'start':
      model.deadline = data.deadline;
      break;
    case 'join':
      model.members.set(data.member, { id: data.member, role: data.role, name: data.name, removed: false });
      break;
    case 'decide':
      model.decisions.set(data.role, { action: data.action, target: data.target, by, at });
      break;
    case 'forecast':
      model.forecasts.set(data.role, { predictions: data.predictions, by, at });
      break;
    case 'message':
      model.messages.push({ id: `m${n}`, turn, from: data.from, to: data.to, text: data.text, by, at });
      break;
    case 'propose':
      model.proposals.set(`p${n}`, {
        id: `p${n}`,
        turn,
        from: data.from,
        to: data.to,
        terms: data.terms,
        by,
        at,
        answer: null,
      });
      break;
    case 'answer': {
      const proposal = model.proposals.get(data.proposal);
      if (!proposal) break;
      proposal.answer = { accept: data.accept, by, at };
      // Recorded for all once answered: the terms and the answer both.
      record('proposal', {
        proposal: proposal.id,
        from: proposal.from,
        to: proposal.to,
        terms: proposal.terms,
        accept: data.accept,
      });
      break;
    }
    case 'pause':
      model.paused = true;
      model.remaining = data.remaining;
      model.deadline = null;
      record('pause');
      break;
    case 'resume':
      model.paused = false;
      model.remaining = null;
      model.deadline = data.deadline;
      record('resume');
      break;
    case 'deadline':
      model.deadline = data.deadline;
      break;
    case 'takeover':
      model.controllers[data.role] = data.to;
      // A decision made by the role's students does not bind whoever plays it now.
      model.decisions.delete(data.role);
      record('takeover', { role: data.role, to: data.to });
      break;
    case 'handback':
      model.controllers[data.role] = model.config.roles.includes(data.role) ? 'students' : 'table';
      model.decisions.delete(data.role);
      record('handback', { role: data.role });
      break;
    case 'kick': {
      const member = model.members.get(data.member);
      if (member) member.removed = true;
      break;
    }
    case 'resolve':
      resolveTurn(model, data, n, at);
      break;
    case 'inject':
      applyInjection(model, data, n, at);
      break;
    case 'reasons':
      model.aiReasons = data.show;
      record('reasons', { show: data.show });
      break;
    case 'end':
      model.ended = true;
      model.deadline = null;
      record('end', { reason: data.reason });
      break;
  }
  return true;
}
