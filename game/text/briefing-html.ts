import { sourceLabel } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';
import type { RoleBriefing } from './briefing.ts';
import {
  interestMeasure,
  leverGroups,
  leverTerms,
  PASS_WORDS,
  SCORE_WORDS,
  startWords,
} from './briefing-text.ts';
import { periodNote } from './citation-period.ts';
import { escapeHtml } from './html.ts';

/** Printable role cards: one self-contained HTML page, no network, one A4 page per role. */

const STYLE = `
  body { font: 7.3pt/1.15 system-ui, sans-serif; color: #111; margin: 0; }
  .card { max-width: 180mm; margin: 8mm auto; padding: 0 4mm; }
  h1 { font-size: 13pt; margin: 0 0 0.5mm; }
  h2 { font-size: 9.5pt; margin: 1.8mm 0 0.8mm; border-bottom: 1px solid #999; }
  .period { color: #444; margin: 0 0 2mm; }
  p { margin: 1mm 0; }
  ul { margin: 0; padding-left: 5mm; }
  li { margin: 0.2mm 0; }
  q, .quote { color: #333; font-style: italic; }
  .source { color: #555; font-style: normal; font-size: 6.5pt; }
  .quote { font-size: 6.6pt; }
  .columns { columns: 2; column-gap: 6mm; }
  .columns li { break-inside: avoid; }
  .columns.three { columns: 3; column-gap: 4mm; }
  @page { size: A4; margin: 8mm; }
  @media print { .card { margin: 0 auto; } .card + .card { break-before: page; } }
`;

function quote(citation: Citation, date: string): string {
  const note = periodNote(citation, date);
  return `<span class="quote">“${escapeHtml(citation.quote)}”</span> <span class="source">(${escapeHtml(sourceLabel(citation.source))}${note ? `; ${escapeHtml(note)}` : ''})</span>`;
}

function card(b: RoleBriefing, start: string): string {
  const situationQuotes = b.situation?.citations ?? b.facts;
  const situation = `${b.situation ? `<p>${escapeHtml(b.situation.text)}</p>` : ''}<ul class="quotes">${situationQuotes.map((c) => `<li>${quote(c, start)}</li>`).join('')}</ul>`;
  const interests = b.interests
    .map(
      (i) =>
        `<li><strong>${escapeHtml(i.title)}</strong>. ${escapeHtml(interestMeasure(i))}<br>${quote(i.citation, start)}</li>`,
    )
    .join('');
  const { now, later } = leverGroups(b);
  const lever = (l: RoleBriefing['levers'][number], when: boolean) =>
    `<li>${escapeHtml(l.title)} <span class="source">(${escapeHtml(leverTerms(l))})</span>${when && l.needs ? `: <em>when ${escapeHtml(l.needs)}</em>` : ''}</li>`;
  const others = b.others
    .map((o) => `<li><strong>${escapeHtml(o.name)}</strong>: ${o.wants.map(escapeHtml).join('; ')}</li>`)
    .join('');
  return `<section class="card" data-actor="${escapeHtml(b.actor.id)}">
<h1>${escapeHtml(b.actor.name)}</h1>
<p class="period">${escapeHtml(b.scenario.title)} · ${escapeHtml(b.scenario.period)}. Role briefing, drawn from the reports.</p>
<h2>The situation</h2>
${situation}
<p>${escapeHtml(startWords(b))}</p>
<h2>What you want</h2>
<p>${escapeHtml(SCORE_WORDS)}</p>
<ul class="columns">${interests}</ul>
<h2>${later.length ? 'What you can do now' : 'What you can do'}</h2>
<ul class="columns three" data-group="now">${now.map((l) => lever(l, false)).join('')}<li>${PASS_WORDS}</li></ul>
${
  later.length
    ? `<h2>Later, once something has changed</h2>
<ul class="columns three" data-group="later">${later.map((l) => lever(l, true)).join('')}</ul>
`
    : ''
}<h2>What the others want, as the reports make it public</h2>
<ul class="columns three">${others}</ul>
</section>`;
}

/** The cards of the given roles as one HTML document, ready to print. */
export function briefingCardsHtml(briefings: readonly RoleBriefing[], start: string): string {
  const title = briefings[0] ? `Role briefings · ${briefings[0].scenario.title}` : 'Role briefings';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${briefings.map((b) => card(b, start)).join('\n')}
</body>
</html>
`;
}
