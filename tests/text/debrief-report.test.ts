import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import { playScripted, type ReplayFile } from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { embeddedReplay } from '../../game/text/debrief-html.ts';
import { debriefReport } from '../../game/text/debrief-report.ts';
import { library, shipped } from '../helpers/shipped.ts';

/**
 * The one way from a replay to its after-action report, which `greatgame debrief` and the browser's Debrief
 * button both take: the caller hands over only uPlot's text.
 */
const DECISIONS = [{ turn: 1, actor: 'russia', action: 'convene_talks', target: null }];
const CHARTS = { script: 'var uPlot = function () {};', css: '.u-legend { color: #123456; }' };

function recorded(turns: number): ReplayFile {
  const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, DECISIONS, turns);
  if (!played.ok) throw new Error(played.error.message);
  return replayOf(played.game, DECISIONS, ENGINE_VERSION);
}

describe('debriefReport', () => {
  it('makes the page of a game played so far, with the chart library given inlined and the replay inside', () => {
    const replay = recorded(3);
    const report = debriefReport(shipped, library, replay);
    if (!report.ok) throw new Error(report.message);
    expect(report.debrief.turns).toBe(3);
    const html = report.html(CHARTS);
    for (const heading of [
      'Turning points',
      'Your decisions beside the rule tables’ choices',
      'The timeline',
    ])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain(CHARTS.script);
    expect(html).toContain(CHARTS.css);
    expect(embeddedReplay(html)).toEqual(JSON.parse(JSON.stringify(replay)));
  });

  it('sets the tables’ continuations in one table, a row per decision, not one table each', () => {
    const decisions = [
      { turn: 1, actor: 'russia', action: 'convene_talks', target: null },
      { turn: 2, actor: 'russia', action: 'pass', target: null },
      { turn: 3, actor: 'russia', action: 'pass', target: null },
    ];
    const played = playScripted(shipped, { scenario: 'withdrawal-2021', seed: 7 }, decisions, 4);
    if (!played.ok) throw new Error(played.error.message);
    const report = debriefReport(shipped, library, replayOf(played.game, decisions, ENGINE_VERSION));
    if (!report.ok) throw new Error(report.message);
    const html = report.html(CHARTS);
    expect(html.match(/<th>Tables from there<\/th>/g)).toHaveLength(1);
    expect(html).not.toContain('Tables from here');
    const table = html.slice(html.indexOf('Had the tables played on from each decision'));
    const rows = table.slice(0, table.indexOf('</table>')).match(/<tr><td>\d+ · /g);
    expect(rows).toHaveLength(report.debrief.decisions.length);
    expect(report.debrief.decisions).toHaveLength(3);
  });

  it('refuses a replay that cannot be played here as unfit, before playing anything', () => {
    const report = debriefReport(shipped, library, { ...recorded(2), scenario: 'nowhere' });
    expect(report).toMatchObject({ ok: false, kind: 'unfit' });
    if (!report.ok) expect(report.message).toContain('nowhere');
  });

  it('refuses a replay whose recorded hashes this engine does not reproduce as unverified', () => {
    const replay = recorded(2);
    const tampered = { ...replay, hashes: [replay.hashes[0] ?? '', '0'.repeat(16)] };
    expect(debriefReport(shipped, library, tampered)).toMatchObject({ ok: false, kind: 'unverified' });
  });
});
