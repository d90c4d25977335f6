import type { ActorFile, BriefingFile, Citation, Game, ScenarioContent } from '../engine/index.ts';
import { monthsPer, shiftMonths, unavailableActions } from '../engine/index.ts';
import { requirementSentence } from './sentences.ts';
import { indicatorWords, postureLabel } from './vocabulary.ts';
import { monthName } from './words.ts';

/**
 * A role briefing (issue 13): what a student playing one actor needs before the first turn, drawn from the
 * content only, so every sentence is a report's or the scenario's. Plain data: the CLI prints it, the HTML
 * card (briefing-html.ts) prints it on one page.
 */
export interface RoleBriefing {
  scenario: { id: string; title: string; period: string; summary: string };
  actor: { id: string; name: string };
  /**
   * The situation at the scenario's start, from <scenario>/briefing.json: the role's own paragraph (`own`), else
   * the scenario's opening; null when the scenario has no briefing file.
   */
  situation: { text: string; citations: Citation[]; own: boolean } | null;
  /** How the actor starts: its posture (in words), resources and income per turn ("month" or "quarter"). */
  start: { posture: string; resources: number; income: number; per: 'month' | 'quarter' };
  /** The scenario's cited starting facts that concern this actor, with their quotes. */
  facts: Citation[];
  /** `measure` is the indicator's label; `totalWeight` the sum of the actor's weights (the score's parts). */
  interests: {
    title: string;
    measure: string;
    want: 'up' | 'down';
    weight: number;
    totalWeight: number;
    citation: Citation;
  }[];
  /**
   * Every lever; with the game's start at hand, `now` says whether it can be taken on the first turn and `needs`
   * what it waits for, in words ("Kabul has fallen"). Without it, `now` is null.
   */
  levers: {
    title: string;
    cost: number;
    chancePercent: number;
    citation: Citation;
    now: boolean | null;
    needs: string | null;
  }[];
  /** What each other actor of the scenario wants most, as the reports set it out: public knowledge. */
  others: { id: string; name: string; wants: string[] }[];
}

/** The facts shown beside a briefing: enough for a situation, few enough for one page. */
const MAX_FACTS = 3;
/** How many of another actor's interests a briefing names: its weightiest. */
const OTHERS_WANTS = 2;

/** Does a fact's path (`relations.russia.taliban`, `actors.resistance.posture`, ...) concern this actor? */
function concerns(path: string, actor: ActorFile, controlled: ReadonlySet<string>): boolean {
  const [head, a, b] = path.split('.');
  if (head === 'relations') return a === actor.id || b === actor.id;
  if (head === 'actors') return a === actor.id;
  if (head === 'indicators') return actor.interests.some((i) => i.indicator === a);
  if (head === 'zones') return a !== undefined && controlled.has(a);
  return false;
}

function situationOf(briefing: BriefingFile | null, actorId: string): RoleBriefing['situation'] {
  if (!briefing) return null;
  const own = briefing.roles[actorId];
  const chosen = own ?? briefing.opening;
  return { text: chosen.text, citations: chosen.citations, own: own !== undefined };
}

const byWeight = <T extends { weight: number }>(items: readonly T[]) =>
  [...items].sort((x, y) => y.weight - x.weight);

/** What a lever waits for at the start, in words, or null when it can be taken on the first turn. */
function needsAtStart(start: Game, actorId: string): Map<string, string> {
  const unavailable = unavailableActions(start, actorId);
  const needs = new Map<string, string>();
  if (!unavailable.ok) return needs;
  for (const { action, why } of unavailable.actions) {
    if (why.kind === 'cost') needs.set(action, `you have ${why.cost} resources`);
    else if (why.kind === 'no-target') needs.set(action, 'there is a target for it');
    // The sentence says what holds now in brackets; the card gives the situation once, above.
    else
      needs.set(
        action,
        requirementSentence(start.prepared, why.condition, why.values).replace(/ \(now:? [^)]*\)/g, ''),
      );
  }
  return needs;
}

/**
 * The briefing of `actorId` in a resolved scenario, or null if the actor does not play in it. `briefing` is the
 * scenario's briefing file; `start`, a game at its first turn, tells which moves are possible then.
 */
export function roleBriefing(
  content: ScenarioContent,
  actorId: string,
  context: { briefing?: BriefingFile | null; start?: Game | null } = {},
): RoleBriefing | null {
  const { scenario } = content;
  const actor = content.actors.find((a) => a.id === actorId);
  const start = scenario.actors.find((a) => a.id === actorId);
  if (!actor || !start) return null;
  const controlled = new Set(scenario.zones.filter((z) => z.control === actorId).map((z) => z.id));
  const playing = scenario.actors.map((a) => a.id).sort();
  const totalWeight = actor.interests.reduce((sum, i) => sum + i.weight, 0);
  const needs = context.start ? needsAtStart(context.start, actorId) : null;
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      // A quarter is named by its first month: the period ends with the last month of the last turn.
      period: `${monthName(scenario.start)} to ${monthName(shiftMonths(scenario.end, monthsPer[scenario.turnLength] - 1))}`,
      summary: scenario.summary,
    },
    actor: { id: actor.id, name: actor.name },
    situation: situationOf(context.briefing ?? null, actorId),
    start: {
      posture: postureLabel(start.posture),
      resources: start.resources,
      income: start.income,
      per: scenario.turnLength,
    },
    facts: scenario.facts
      .filter((f) => concerns(f.path, actor, controlled))
      .flatMap((f) => f.citations.slice(0, 1))
      .slice(0, MAX_FACTS),
    interests: byWeight(actor.interests).flatMap((i) =>
      i.citations[0]
        ? [
            {
              title: i.title,
              measure: indicatorWords(i.indicator).label,
              want: i.want,
              weight: i.weight,
              totalWeight,
              citation: i.citations[0],
            },
          ]
        : [],
    ),
    levers: actor.levers.flatMap((l) =>
      l.citations[0]
        ? [
            {
              title: l.title,
              cost: l.cost,
              chancePercent: l.chance / 10,
              citation: l.citations[0],
              now: needs ? !needs.has(l.id) : null,
              needs: needs?.get(l.id) ?? null,
            },
          ]
        : [],
    ),
    others: playing
      .filter((id) => id !== actorId)
      .flatMap((id) => {
        const other = content.actors.find((a) => a.id === id);
        if (!other) return [];
        const wants = byWeight(other.interests)
          .slice(0, OTHERS_WANTS)
          .map((i) => i.title);
        return [{ id, name: other.name, wants }];
      }),
  };
}
