import { describe, expect, it } from 'vitest';
import { explainTable } from '../../game/engine/explain.ts';
import type { Game, TableExplanation } from '../../game/engine/index.ts';
import { explainDecision, newGame, step, submit } from '../../game/engine/index.ts';
import {
  actorFile,
  CITE,
  DEFAULT_ROW,
  eventsFile,
  lever,
  miniContent,
  row,
  sourceOf,
} from '../helpers/mini.ts';

const atom = (input: string, op: string, value: unknown) => ({ input, op, value });
const TALKS = atom('flags.talks_held', '==', true);
const ALWAYS = { all: [] };
const TALIBAN_HELD = { kind: 'zone', among: ['af_north', 'af_south'] };

/**
 * Russia's table, by falling priority: a row whose condition is false; three whose condition holds but whose
 * action cannot be taken (too costly, precondition false, no legal target); two eligible rows of one priority;
 * and two rows below them. Russia starts with 5 resources; no zone is held by the Taliban.
 */
const russia = actorFile('russia', {
  levers: [
    lever('mobilise', { cost: 10 }),
    lever('host_talks', { cost: 5, requires: { all: [TALKS, atom('flags.round', '>=', 2)] } }),
    lever('strike', { target: TALIBAN_HELD, requires: atom('zones.$target.control', '==', 'taliban') }),
    lever('talk'),
    lever('trade'),
  ],
  rules: [
    row(
      'russia.rich',
      90,
      { any: [atom('actors.russia.resources', '>=', 100), atom('zones.af_kabul.control', '==', 'taliban')] },
      'mobilise',
    ),
    row('russia.mobilise', 80, ALWAYS, 'mobilise'),
    row('russia.host', 70, ALWAYS, 'host_talks'),
    row('russia.strike-north', 60, ALWAYS, 'strike', { target: 'af_north' }),
    row('russia.strike-any', 60, ALWAYS, 'strike', { target: { maxBy: 'zones.*.taliban' } }),
    row('russia.talk', 50, { not: atom('turn', '>', 3) }, 'talk'),
    row('russia.trade', 50, ALWAYS, 'trade'),
    row('russia.later', 40, TALKS, 'talk'),
    DEFAULT_ROW('russia'),
  ],
});

/** On the first turn a scheduled event holds the talks: the actors decide after it. */
const talks = eventsFile({
  scheduled: [
    {
      id: 'talks',
      title: 'Talks are held',
      on: '2021-01',
      effects: [{ kind: 'flag', flag: 'talks_held', set: true, citations: CITE }],
      citations: CITE,
    },
  ],
});

