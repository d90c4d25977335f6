/**
 * A 20-minute discussion plan for the teacher (review item 15): a suggested order with minutes, and questions
 * drawn from this game: its largest turning points and the moves where a person chose differently from the
 * rule table, each citing its turn. Templated from the data, so `debrief --json` carries them too.
 */
export interface Discussion {
  plan: { minutes: number; part: string; what: string }[];
  questions: { turn: number; month: string; kind: 'turning-point' | 'decision'; question: string }[];
}

/** What the plan reads of debrief.ts's turning points and decisions (declared here: that module imports this). */
interface Cause {
  kind: 'injected' | 'events' | 'moves' | 'world';
  change: number;
  because: string[];
}
interface TurningPoint {
  turn: number;
  month: string;
  label: string;
  from: number;
  to: number;
  causes: Cause[];
}
interface HumanDecision {
  turn: number;
  month: string;
  actorName: string;
  same: boolean;
  chosen: { title: string };
  table: { title: string };
  continuation: { score: { recorded: number; tables: number } };
}

/** How many questions of each kind the plan draws from the game. */
export const DRAWN_QUESTIONS = 3;

const CAUSE_WORDS: Readonly<Record<Cause['kind'], string>> = {
  injected: 'an event the teacher added',
  events: 'events',
  moves: 'moves',
  world: 'the world’s own dynamics',
};

/** "events (The final US withdrawal commences)": a cause's kind, with its first reason unless a teacher's. */
function causeWords(cause: Cause): string {
  const what = cause.because[0];
  return `${CAUSE_WORDS[cause.kind]}${what && cause.kind !== 'injected' ? ` (${what})` : ''}`;
}

/**
 * The swing's main cause: "mostly through events (...)", or "half through events (...), half through moves"
 * when the two largest causes moved it by the same amount (neither is "mostly" then).
 */
function mainCause(point: TurningPoint): string {
  const [biggest, next, ...rest] = [...point.causes].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  if (!biggest) return '';
  if (next && next.change === biggest.change)
    return rest.every((c) => c.change === 0)
      ? `, half through ${causeWords(biggest)}, half through ${causeWords(next)}`
      : `, as much through ${causeWords(biggest)} as through ${causeWords(next)}`;
  return `, mostly through ${causeWords(biggest)}`;
}

function pointQuestion(p: TurningPoint): Discussion['questions'][number] {
  return {
    turn: p.turn,
    month: p.month,
    kind: 'turning-point',
    question: `Turn ${p.turn} (${p.month}): ${p.label} went from ${p.from} to ${p.to}${mainCause(p)}. Who could have prevented it, and what would it have cost them?`,
  };
}

function decisionQuestion(x: HumanDecision): Discussion['questions'][number] {
  const { score } = x.continuation;
  const question = x.same
    ? `Turn ${x.turn} (${x.month}): ${x.actorName}’s player chose “${x.chosen.title}”, as its rule table would have. Was it for the table’s reasons, or for others?`
    : `Turn ${x.turn} (${x.month}): ${x.actorName}’s player chose “${x.chosen.title}” where its rule table would have chosen “${x.table.title}”; had the tables played on, ${x.actorName}’s score would have ended at ${score.tables} rather than ${score.recorded}. What did the player see that the table did not, or the other way round?`;
  return { turn: x.turn, month: x.month, kind: 'decision', question };
}

export function discussionOf(
  points: readonly TurningPoint[],
  decisions: readonly HumanDecision[],
): Discussion {
  const differing = decisions.filter((x) => !x.same);
  const asked = (differing.length ? differing : decisions.slice(0, 1)).slice(0, DRAWN_QUESTIONS);
  // One question a turn: the largest swing of it (the points come largest first).
  const swings = points
    .filter((p, i) => points.findIndex((q) => q.turn === p.turn) === i)
    .slice(0, DRAWN_QUESTIONS);
  const plan = [
    {
      minutes: 3,
      part: 'Turning points',
      what: 'Read out the largest swings and ask who caused each: a person, a rule table, an event or the world.',
    },
    decisions.length
      ? {
          minutes: 7,
          part: 'Your decisions beside the rule tables’ choices',
          what: 'Take the moves where a player chose differently from the table: which served the role’s interests better, and why? Compare with the interests the role was given.',
        }
      : {
          minutes: 7,
          part: 'The timeline',
          what: 'No one played a role: take the rule tables’ moves in the timeline instead. Which one mattered most, and was it what that actor wanted?',
        },
    {
      minutes: 5,
      part: 'This game and the historical record',
      what: 'Where did this game follow history, and where did it leave it? What made it differ?',
    },
    {
      minutes: 5,
      part: 'Questions',
      what: 'The questions below, then one “what if” from the reports’ questions to close.',
    },
  ];
  return {
    plan,
    questions: [...swings.map(pointQuestion), ...asked.map(decisionQuestion)].sort((a, b) => a.turn - b.turn),
  };
}
