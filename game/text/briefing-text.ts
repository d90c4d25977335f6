import { sourceLabel } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';
import type { RoleBriefing } from './briefing.ts';
import { periodNote } from './citation-period.ts';

/** A quote as a briefing shows it: the words, who wrote them, and whether they describe an earlier time. */
export function briefingQuote(citation: Citation, date: string): string {
  const note = periodNote(citation, date);
  return `“${citation.quote}” (${sourceLabel(citation.source)})${note ? ` (${note})` : ''}`;
}

const wantWord = (want: 'up' | 'down') => (want === 'up' ? 'more' : 'less');

/** The briefing as plain text, for `greatgame briefing`. */
export function briefingText(b: RoleBriefing, start: string): string {
  const out = [
    `${b.actor.name.toUpperCase()} · ${b.scenario.title}`,
    `${b.scenario.period}. Role briefing, drawn from the reports.`,
    '',
    'The situation',
    `  ${b.scenario.summary}`,
    ...b.facts.map((c) => `  - ${briefingQuote(c, start)}`),
    `  Your posture at the start: ${b.start.posture}. Resources: ${b.start.resources}, and ${b.start.income} more each turn.`,
    '',
    'What you want (the weightier first)',
  ];
  for (const i of b.interests) {
    out.push(`  ${i.title} (weight ${i.weight}, ${wantWord(i.want)} is better)`);
    out.push(`    ${briefingQuote(i.citation, start)}`);
  }
  out.push('', 'What you can do');
  for (const l of b.levers) {
    const terms = [
      l.cost ? `costs ${l.cost}` : 'free',
      l.chancePercent < 100 ? `${l.chancePercent}% chance` : null,
    ];
    out.push(`  ${l.title} (${terms.filter(Boolean).join(', ')})`);
  }
  out.push('  Pass (do nothing this turn)', '', 'What the others want, as the reports make it public');
  for (const o of b.others) out.push(`  ${o.name}: ${o.wants.join('; ')}`);
  return out.join('\n');
}
