import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { legalActions, newGame, step, unavailableActions } from '../../game/engine/index.ts';
import { describeRequirement } from '../../game/text/words.ts';
import { shipped } from '../helpers/shipped.ts';

function fresh(seed = 5): Game {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

function unavailable(game: Game, actor: string) {
  const listed = unavailableActions(game, actor);
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.actions;
}

/** A game with one actor's resources set, to make costs bite. */
function withResources(game: Game, actor: string, resources: number): Game {
  const actors = { ...game.state.actors, [actor]: { ...game.state.actors[actor], resources } };
  return { ...game, state: { ...game.state, actors } } as Game;
}

describe('unavailableActions: what an actor cannot do now, and why', () => {
  it('names the precondition that fails, with the values it read', () => {
    const evacuate = unavailable(fresh(), 'russia').find((a) => a.action === 'evacuate_embassy');
    expect(evacuate?.why).toEqual({
      kind: 'requires',
      condition: {
        all: [
          { input: 'flags.kabul_fallen', op: '==', value: true },
          { input: 'flags.embassy_evacuated', op: '==', value: false },
        ],
      },
      values: { 'flags.kabul_fallen': false, 'flags.embassy_evacuated': false },
    });
    if (evacuate?.why.kind !== 'requires') throw new Error('not a requirement');
    expect(describeRequirement(evacuate.why.condition, evacuate.why.values)).toBe(
      'kabul_fallen == true (now false)',
    );
  });

  it('says what an action costs and what the actor has, before anything else', () => {
    const poor = withResources(fresh(), 'russia', 1);
    const troops = unavailable(poor, 'russia').find((a) => a.action === 'deploy_troops_afghanistan');
    expect(troops?.why).toEqual({ kind: 'cost', cost: 5, resources: 1 });
  });

  it('splits every action an actor has between the legal ones and these, turn after turn', () => {
    let game = fresh(11);
    while (game.state.meta.phase !== 'over') {
      for (const actor of game.prepared.actorIds) {
        const legal = legalActions(game, actor);
        if (!legal.ok) throw new Error(legal.error.message);
        const offered = legal.actions.map((a) => a.action);
        const refused = unavailable(game, actor).map((a) => a.action);
        expect(
          offered.filter((a) => refused.includes(a)),
          `${actor} turn ${game.state.meta.turn}`,
        ).toEqual([]);
        expect([...offered, ...refused].sort()).toEqual(
          [...(game.prepared.actors.get(actor)?.levers.keys() ?? [])].sort(),
        );
      }
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
  });

  it('refuses an actor the scenario does not have, as legalActions does', () => {
    const result = unavailableActions(fresh(), 'napoleon');
    expect(result.ok).toBe(false);
  });
});
