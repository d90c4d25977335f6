import { describe, expect, it } from 'vitest';
import { summaryBetween, type TurnSummary } from '../../game/analysis/turn-summary.ts';
import type { Effect, Game, Prepared, State } from '../../game/engine/index.ts';
import { injectEvent, legalActions, newGame, step, submit, traceCondition } from '../../game/engine/index.ts';
import { deriveIndicators } from '../../game/engine/phases/world.ts';
import { runPhases } from '../../game/engine/turn.ts';
import { zoneName } from '../../game/text/inputs.ts';
import { findEvent, findLever, findRule } from '../../game/text/lookup.ts';
import { indicatorWords, zoneFieldWords } from '../../game/text/vocabulary.ts';
import { shipped } from '../helpers/shipped.ts';

/**
 * Issue 13, "what happened this turn": over whole games of every scenario, with Russia played by a person, the
 * summary names the largest changes, splits each exactly among the things that made it, says what became of
 * the person's move, and names the tables that read it.
 */
interface Played {
  /** before[t]: the game turn t+1 was played from (Russia's decision submitted). */
  before: Game[];
  after: Game[];
  summaries: TurnSummary[];
}

/** Russia takes the legal action at a position that shifts each turn, with its first target. */
function play(scenario: string, seed: number, inject?: { turn: number; event: string }): Played {
  const created = newGame(shipped, { scenario, seed, humans: ['russia'] });
  if (!created.ok) throw new Error(created.error.message);
  let game = created.game;
  const out: Played = { before: [], after: [], summaries: [] };
  while (game.state.meta.phase !== 'over') {
    const turn = game.state.meta.turn;
    const legal = legalActions(game, 'russia');
    if (!legal.ok) throw new Error(legal.error.message);
    const choice = legal.actions[(turn * 7 + seed) % legal.actions.length];
    if (inject?.turn === turn) {
      const injected = injectEvent(game, inject.event);
      if (!injected.ok) throw new Error(injected.error.message);
      game = injected.game;
    }
    const submitted = submit(game, 'russia', {
      action: choice?.action ?? 'pass',
      target: choice?.targets?.[0] ?? null,
    });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const stepped = step(submitted.game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    const summary = summaryBetween(submitted.game, stepped.game);
    if (!summary) throw new Error(`turn ${turn}: no summary`);
    out.before.push(submitted.game);
    out.after.push(stepped.game);
    out.summaries.push(summary);
    game = stepped.game;
  }
  return out;
}

const standing = (prepared: Prepared, state: State) => ({
  ...state.indicators,
  ...deriveIndicators(state, prepared),
});

/** The indicators a zone field feeds (world.ts's deriveIndicators), for a zone on the northern route or not. */
const FEEDS: Record<string, string[]> = {
  taliban: ['taliban_territory'],
  isisk: ['isisk_strength'],
  refugees: ['refugee_outflow'],
  opium: ['opium_output'],
};

/** Does one of these effects move the indicator, directly or through what it is derived from? */
function touches(
  prepared: Prepared,
  effects: readonly Effect[],
  indicator: string,
  target: string | null = null,
) {
  return effects.some((e) => {
    if (e.kind === 'indicator') return e.indicator === indicator;
    if (e.kind === 'relation')
      return e.from === 'russia' && indicator === `russia_${e.to === '$target' ? target : e.to}_relations`;
    if (e.kind !== 'zone') return false;
    const zone = e.zone === '$target' ? (target ?? '') : e.zone;
    const route =
      e.field === 'opium' && prepared.northernRoute.includes(zone) ? ['northern_route_narcotics'] : [];
    return [...(FEEDS[e.field] ?? []), ...route].includes(indicator);
  });
}

const SCENARIOS = ['moscow-format-2016', 'withdrawal-2021', 'emirate-2022'];
const games = SCENARIOS.flatMap((scenario) =>
  [1, 2, 3].map((seed) => ({ scenario, seed, ...play(scenario, seed) })),
);
const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the summary of a turn', () => {
  it('lists the largest changes, three to five of them when that many moved, changes of control first', () => {
    for (const g of games)
      for (const s of g.summaries) {
        expect(s.changes.length).toBeLessThanOrEqual(5);
        expect(s.changes.length).toBeGreaterThanOrEqual(Math.min(3, s.all.length));
        const shown = s.changes.filter((c) => c.kind === 'indicator');
        const smallest = Math.min(...shown.map((c) => Math.abs(c.change)));
        for (const c of s.all.filter((c) => c.kind === 'indicator' && !s.changes.includes(c)))
          expect(Math.abs(c.change), `${g.scenario} ${g.seed} turn ${s.turn} ${c.id}`).toBeLessThanOrEqual(
            smallest,
          );
        for (const c of s.all.filter((c) => c.kind === 'control')) expect(s.changes).toContain(c);
        const kinds = s.changes.map((c) => c.kind);
        expect(kinds).toEqual([...kinds].sort());
      }
  });

  it('lists every indicator that moved, from the last turn to this one, and none that did not', () => {
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const from = g.before[t]?.log[t - 1]?.indicators ?? g.before[t]?.initial.indicators ?? {};
        const to = g.after[t]?.log[t]?.indicators ?? {};
        const moved = Object.keys(to).filter((k) => to[k] !== from[k]);
        expect(
          s.all
            .filter((c) => c.kind === 'indicator')
            .map((c) => c.id)
            .sort(),
        ).toEqual(moved.sort());
        for (const c of s.all.filter((c) => c.kind === 'indicator')) {
          expect(c.from).toBe(from[c.id]);
          expect(c.to).toBe(to[c.id]);
        }
      });
  });

  it('splits each change exactly: the causes add up to it', () => {
    for (const g of games)
      for (const s of g.summaries)
        for (const c of s.all.filter((c) => c.kind === 'indicator')) {
          expect(c.causes.length).toBeGreaterThan(0);
          expect(sumOf(c.causes.map((p) => p.change))).toBe(c.change);
          for (const p of c.causes) expect(p.change).not.toBe(0);
        }
  });

  it("gives the events and the moves the shares the engine's own phases made", () => {
    let checked = 0;
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const before = g.before[t];
        if (!before) return;
        const { prepared } = before;
        const start = standing(prepared, before.state);
        const afterEvents = standing(
          prepared,
          runPhases(prepared, before.state, { until: 'decisions' }).state,
        );
        const afterMoves = standing(prepared, runPhases(prepared, before.state, { until: 'world' }).state);
        for (const c of s.all.filter((c) => c.kind === 'indicator')) {
          const share = (kind: string) => sumOf(c.causes.filter((p) => p.kind === kind).map((p) => p.change));
          expect(share('event')).toBe((afterEvents[c.id] ?? 0) - (start[c.id] ?? 0));
          expect(share('action')).toBe((afterMoves[c.id] ?? 0) - (afterEvents[c.id] ?? 0));
          expect(share('world')).toBe((c.to ?? 0) - (afterMoves[c.id] ?? 0));
          checked++;
        }
      });
    expect(checked).toBeGreaterThan(100);
  });

  it('names as a cause only an event or a move whose effects move that indicator', () => {
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const { prepared } = g.after[t] as Game;
        const log = g.after[t]?.log[t];
        for (const c of s.all.filter((c) => c.kind === 'indicator'))
          for (const p of c.causes) {
            if (p.kind === 'event')
              expect(
                touches(prepared, findEvent(prepared, p.id)?.effects ?? [], c.id),
                `${p.id} on ${c.id}`,
              ).toBe(true);
            if (p.kind === 'action') {
              const record = log?.actions.find((a) => a.actor === p.id);
              const lever = record && findLever(prepared, record.actor, record.action);
              expect(record?.outcome).not.toBe('blocked');
              const effects = record?.outcome === 'success' ? lever?.onSuccess : lever?.onFailure;
              expect(touches(prepared, effects ?? [], c.id, record?.target), `${p.what} on ${c.id}`).toBe(
                true,
              );
              expect(p.human).toBe(record?.ruleId === null);
              if (!p.human) expect(p.rule).toMatch(/^(Because |With nothing more pressing, )/);
            }
            if (p.kind === 'world') expect(p.rule).toBeTruthy();
          }
      });
  });

  it('says who took a zone, and why, for every zone that changed hands', () => {
    let seen = 0;
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const before = g.before[t]?.state.zones ?? {};
        const after = g.after[t]?.state.zones ?? {};
        const changed = Object.keys(after).filter((z) => after[z]?.control !== before[z]?.control);
        const listed = s.all.filter((c) => c.kind === 'control').flatMap((c) => c.id.split('+'));
        expect(listed.sort()).toEqual(changed.sort());
        for (const c of s.all.filter((c) => c.kind === 'control')) {
          expect(c.text).toMatch(/ took control of |^No one holds /);
          expect(c.causes).toHaveLength(1);
          seen++;
        }
      });
    expect(seen).toBeGreaterThan(0);
  });

  it("says what became of the person's move: succeeded, failed or blocked, and what it changed", () => {
    const outcomes = new Set<string>();
    let targeted = 0;
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const record = g.after[t]?.log[t]?.actions.find((a) => a.actor === 'russia');
        expect(s.own).toHaveLength(1);
        const own = s.own[0];
        expect(own?.outcome).toBe(record?.outcome);
        outcomes.add(record?.action === 'pass' ? 'pass' : (record?.outcome ?? ''));
        if (record?.action === 'pass') expect(own?.text).toBe("Russia's move was to pass.");
        // A failure was a chance that did not come off, and says how good the chance was.
        else if (record?.outcome === 'failure')
          expect(own?.text).toMatch(
            /^Russia's move, .+, failed: it was (a [1-79]|an 8)\d*% chance, and it did not come off\.$/,
          );
        else if (record?.outcome === 'success') expect(own?.text).toMatch(/^Russia's move, .+, succeeded\./);
        else expect(own?.text).toContain('was blocked');
        const shares = s.all.flatMap((c) => c.causes.filter((p) => p.kind === 'action' && p.id === 'russia'));
        // Every share it had in a change, and every zone number it moved, the target's included.
        const { prepared } = g.after[t] as Game;
        const lever = record && findLever(prepared, 'russia', record.action);
        const applied = (record?.outcome === 'success' ? lever?.onSuccess : lever?.onFailure) ?? [];
        // A zone number, with why it fell short when the scale's end took part of it.
        const fields = (own?.moved ?? []).filter((m) =>
          / \(.+\) [+-]\d+( \(not the full [+-]\d+: it cannot go (past 100|below 0)\))?$/.test(m),
        );
        expect(own?.moved).toHaveLength(shares.length + fields.length);
        for (const e of applied) {
          if (e.kind !== 'zone' || !e.add || record?.outcome === 'blocked') continue;
          const zone = e.zone === '$target' ? (record?.target ?? '') : e.zone;
          const label = `${zoneFieldWords(e.field).label} (${zoneName(prepared, zone)}) `;
          // Only a bound (0 or 100) can swallow the effect.
          const now = g.before[t]?.state.zones[zone]?.[e.field as 'security'];
          if (now !== undefined && now !== null && now + e.add > 0 && now + e.add < 100) {
            expect(
              fields.some((m) => m.startsWith(label)),
              `${label} on turn ${t + 1}`,
            ).toBe(true);
            targeted++;
          }
        }
      });
    expect(targeted).toBeGreaterThan(0);
    expect(outcomes).toContain('failure');
    expect(outcomes).toContain('success');
  });

  it("names the tables whose rule needed the person's last move, or read a value that move changed, and no other", () => {
    let reactions = 0;
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const log = g.after[t]?.log[t];
        if (t === 0) expect(s.reactions).toEqual([]);
        // A row that needed Russia's last move: without it (no move at all), its condition would not hold.
        const readsRussia = (log?.actions ?? []).filter((a) => {
          const row = a.ruleId ? findRule(g.after[t]?.prepared as Prepared, a.ruleId) : undefined;
          if (!row || !a.why || !('last.russia' in a.why.conditions)) return false;
          const without: Record<string, string | number | boolean | null> = {
            ...a.why.conditions,
            'last.russia': null,
            'last.russia.outcome': null,
          };
          return !traceCondition(row.when, (k) => without[k] ?? null).holds;
        });
        if (t > 0)
          for (const a of readsRussia)
            expect(
              s.reactions.some((r) => r.actor === a.actor && r.read.some((w) => w.includes('last move'))),
            ).toBe(true);
        const { prepared } = g.after[t] as Game;
        const last = g.after[t]?.log[t - 1]?.actions.find((a) => a.actor === 'russia');
        const lever = last && findLever(prepared, 'russia', last.action);
        const applied = (last?.outcome === 'success' ? lever?.onSuccess : lever?.onFailure) ?? [];
        /** Did Russia's last move change what this input reads? */
        const changedBy = (input: string) => {
          const [head, a = '', b = ''] = input.split('.');
          // The threat to Central Asia follows the borders' security in the world phase of the move's own turn.
          const guards =
            a === 'terror_threat_central_asia' &&
            applied.some((e) => e.kind === 'zone' && e.field === 'security');
          if (head === 'indicators') return guards || touches(prepared, applied, a, last?.target ?? null);
          const ref = (id: string) => (id === '$target' ? last?.target : id);
          return applied.some(
            (e) =>
              (head === 'zones' && e.kind === 'zone' && ref(e.zone) === a && e.field === b) ||
              (head === 'relations' && e.kind === 'relation' && ref(e.from) === a && ref(e.to) === b) ||
              (head === 'flags' && e.kind === 'flag' && e.flag === a) ||
              (head === 'actors' && e.kind === 'posture' && ref(e.actor) === a),
          );
        };
        for (const r of s.reactions) {
          const reacting = log?.actions.find((a) => a.actor === r.actor);
          const inputs = Object.keys(reacting?.why?.conditions ?? {});
          expect(
            inputs.some((k) => k === 'last.russia' || k === 'last.russia.outcome' || changedBy(k)),
            `${r.actor} on turn ${t + 1}`,
          ).toBe(true);
          expect(r.to).toBe('russia');
          expect(r.actor).not.toBe('russia');
          expect(r.read.length).toBeGreaterThan(0);
          // One clause that reads: the moves first, then the values, never "..., which that move changed and ...".
          expect(r.readText).not.toMatch(/changed and /);
          expect(r.readText).not.toMatch(/last move and how Russia's last move went/);
          expect(r.why).toMatch(/^Because /);
          reactions++;
        }
      });
    expect(reactions).toBeGreaterThan(0);
  });

  it('gives every share of the world a sentence, even when no zone tells its story', () => {
    for (const g of games)
      for (const s of g.summaries)
        for (const c of s.all)
          for (const p of c.causes.filter((p) => p.kind === 'world'))
            expect(p.what).toMatch(/^The world: .+\.$/);
  });

  it("tells a value a move's reason quotes as read when it decided, beside the change of that value", () => {
    let told = 0;
    for (const g of games)
      g.summaries.forEach((s, t) => {
        const log = g.after[t]?.log[t];
        for (const c of s.all.filter((c) => c.kind === 'indicator'))
          for (const p of c.causes.filter((p) => p.kind === 'action' && !p.human)) {
            const record = log?.actions.find((a) => a.actor === p.id);
            const reads = `indicators.${c.id}` in (record?.why?.conditions ?? {});
            // A reason that read the value but quotes it (not every part of an "any" is quoted) says when.
            const quoted = p.rule?.includes(indicatorWords(c.id).phrase) ?? false;
            if (!reads) expect(p.rule ?? '').not.toContain(' when it decided');
            else if (quoted) {
              expect(p.rule, `${p.what} on ${c.id}`).toMatch(/ was [^,]+ when it decided/);
              told++;
            }
          }
      });
    expect(told).toBeGreaterThan(0);
  });

  it("gives a teacher's injected event its own share", () => {
    const g = play('withdrawal-2021', 4, { turn: 2, event: 'isisk-attack' });
    const s = g.summaries[1];
    const injected = s?.all.flatMap((c) => c.causes.filter((p) => p.kind === 'injected')) ?? [];
    expect(injected.length).toBeGreaterThan(0);
    for (const c of s?.all.filter((c) => c.kind === 'indicator') ?? [])
      expect(sumOf(c.causes.map((p) => p.change))).toBe(c.change);
  });
});
