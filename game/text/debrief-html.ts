import type { Cause, Debrief, ForecastRow, HumanDecision, Quote } from '../analysis/debrief.ts';
import type { ReplayFile } from '../engine/index.ts';
import { KELLY_COLOURS } from './actor-colours.ts';
import { escapeHtml } from './html.ts';
import { usableLanguage } from './language-tag.ts';
import { count, signed } from './words.ts';

/**
 * The after-action report as one self-contained HTML page (issue 13): no network, printable, with its replay
 * inside (`<script type="application/json" id="replay">`) so that the file can be opened again as a replay.
 * The charts are uPlot's, inlined: the caller hands over its script and stylesheet (the CLI reads them from
 * node_modules, the browser bundles them), so that this module stays free of files.
 */
export interface ChartLibrary {
  /** uPlot.iife.min.js: defines the global `uPlot`. */
  script: string;
  css: string;
}

const STYLE = `
  body { font: 10pt/1.35 system-ui, sans-serif; color: #111; margin: 0; }
  main { max-width: 180mm; margin: 8mm auto; padding: 0 4mm; }
  h1 { font-size: 18pt; margin: 0 0 1mm; }
  h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; }
  h3 { font-size: 11pt; margin: 4mm 0 1mm; }
  .lead { color: #444; }
  .quote { color: #333; font-style: italic; }
  .source { color: #555; font-style: normal; font-size: 9pt; }
  table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
  th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 1px solid #ddd; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .held { color: #1a6b2f; font-weight: 600; }
  .missed { color: #9b1c1c; font-weight: 600; }
  .human { font-weight: 600; }
  .turn { break-inside: avoid; margin: 2mm 0; }
  .turn ul, .point ul { margin: 0.5mm 0; padding-left: 5mm; }
  .decision, .point, .question, .forecasts, .role { break-inside: avoid; margin: 3mm 0; }
  .teacher { border: 1px solid #999; padding: 1mm 4mm 2mm; margin: 4mm 0; break-inside: avoid; }
  .teacher li { margin: 1mm 0; }
  tr.human td { font-weight: 600; }
  .chart { break-inside: avoid; margin: 2mm 0 5mm; }
  /* uPlot's legend is a table too: none of the report's table rules, and its items wrap on a phone. */
  .chart .u-legend th, .chart .u-legend td { border: 0; padding: 0 1mm; }
  .chart .u-legend { width: 100%; margin: 0; }
  /* On a phone a wide table scrolls in its own box; the page never scrolls sideways. */
  @media screen and (max-width: 600px) {
    table:not(.u-legend) { display: block; overflow-x: auto; }
  }
  details { font-size: 8.5pt; color: #555; }
  @page { size: A4; margin: 12mm; }
  @media print {
    main { margin: 0 auto; }
    h2 { break-after: avoid; }
    section.part { break-before: page; }
    section.part:first-of-type { break-before: auto; }
    details { display: none; }
  }
`;

