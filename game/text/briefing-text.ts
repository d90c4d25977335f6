import { sourceLabel } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';
import type { RoleBriefing } from './briefing.ts';
import { periodNote } from './citation-period.ts';

/** A quote as a briefing shows it: the words, who wrote them, and whether they describe an earlier time. */
export function briefingQuote(citation: Citation, date: string): string {
  const note = periodNote(citation, date);
  return `“${citation.quote}” (${sourceLabel(citation.source)})${note ? ` (${note})` : ''}`;
}

type Interest = RoleBriefing['interests'][number];
type Lever = RoleBriefing['levers'][number];

/** How a score is made, said once above the interests. */
export const SCORE_WORDS =
  'Your score (0 to 100) is the average of how well these stand, each counted by its weight: a weight of 5 counts five times as much as a weight of 1.';

/** "Measured by Terror threat to Central Asia: lower is better; 5 of the 26 parts of your score." */
export function interestMeasure(i: Pick<Interest, 'measure' | 'want' | 'weight' | 'totalWeight'>): string {
  return `Measured by ${i.measure}: ${i.want === 'up' ? 'higher' : 'lower'} is better; ${i.weight} of the ${i.totalWeight} parts of your score.`;
}

/** The start in words: what posture and resources mean, not only their values. */
export function startWords(b: RoleBriefing): string {
  const each = b.start.per === 'month' ? 'each month' : 'each quarter';
  return `Your stance at the start: ${b.start.posture} (how you stand towards the others; some of the computer players' rules look at it). Resources: ${b.start.resources} points to spend on moves (a move's cost comes out of them), and ${b.start.income} more ${each}.`;
}

/** "costs 2, 95% chance it works" or "free". */
export function leverTerms(l: Lever): string {
  const terms = [l.cost ? `costs ${l.cost}` : 'free'];
  if (l.chancePercent < 100) terms.push(`${l.chancePercent}% chance it works`);
  return terms.join(', ');
}

/** The levers as a card groups them: possible on the first turn, and the rest with what they wait for. */
export function leverGroups(b: RoleBriefing): { now: Lever[]; later: Lever[] } {
  return {
    now: b.levers.filter((l) => l.now !== false),
    later: b.levers.filter((l) => l.now === false),
  };
}

export const PASS_WORDS = 'Pass (do nothing this turn)';

/** The briefing as plain text, for `greatgame briefing`. */
export function briefingText(b: RoleBriefing, start: string): string {
  const out = [
    `${b.actor.name.toUpperCase()} · ${b.scenario.title}`,
    `${b.scenario.period}. Role briefing, drawn from the reports.`,
    '',
    'The situation',
  ];
  if (b.situation) {
    out.push(`  ${b.situation.text}`, '  From the reports:');
    for (const c of b.situation.citations) out.push(`  - ${briefingQuote(c, start)}`);
  } else out.push(...b.facts.map((c) => `  - ${briefingQuote(c, start)}`));
  out.push(`  ${startWords(b)}`, '');
  out.push('What you want (the weightier first)', `  ${SCORE_WORDS}`);
  for (const i of b.interests) {
    out.push(`  ${i.title}. ${interestMeasure(i)}`);
    out.push(`    ${briefingQuote(i.citation, start)}`);
  }
  const { now, later } = leverGroups(b);
  out.push('', later.length ? 'What you can do now' : 'What you can do');
  for (const l of now) out.push(`  ${l.title} (${leverTerms(l)})`);
  out.push(`  ${PASS_WORDS}`);
  if (later.length) {
    out.push('', 'What you can do later, once something has changed');
    for (const l of later) out.push(`  ${l.title} (${leverTerms(l)}): when ${l.needs}`);
  }
  out.push('', 'What the others want, as the reports make it public');
  for (const o of b.others) out.push(`  ${o.name}: ${o.wants.join('; ')}`);
  return out.join('\n');
}
