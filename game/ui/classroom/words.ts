import type { Intent, PublicEntry, ViewMessage } from '../../protocol/classroom.ts';
import { monthName } from '../../text/words.ts';
import type { LinkState } from './socket.ts';

/** Words for what the classroom records. Pure: the pages put these strings in text nodes. */

type Name = (role: string) => string;

const REASONS: Record<string, string> = {
  decided: 'every team had decided',
  advance: 'the teacher moved on',
  timer: 'the time ran out',
};

/** One entry of the session's public log in a sentence. */
export function publicEntryText(entry: PublicEntry, name: Name, eventTitle: Name = (id) => id): string {
  const role = typeof entry.role === 'string' ? name(entry.role) : '';
  switch (entry.kind) {
    case 'resolve': {
      const table = Array.isArray(entry.table) ? (entry.table as string[]) : [];
      const why = REASONS[String(entry.reason)] ?? String(entry.reason);
      const tables = table.length ? `; played by their rule tables: ${table.map(name).join(', ')}` : '';
      return `Turn ${entry.turn} was played: ${why}${tables}.`;
    }
    case 'pause':
      return 'The teacher paused the session.';
    case 'resume':
      return 'The teacher resumed the session.';
    case 'takeover':
      return entry.to === 'table'
        ? `The teacher gave ${role} to its rule table.`
        : `The teacher took over ${role}.`;
    case 'handback':
      return `${role} went back to its usual players.`;
    case 'proposal': {
      const from = name(String(entry.from));
      const to = name(String(entry.to));
      return `${from} proposed to ${to}: “${String(entry.terms)}” ${to} ${entry.accept ? 'accepted' : 'declined'}.`;
    }
    case 'inject': {
      const title = typeof entry.title === 'string' ? entry.title : eventTitle(String(entry.event ?? ''));
      const dropped = Array.isArray(entry.dropped) ? (entry.dropped as string[]) : [];
      const redo = dropped.length
        ? ` It made ${dropped.map(name).join(', ')}'s decision impossible: decide again.`
        : '';
      return `The teacher brought in an event: ${title}.${redo}`;
    }
    case 'reasons':
      return entry.show
        ? 'The teacher showed the AI’s reasons to the students.'
        : 'The teacher hid the AI’s reasons from the students.';
    case 'end':
      return entry.reason === 'game_over'
        ? 'The last turn was played: the session is over.'
        : 'The teacher ended the session.';
    default:
      return `${entry.kind} (turn ${entry.turn})`;
  }
}

/** The console's switch for the AI's reasons: what it says, and what it sends, given whether they are shown. */
export function reasonsSwitch(shown: boolean): { label: string; intent: Intent; done: string } {
  return shown
    ? {
        label: 'Hide the AI’s reasons',
        intent: { type: 'reasons', show: false },
        done: 'Students no longer see why the rule tables act.',
      }
    : {
        label: 'Show the AI’s reasons',
        intent: { type: 'reasons', show: true },
        done: 'Students now see why the rule tables act.',
      };
}

/** "0:42", "12:05": the time left on a turn. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Where the session is: its turn and date, paused or over, and the time left when a timer runs. */
export function sessionStatus(
  message: Pick<ViewMessage<unknown>, 'turn' | 'date' | 'phase' | 'paused' | 'deadline'>,
  turns: number | null,
  now: number,
): string {
  if (message.phase === 'over') return 'The session is over.';
  const parts = [`Turn ${message.turn}${turns ? ` of ${turns}` : ''}`, monthName(message.date)];
  if (message.paused) parts.push('paused by the teacher');
  else if (message.deadline !== null) parts.push(`${clock(message.deadline - now)} left`);
  return parts.join(' · ');
}

/** The connection, for the status line. */
export function linkText(state: LinkState): string {
  switch (state.kind) {
    case 'open':
      return 'Connected';
    case 'connecting':
      return state.attempt === 0 ? 'Connecting…' : 'Reconnecting…';
    case 'waiting':
      return `Connection lost: trying again in ${Math.ceil(state.ms / 1000)} s`;
    case 'refused':
      return `Not connected: ${state.message}`;
  }
}

/**
 * What the teacher does next, shown at the top of the console until the first turn is played: the codes, the
 * teams joining, the turn. Each step says whether it is done; `joined` counts the teams with someone connected.
 */
export function nextSteps(joined: number, teams: number): { text: string; done: boolean }[] {
  return [
    { text: 'Give each team its code: print the join sheet below, or show it.', done: joined > 0 },
    {
      text: `Wait until every team shows its students “connected” in the Teams table (${joined} of ${teams} joined so far).`,
      done: teams > 0 && joined === teams,
    },
    {
      text: 'Play the turn: it plays by itself once every team has decided, or press “Play the turn now”.',
      done: false,
    },
  ];
}