/** JSON inside a script element: `<` as its escape, so that no `</script>` (or `<!--`) ends it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** uPlot's script with its banner (a web address) kept as words: the page names no address at all. */
const inlineScript = (script: string) =>
  script
    .replace(/^\/\*![^*]*\*\//, '/*! uPlot, by Leon Sorokin, MIT License */')
    .replace(/<\/script/gi, '<\\/script');

const e = escapeHtml;

function quote(q: Quote | null): string {
  if (!q) return '';
  const note = q.note ? `; ${e(q.note)}` : '';
  return `<span class="quote">“${e(q.quote)}”</span> <span class="source">(${e(q.source)}${note})</span>`;
}

/** The modeller's ids, folded away: students read the words. */
const details = (text: string) => `<details><summary>details</summary>${e(text)}</details>`;

function header(d: Debrief): string {
  const humans = d.humans.length
    ? `Played by people: ${d.humans.map((h) => e(h.name)).join(', ')}; the rule tables played the others.`
    : 'The rule tables played every actor.';
  const variants = d.variants.length
    ? `Counterfactual: ${d.variants.map(e).join('; ')}.`
    : 'No counterfactual: the scenario as the reports describe it.';
  return `<h1>After-action report: ${e(d.scenario.title)}</h1>
<p class="lead">${e(d.scenario.period)} · seed ${d.scenario.seed} · ${count(d.turns, 'turn')} played. ${variants} ${humans}</p>
<p>${e(d.scenario.summary)}</p>
<p class="lead">${e(d.verified)} The replay is inside this file: open it in the game with “Open replay”.</p>`;
}

const CAUSE_LEAD: Readonly<Record<Cause['kind'], string>> = {
  injected: 'An event the teacher added',
  events: 'Events',
  moves: 'Moves',
  world: 'The world’s own dynamics',
};

function causeLine(c: Cause): string {
  const because =
    c.because.length > 0
      ? c.because.map(e).join('; ')
      : c.kind === 'world'
        ? 'the situation drifting on, and what the changes on the map add up to'
        : 'the turn’s other changes';
  return `<li>${CAUSE_LEAD[c.kind]} (${signed(c.change)}): ${because}</li>`;
}

function turningPoints(d: Debrief): string {
  if (d.turningPoints.length === 0) return '<p>No indicator moved in this game.</p>';
  const items = d.turningPoints
    .map(
      (
        p,
      ) => `<div class="point"><strong>${e(p.month)}: ${e(p.label)} ${p.from} → ${p.to} (${signed(p.change)})</strong>
<ul>${p.causes.map(causeLine).join('')}</ul></div>`,
    )
    .join('\n');
  return `<h2>Turning points</h2>
<p class="lead">The ${count(d.turningPoints.length, 'largest swing')} of an indicator in one turn, and what caused each.</p>
${items}`;
}

/** A scripted event that moved a person's role (review item 17): the history acted, not the player. */
const actsFor = (roles: readonly { actorName: string }[]) =>
  roles.length
    ? ` <span class="human">A scripted event, acting for ${roles.map((r) => `${e(r.actorName)} (played by a person)`).join(' and ')}: the history’s move, not the player’s.</span>`
    : '';

function timeline(d: Debrief): string {
  const turns = d.timeline
    .map((t) => {
      const events = t.events.map(
        (ev) => `<li>Event: <strong>${e(ev.title)}</strong>.${actsFor(ev.actsFor)} ${quote(ev.quote)}</li>`,
      );
      const moves = t.moves
        .filter((m) => m.action !== 'pass' || m.human)
        .map((m) => {
          const who = m.human
            ? `<span class="human">${e(m.actorName)} (played by a person)</span>`
            : e(m.actorName);
          const what = m.action === 'pass' ? 'passes' : `${e(m.title)} — ${e(m.outcome)}`;
          const why = m.why ? `<br>${e(m.why)}` : '';
          const ids = m.ruleId ? details(`rule ${m.ruleId}`) : '';
          return `<li>${who}: ${what}${why}${ids}</li>`;
        });
      const world = t.world.map((w) => `<li>${e(w)}</li>`);
      const moved = t.moved.length
        ? `Moved: ${t.moved.map((m) => `${e(m.label)} ${m.from} → ${m.to}`).join(', ')}.`
        : 'Nothing moved.';
      return `<div class="turn"><h3>Turn ${t.turn} · ${e(t.month)}</h3><ul>${[...events, ...moves, ...world].join('')}</ul><p>${moved}</p></div>`;
    })
    .join('\n');
  return `<section class="part"><h2>The timeline</h2>
<p class="lead">Every event and move, month by month (moves to pass are left out, except a person’s).</p>
${turns}</section>`;
}

/** The range of final scores the dice alone give a role (finding 22), if the debrief measured it. */
const chanceFor = (d: Debrief, actor: string) => d.ending.chance.find((c) => c.actor === actor);

/** Whether two final scores of a role differ by more than the dice alone move it, in words. */
function chanceWords(d: Debrief, x: HumanDecision): string {
  const range = chanceFor(d, x.actor);
  if (!range) return '';
  const { recorded, tables } = x.continuation.score;
  const inside = (v: number) => v >= range.p5 && v <= range.p95;
  return inside(recorded) && inside(tables)
    ? `Both lie inside the ${range.p5} to ${range.p95} that chance alone gives this score: the decision made no clear difference.`
    : `One lies outside the ${range.p5} to ${range.p95} that chance alone gives this score: a clear difference.`;
}

function decision(d: Debrief, x: HumanDecision): string {
  const chosen = `${e(x.chosen.title)} — ${e(x.chosen.outcome)}`;
  const table = x.same
    ? `Its rule table would have made the same move.`
    : `Its rule table would have chosen: <strong>${e(x.table.title)}</strong>. ${e(x.table.why ?? '')} ${quote(x.table.quote)}`;
  const others = x.alternatives.length
    ? `<br>The table’s draw could also have given: ${x.alternatives.map(e).join('; ')}.`
    : '';
  const c = x.continuation;
  const score = `${e(x.actorName)}’s interest score at the end: ${c.score.recorded} as played, ${c.score.tables} had the tables played on (${signed(c.score.tables - c.score.recorded)}). ${e(chanceWords(d, x))}`;
  const replaced = c.replaced.length
    ? `<p>Not possible in that other game, so left to the tables: ${c.replaced.map((r) => `${e(r.actorName)}’s move in turn ${r.turn} (${e(r.title)})`).join('; ')}.</p>`
    : '';
  const ids = details(
    `chosen ${x.chosen.action}${x.chosen.target ? ` ${x.chosen.target}` : ''}; table ${x.table.ruleId ?? x.table.action}`,
  );
  return `<div class="decision"><h3>Turn ${x.turn} · ${e(x.month)}: ${e(x.actorName)}</h3>
<p>Chosen: <strong>${chosen}</strong>.<br>${table}${others}</p>
<p>${score}</p>
${replaced}${ids}</div>`;
}

/** An indicator's difference counts as notable in the continuations' table from this size on. */
export const NOTABLE = 5;

/** "no (both in 64-72)", "yes": the table's column for finding 22, empty when the range was not measured. */
function beyondChance(d: Debrief, x: HumanDecision): string {
  const range = chanceFor(d, x.actor);
  if (!range) return '';
  const { recorded, tables } = x.continuation.score;
  const inside = (v: number) => v >= range.p5 && v <= range.p95;
  return inside(recorded) && inside(tables) ? `no (both in ${range.p5}–${range.p95})` : 'yes';
}

/**
 * The continuations in one table (review item 18): a row per decision, with the score and only the indicators
 * that end notably differently, largest first.
 */
function continuations(d: Debrief): string {
  if (d.decisions.length === 0) return '';
  const rows = d.decisions
    .map((x) => {
      const c = x.continuation;
      const notable = c.indicators
        .filter((i) => Math.abs(i.difference) >= NOTABLE)
        .sort(
          (a, b) => Math.abs(b.difference) - Math.abs(a.difference) || (a.indicator < b.indicator ? -1 : 1),
        )
        .slice(0, 3)
        .map((i) => `${e(i.label)} ${i.recorded} → ${i.tables}`);
      return `<tr><td>${x.turn} · ${e(x.month)}</td><td>${e(x.actorName)}</td><td class="n">${c.score.recorded}</td><td class="n">${c.score.tables} (${signed(c.score.tables - c.score.recorded)})</td><td>${e(beyondChance(d, x))}</td><td>${notable.length ? notable.join('; ') : `none by ${NOTABLE} or more`}</td></tr>`;
    })
    .join('');
  const turns = d.decisions[0]?.continuation.turns ?? d.turns;
  return `<h3>Had the tables played on from each decision</h3>
<p class="lead">Same seed, same dice, to the end of turn ${turns}; the tables played the role from the decision’s turn on.</p>
<table><tr><th>Decision</th><th>Role</th><th>Score as played</th><th>Tables from there</th><th>Beyond chance?</th><th>Indicators ending ${NOTABLE} or more apart (as played → tables)</th></tr>${rows}</table>`;
}

/** What a role wanted, from the actor's data, and how each interest ended (review item 16). */
function role(d: Debrief, h: Debrief['humans'][number]): string {
  const items = h.interests
    .map((i) => {
      const served = i.want === 'up' ? i.end > i.start : i.end < i.start;
      const moved = i.end === i.start ? 'unchanged' : served ? 'served' : 'not served';
      const source = i.quote
        ? ` <span class="quote">“${e(i.quote.quote)}”</span> <span class="source">(${e(i.quote.source)})</span>`
        : '';
      return `<li><strong>${e(i.title)}</strong> (${e(i.label)} ${i.want}, weight ${i.weight}): ${i.start} → ${i.end}, <span class="${moved === 'served' ? 'held' : moved === 'not served' ? 'missed' : ''}">${moved}</span>.${source}</li>`;
    })
    .join('');
  const scripted = d.timeline.flatMap((t) =>
    t.events
      .filter((ev) => ev.actsFor.some((a) => a.actor === h.id))
      .map((ev) => `turn ${t.turn} (${e(t.month)}): ${e(ev.title)}`),
  );
  const acted = scripted.length
    ? `<p>Scripted events also acted for ${e(h.name)}, whatever its player chose: ${scripted.join('; ')}.</p>`
    : '';
  return `<div class="role"><h3>What ${e(h.name)} wanted</h3>
<p class="lead">Its interests, from the briefing, with where each indicator stood at the start and at the end.</p>
<ul>${items}</ul>${acted}</div>`;
}

function decisions(d: Debrief): string {
  const body = d.decisions.length
    ? [...d.humans.map((h) => role(d, h)), ...d.decisions.map((x) => decision(d, x)), continuations(d)].join(
        '\n',
      )
    : '<p>No one played a role in this game: the rule tables made every move.</p>';
  return `<section class="part"><h2>Your decisions beside the rule tables’ choices</h2>
<p class="lead">Each decision a person made, beside what that actor’s rule table would have chosen in the same situation, and where the game would have gone had the tables played that actor from then on.</p>
${body}</section>`;
}

/** Where the game ended (review item 14): the closing summary, the key outcomes, every actor's score. */
function ending(d: Debrief): string {
  const { ending: end } = d;
  const outcomes = end.outcomes.length
    ? `<table><tr><th>Outcome</th><th>At the end</th></tr>${end.outcomes
        .map((o) => `<tr><td>${e(o.title)}</td><td>${o.held ? 'yes' : 'no'}</td></tr>`)
        .join('')}</table>`
    : '';
  const rows = end.scores
    .map(
      (s) =>
        `<tr${s.human ? ' class="human"' : ''}><td>${e(s.name)}${s.human ? ' (played by a person)' : ''}</td><td class="n">${s.start}</td><td class="n">${s.end}</td><td class="n">${signed(s.change)}</td></tr>`,
    )
    .join('');
  const chance = end.chance
    .map((c) => {
      const name = d.humans.find((h) => h.id === c.actor)?.name ?? c.actor;
      return `How far chance alone moves a score: in ${c.runs} games the rule tables play from the start with other dice, ${name}’s score ends between ${c.p5} and ${c.p95} (the middle 90%). A difference inside that range may be the dice alone.`;
    })
    .map((t) => `<p class="chance">${e(t)}</p>`)
    .join('');
  return `<section class="part"><h2>Where the game ended</h2>
<p>${end.summary.map(e).join(' ')}</p>${chance}
${outcomes}
<h3>Interest scores at the end (${e(end.month)})</h3>
<table><tr><th>Actor</th><th>Start</th><th>End</th><th>Change</th></tr>${rows}</table></section>`;
}

/** The teacher's page (review item 15): the order with minutes, and the questions this game raises. */
function teacher(d: Debrief): string {
  const { discussion } = d;
  const total = discussion.plan.reduce((sum, p) => sum + p.minutes, 0);
  const plan = discussion.plan
    .map((p) => `<li><strong>${p.minutes} min · ${e(p.part)}</strong>: ${e(p.what)}</li>`)
    .join('');
  const asked = discussion.questions.map((q) => `<li>${e(q.question)}</li>`).join('');
  const variants = d.questions
    .slice(0, 3)
    .map((q) => `<li>${e(q.question)}${q.played ? ' (this game played it)' : ''}</li>`)
    .join('');
  return `<section class="teacher"><h2>For the teacher: a ${total}-minute discussion</h2>
<ol>${plan}</ol>
${asked ? `<h3>Questions from this game</h3><ul>${asked}</ul>` : ''}
${variants ? `<h3>Questions the reports raise (see the end of this report)</h3><ul>${variants}</ul>` : ''}
</section>`;
}

function charts(d: Debrief): string {
  return `<section class="part"><h2>Interest scores and indicators over time</h2>
<div class="chart"><h3>Interest scores</h3><div id="chart-scores"></div></div>
<div class="chart"><h3>Indicators</h3><div id="chart-indicators"></div></div>
<details><summary>details</summary>${e(d.series.indicators.map((i) => i.id).join(', '))}</details></section>`;
}

function forecastRow(r: ForecastRow): string {
  const mark = r.hit === null ? '' : r.hit ? ' class="held"' : ' class="missed"';
  return `<tr><td class="n">${r.turn}</td><td>${e(r.month)}</td><td>${e(r.label)}</td><td>${e(r.said)}</td><td>${r.before} → ${r.after}</td><td${mark}>${e(r.score)}</td></tr>`;
}

/**
 * Forecasts and their scores: for each role that made any, a table of its forecasts (turn, indicator, what it
 * said, what happened, the score) and its totals; one line saying so when no one forecast.
 */
export function forecastsSection(d: Debrief): string {
  if (d.forecasts.length === 0)
    return `<section class="part"><h2>Forecasts and their scores</h2>
<p>No one made a forecast in this game.</p></section>`;
  const roles = d.forecasts
    .map(
      (role) => `<div class="forecasts"><h3>${e(role.actorName)}</h3>
<table><tr><th>Turn</th><th>Month</th><th>Indicator</th><th>Forecast</th><th>Outcome</th><th>Score</th></tr>${role.rows.map(forecastRow).join('')}</table>
<p>${e(role.summary)}</p>${details(role.rows.map((r) => `${r.turn} ${r.indicator}`).join(', '))}</div>`,
    )
    .join('\n');
  return `<section class="part"><h2>Forecasts and their scores</h2>
<p class="lead">Before a turn was played, the people at the table could say which way an indicator would move, and how sure they were, or where it would stand. A direction scores its Brier score: the square of the distance between the confidence and what happened (0 is sure and right, 0.25 is a coin toss, 1 is sure and wrong). A value scores how far it was from where the indicator ended. Lower is better for both.</p>
${roles}</section>`;
}

function history(d: Debrief): string {
  if (d.history.length === 0) return '';
  const held = d.history.filter((h) => h.held).length;
  const rows = d.history
    .map(
      (h) =>
        `<tr><td class="${h.held ? 'held' : 'missed'}">${h.held ? 'as in history' : 'not this time'}</td><td>${e(h.text)}<br>${quote(h.quote)}${details(h.id)}</td></tr>`,
    )
    .join('');
  return `<section class="part"><h2>This game and the historical record</h2>
<p class="lead">The claims the reports make about this period, checked on this game: ${held} of ${d.history.length} happened as in history.</p>
<table><tr><th>This game</th><th>What the reports say happened</th></tr>${rows}</table></section>`;
}

function questions(d: Debrief): string {
  const prompts = [
    'Which turning point surprised you most, and which actor could have prevented it?',
    ...(d.decisions.some((x) => !x.same)
      ? ['Where your move differed from the rule table’s, which served your interests better, and why?']
      : []),
    ...(d.forecasts.length
      ? ['Which forecast missed by most, and what happened that you did not see coming?']
      : []),
    ...(d.history.some((h) => !h.held)
      ? ['Where this game left the historical record, what made it differ?']
      : []),
  ];
  const asked = d.questions
    .map(
      (q) =>
        `<div class="question"><strong>${e(q.question)}</strong>${q.played ? ' (this game played it)' : ''}<br>${quote(q.quote)}${details(q.variant)}</div>`,
    )
    .join('\n');
  return `<section class="part"><h2>Questions for discussion</h2>
<ul>${prompts.map((p) => `<li>${e(p)}</li>`).join('')}</ul>
<p class="lead">The questions the reports raise, each of which a counterfactual of this scenario plays out:</p>
${asked}</section>`;
}

/**
 * Runs before uPlot, which calls `new Intl.NumberFormat(navigator.language)` as it loads and dies on a tag Intl
 * refuses (headless Chromium under a C/POSIX locale says `en-US@posix`). The game page has the same guard
 * (ui/locale-guard.ts); the report is self-contained, so it carries the rule itself: `usableLanguage`'s own
 * source, so that the page and the report cannot come to disagree.
 */
export const LOCALE_GUARD = `
(function () {
  var usable = (${usableLanguage.toString()});
  try {
    var tag = navigator.language;
    var fixed = usable(tag);
    if (fixed === tag) return;
    var others = [];
    for (var i = 0; i < (navigator.languages || []).length; i++) others.push(usable(navigator.languages[i]));
    Object.defineProperty(navigator, 'language', { value: fixed, configurable: true });
    Object.defineProperty(navigator, 'languages', { value: Object.freeze([fixed].concat(others)), configurable: true });
  } catch (e) { /* a browser that will not be told: the charts may fail, the words stay */ }
})();
`;

/**
 * Draws the two charts from the embedded data with the inlined uPlot; no axis needs a web font or a file. The
 * x axis ticks whole turns only, spaced so that no two labels touch ("Sep 2021", 80 px apart), and its first
 * point is the start, before turn 1 (which is played in the same month).
 */
export const DRAW = `
(function () {
  var data = JSON.parse(document.getElementById('debrief-data').textContent);
  function label(t) {
    if (t !== Math.round(t) || t < 0 || t >= data.months.length) return '';
    return t === 0 ? 'Start' : String(data.months[t]).replace(/^(\\S{3})\\S* /, '$1 ');
  }
  function chart(id, series, width) {
    var holder = document.getElementById(id);
    if (!holder || typeof uPlot === 'undefined') return;
    var opts = {
      width: width, height: 260,
      legend: { live: false },
      cursor: { show: false },
      scales: { x: { time: false } },
      axes: [{ space: 80, incrs: [1, 2, 3, 4, 6, 12, 24, 48], values: function (u, ticks) { return ticks.map(label); } }, {}],
      series: [{ label: 'Month' }].concat(series.map(function (s) {
        return { label: s.label, stroke: s.colour, width: s.bold ? 3.5 : 1.5, dash: s.dash ? [6, 3] : undefined };
      }))
    };
    new uPlot(opts, [data.turns].concat(series.map(function (s) { return s.values; })), holder);
  }
  // The chart's box, inside main's padding: main's own width would overflow a 390 px phone by the padding.
  var box = document.getElementById('chart-scores');
  var width = Math.min(680, (box && box.clientWidth) || 680);
  chart('chart-scores', data.scores, width);
  chart('chart-indicators', data.indicators, width);
})();
`;

/**
 * The charts' data: each actor in its fixed colour (the game page's), the people's roles thick and drawn last,
 * on top; the indicators in the same palette in turn, dashed once it runs out.
 */
export function chartData(d: Debrief) {
  const scores = [...d.series.scores.filter((s) => !s.human), ...d.series.scores.filter((s) => s.human)];
  return {
    turns: d.series.turns,
    months: d.series.months,
    scores: scores.map((s) => ({
      label: s.human ? `${s.name} (played by a person)` : s.name,
      values: s.values,
      colour: s.colour,
      bold: s.human,
    })),
    indicators: d.series.indicators.map((i, n) => ({
      label: i.label,
      values: i.values,
      colour: KELLY_COLOURS[n % KELLY_COLOURS.length],
      dash: n >= KELLY_COLOURS.length,
    })),
  };
}

/** The whole report. `chartLibrary` is inlined; the replay is embedded as JSON, exactly as it was given. */
export function debriefHtml(d: Debrief, replay: ReplayFile, chartLibrary: ChartLibrary): string {
  const title = `After-action report · ${d.scenario.title} · seed ${d.scenario.seed}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${chartLibrary.css}</style>
<style>${STYLE}</style>
</head>
<body>
<main>
${header(d)}
${teacher(d)}
${ending(d)}
${turningPoints(d)}
${decisions(d)}
${charts(d)}
${forecastsSection(d)}
${history(d)}
${questions(d)}
${timeline(d)}
</main>
<script type="application/json" id="replay">${scriptJson(replay)}</script>
<script type="application/json" id="debrief-data">${scriptJson(chartData(d))}</script>
<script>${LOCALE_GUARD}</script>
<script>${inlineScript(chartLibrary.script)}</script>
<script>${DRAW}</script>
</body>
</html>
`;
}

/** The replay a report embeds, as JSON still to be checked like any replay file; null when there is none. */
export function embeddedReplay(html: string): unknown {
  const found = /<script type="application\/json" id="replay">([\s\S]*?)<\/script>/.exec(html);
  if (!found?.[1]) return null;
  try {
    return JSON.parse(found[1]);
  } catch {
    return null;
  }
}
