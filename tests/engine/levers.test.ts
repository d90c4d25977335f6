import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { legalActions, newGame, step, submit, unavailableActions } from '../../game/engine/index.ts';
import { actorFile, lever, miniContent, scenarioFile, sourceOf } from '../helpers/mini.ts';

/** The mini scenario with russia holding `resources` and the given levers (income 1 a turn). */
function russiaWith(levers: unknown[], resources = 5): Game {
  const scenario = scenarioFile({
    actors: [
      { id: 'russia', posture: 'engaged', resources, income: 1 },
      { id: 'taliban', posture: 'insurgent', resources: 5, income: 1 },
    ],
  });
  const content = miniContent({ scenario, russia: actorFile('russia', { levers }) });
  const created = newGame(sourceOf(content), { scenario: 'mini', seed: 1 });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

const legal = (game: Game) => {
  const listed = legalActions(game, 'russia');
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.actions.map((a) => a.action);
};

describe('the cost of an action', () => {
  it('is affordable when it equals what the actor has, and not when it is one more', () => {
    const game = russiaWith([lever('exactly', { cost: 5 }), lever('one_more', { cost: 6 })]);
    expect(legal(game)).toEqual(['pass', 'exactly']);
    const unavailable = unavailableActions(game, 'russia');
    expect(unavailable.ok && unavailable.actions).toEqual([
      { action: 'one_more', title: 'Do one_more', why: { kind: 'cost', cost: 6, resources: 5 } },
    ]);
  });

  it('spent to the last unit: a human may submit it, and resolution pays it in full', () => {
    const game = russiaWith([lever('everything', { cost: 5 })]);
    const submitted = submit(game, 'russia', { action: 'everything', target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const stepped = step(submitted.game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    expect(stepped.log.actions.find((a) => a.actor === 'russia')?.outcome).toBe('success');
    // 5 - 5, then the turn's income of 1.
    expect(stepped.game.state.actors.russia?.resources).toBe(1);
  });
});
