import type { ActorFile, Citation, ScenarioContent } from '../engine/index.ts';
import { monthsPer, shiftMonths } from '../engine/index.ts';
import { monthName } from './words.ts';

/**
 * A role briefing (issue 13): what a student playing one actor needs before the first turn, drawn from the
 * content only, so every sentence is a report's or the scenario's. Plain data: the CLI prints it, the HTML
 * card (briefing-html.ts) prints it on one page.
 */
export interface RoleBriefing {
  scenario: { id: string; title: string; period: string; summary: string };
  actor: { id: string; name: string };
  /** How the actor starts: its posture, resources and income per turn. */
  start: { posture: string; resources: number; income: number };
  /** The scenario's cited starting facts that concern this actor, with their quotes. */
  facts: Citation[];
  interests: { title: string; want: 'up' | 'down'; weight: number; citation: Citation }[];
  levers: { title: string; cost: number; chancePercent: number; citation: Citation }[];
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

const byWeight = <T extends { weight: number }>(items: readonly T[]) =>
  [...items].sort((x, y) => y.weight - x.weight);

/** The briefing of `actorId` in a resolved scenario, or null if the actor does not play in it. */
export function roleBriefing(content: ScenarioContent, actorId: string): RoleBriefing | null {
  const { scenario } = content;
  const actor = content.actors.find((a) => a.id === actorId);
  const start = scenario.actors.find((a) => a.id === actorId);
  if (!actor || !start) return null;
  const controlled = new Set(scenario.zones.filter((z) => z.control === actorId).map((z) => z.id));
  const playing = scenario.actors.map((a) => a.id).sort();
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      // A quarter is named by its first month: the period ends with the last month of the last turn.
      period: `${monthName(scenario.start)} to ${monthName(shiftMonths(scenario.end, monthsPer[scenario.turnLength] - 1))}`,
      summary: scenario.summary,
    },
    actor: { id: actor.id, name: actor.name },
    start: { posture: start.posture, resources: start.resources, income: start.income },
    facts: scenario.facts
      .filter((f) => concerns(f.path, actor, controlled))
      .flatMap((f) => f.citations.slice(0, 1))
      .slice(0, MAX_FACTS),
    interests: byWeight(actor.interests).flatMap((i) =>
      i.citations[0] ? [{ title: i.title, want: i.want, weight: i.weight, citation: i.citations[0] }] : [],
    ),
    levers: actor.levers.flatMap((l) =>
      l.citations[0]
        ? [{ title: l.title, cost: l.cost, chancePercent: l.chance / 10, citation: l.citations[0] }]
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