function start(events = eventsFile(), seed = 1): Game {
  const created = newGame(sourceOf(miniContent({ russia, events })), { scenario: 'mini', seed });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

const summary = (table: TableExplanation) => table.rows.map((r) => [r.row.def.id, r.status, r.illegal]);

describe('explaining a table', () => {
  it('gives every row, in file order, its verdict and why an action whose condition holds cannot be taken', () => {
    const game = start();
    const table = explainTable(game.prepared, game.state, 'russia', null);
    expect(table.actor).toBe('russia');
    expect(table.priority).toBe(50);
    expect(summary(table)).toEqual([
      ['russia.rich', 'condition-false', null],
      ['russia.mobilise', 'not-legal', 'it costs 10 and russia has 5'],
      [
        'russia.host',
        'not-legal',
        'its precondition does not hold (flags.talks_held is false, flags.round is 0)',
      ],
      ['russia.strike-north', 'not-legal', 'target af_north is not a legal target now'],
      ['russia.strike-any', 'not-legal', 'no target is legal now'],
      ['russia.talk', 'eligible', null],
      ['russia.trade', 'eligible', null],
      ['russia.later', 'below', null],
      ['russia.default', 'below', null],
    ]);
  });

  it('marks the row that fired, and only an eligible row can be the one that fired', () => {
    const game = start();
    const fired = explainTable(game.prepared, game.state, 'russia', 'russia.trade');
    expect(fired.rows.map((r) => r.status).slice(5, 7)).toEqual(['eligible', 'fired']);
    const named = explainTable(game.prepared, game.state, 'russia', 'russia.rich');
    expect(named.rows.map((r) => r.status)).toEqual(
      explainTable(game.prepared, game.state, 'russia', null).rows.map((r) => r.status),
    );
  });

  it('traces each condition with the value every atom read, also for rows below the draw', () => {
    const game = start();
    const [rich, mobilise, , , , talk, , later] = explainTable(
      game.prepared,
      game.state,
      'russia',
      null,
    ).rows;
    expect(rich?.condition).toEqual({
      holds: false,
      atoms: [
        { atom: atom('actors.russia.resources', '>=', 100), actual: 5, holds: false },
        // The scenario has no Kabul zone: the input reads null.
        { atom: atom('zones.af_kabul.control', '==', 'taliban'), actual: null, holds: false },
      ],
    });
    expect(mobilise?.condition).toEqual({ holds: true, atoms: [] });
    expect(talk?.condition).toEqual({
      holds: true,
      atoms: [{ atom: atom('turn', '>', 3), actual: 1, holds: false }],
    });
    expect(later?.condition).toEqual({ holds: false, atoms: [{ atom: TALKS, actual: false, holds: false }] });
    expect(later?.row.def.id).toBe('russia.later');
  });

  it('says what a precondition read when the action costs no more than the actor has', () => {
    const game = start();
    const poorer = {
      ...game.state,
      actors: { ...game.state.actors, russia: { ...game.state.actors.russia!, resources: 4 } },
    };
    const host = explainTable(game.prepared, poorer, 'russia', null).rows[2];
    expect(host?.illegal).toBe('it costs 5 and russia has 4');
  });

  it('gives no priority when no row is eligible', () => {
    const game = start();
    const table = explainTable(game.prepared, game.state, 'nobody', null);
    expect(table).toEqual({ actor: 'nobody', priority: null, rows: [] });
  });
});

describe('explaining a decision', () => {
  it('plays the turn to find the action, and explains the table on the state after the events', () => {
    const game = start(talks, 4);
    const explained = explainDecision(game, 'russia');
    if (!explained.ok) throw new Error(explained.error.message);
    const { action, table, state } = explained.explanation;
    const played = step(game);
    if (!played.ok) throw new Error(played.error.message);
    expect(action).toEqual(played.log.actions.find((a) => a.actor === 'russia'));
    expect(state.flags.talks_held).toBe(true);
    expect(game.state.flags.talks_held).toBe(false);
    expect(game.log).toEqual([]);
    expect(table.rows[2]?.illegal).toBe(
      'its precondition does not hold (flags.talks_held is true, flags.round is 0)',
    );
    expect(table.rows[7]?.condition.holds).toBe(true);
    const fired = table.rows.filter((r) => r.status === 'fired').map((r) => r.row.def.id);
    expect(fired).toEqual([action.ruleId]);
    expect(['russia.talk', 'russia.trade']).toContain(action.ruleId);
  });

  it("finds the explained actor's own action among all the actors'", () => {
    const explained = explainDecision(start(), 'taliban');
    if (!explained.ok) throw new Error(explained.error.message);
    expect(explained.explanation.action).toMatchObject({ actor: 'taliban', ruleId: 'taliban.default' });
    expect(explained.explanation.table.actor).toBe('taliban');
    expect(explained.explanation.table.rows.map((r) => r.status)).toEqual(['fired']);
  });

  it('explains the table also when a person decided instead: no row fired', () => {
    const submitted = submit(start(), 'russia', { action: 'pass', target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const explained = explainDecision(submitted.game, 'russia');
    if (!explained.ok) throw new Error(explained.error.message);
    expect(explained.explanation.action).toMatchObject({ actor: 'russia', action: 'pass', ruleId: null });
    expect(explained.explanation.table.rows.map((r) => r.status)).not.toContain('fired');
    expect(explained.explanation.table.priority).toBe(50);
  });

  it('refuses an actor the scenario lacks, naming the actors it has', () => {
    expect(explainDecision(start(), 'iran')).toEqual({
      ok: false,
      error: { code: 'unknown_actor', message: "'iran' is not an actor of mini (actors: russia, taliban)" },
    });
  });

  it('refuses a finished game: there is no turn to explain', () => {
    let game = start();
    while (game.state.meta.phase !== 'over') {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
    const explained = explainDecision(game, 'russia');
    expect(explained.ok).toBe(false);
    expect(!explained.ok && explained.error.code).toBe('game_over');
  });
});
