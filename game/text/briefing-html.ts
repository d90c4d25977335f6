import { sourceLabel } from '../content/sources.ts';
import type { Citation } from '../engine/index.ts';
import type { RoleBriefing } from './briefing.ts';
import { periodNote } from './citation-period.ts';
import { escapeHtml } from './html.ts';

/** Printable role cards: one self-contained HTML page, no network, one A4 page per role. */

/** How many interests a card quotes; the card has one page, and Russia has nine. */
const QUOTED_INTERESTS = 4;

const STYLE = `
  body { font: 8pt/1.22 system-ui, sans-serif; color: #111; margin: 0; }
  .card { max-width: 180mm; margin: 8mm auto; padding: 0 4mm; }
  h1 { font-size: 14pt; margin: 0 0 1mm; }
  h2 { font-size: 10pt; margin: 2.5mm 0 1mm; border-bottom: 1px solid #999; }
  .period { color: #444; margin: 0 0 2mm; }
  p { margin: 1mm 0; }
  ul { margin: 0; padding-left: 5mm; }
  li { margin: 0.3mm 0; }
  q, .quote { color: #333; font-style: italic; }
  .source { color: #555; font-style: normal; font-size: 9pt; }
  .columns { columns: 2; column-gap: 6mm; }
  .columns li { break-inside: avoid; }
  .columns.three { columns: 3; column-gap: 4mm; }
  @page { size: A4; margin: 10mm; }
  @media print { .card { margin: 0 auto; } .card + .card { break-before: page; } }
`;

function quote(citation: Citation, date: string): string {
  const note = periodNote(citation, date);
  return `<span class="quote">“${escapeHtml(citation.quote)}”</span> <span class="source">(${escapeHtml(sourceLabel(citation.source))}${note ? `; ${escapeHtml(note)}` : ''})</span>`;
}

function card(b: RoleBriefing, start: string): string {
  const facts = b.facts.map((c) => `<li>${quote(c, start)}</li>`).join('');
  // The weightiest interests with their quotes; the rest by title, so that the card stays on one page.
  const interests = b.interests
    .map((i, n) => {
      const line = `<strong>${escapeHtml(i.title)}</strong> (weight ${i.weight}, ${i.want === 'up' ? 'more' : 'less'} is better)`;
      return `<li>${n < QUOTED_INTERESTS ? `${line}<br>${quote(i.citation, start)}` : line}</li>`;
    })
    .join('');
  const levers = b.levers
    .map((l) => {
      const terms = [
        l.cost ? `costs ${l.cost}` : 'free',
        l.chancePercent < 100 ? `${l.chancePercent}% chance` : '',
      ];
      return `<li>${escapeHtml(l.title)} <span class="source">(${terms.filter(Boolean).join(', ')})</span></li>`;
    })
    .join('');
  const others = b.others
    .map((o) => `<li><strong>${escapeHtml(o.name)}</strong>: ${o.wants.map(escapeHtml).join('; ')}</li>`)
    .join('');
  return `<section class="card" data-actor="${escapeHtml(b.actor.id)}">
<h1>${escapeHtml(b.actor.name)}</h1>
<p class="period">${escapeHtml(b.scenario.title)} · ${escapeHtml(b.scenario.period)}. Role briefing, drawn from the reports.</p>
<h2>The situation</h2>
<p>${escapeHtml(b.scenario.summary)}</p>
<ul>${facts}</ul>
<p>Your posture at the start: ${escapeHtml(b.start.posture)}. Resources: ${b.start.resources}, and ${b.start.income} more each turn.</p>
<h2>What you want</h2>
<ul class="columns">${interests}</ul>
<h2>What you can do</h2>
<ul class="columns three">${levers}<li>Pass (do nothing this turn)</li></ul>
<h2>What the others want, as the reports make it public</h2>
<ul class="columns">${others}</ul>
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
