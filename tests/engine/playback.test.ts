import { describe, expect, it } from 'vitest';
import type { DecisionEntry, Game } from '../../game/engine/index.ts';
import { playScripted } from '../../game/engine/index.ts';
import { decisionEntry, talkingRussiaSource } from '../helpers/mini.ts';

/** The four-turn mini scenario; Russia's table talks whenever it can afford the talks (cost 4 of its 5). */
const source = talkingRussiaSource();
const OPTIONS = { scenario: 'mini', seed: 7 };

const decision = (turn: number, actor: string, action: string): DecisionEntry =>
  decisionEntry(turn, actor, action);

function played(decisions: readonly DecisionEntry[] = [], turns?: number): Game {
  const result = playScripted(source, OPTIONS, decisions, turns);
  if (!result.ok) throw new Error(result.error.message);
  return result.game;
}

/** Who decided each turn: the rule that fired, or `human` for a submitted decision. */
const deciders = (game: Game, actor: string) =>
  game.log.map((t) => {
    const a = t.actions.find((x) => x.actor === actor);
    return `${a?.action}:${a?.ruleId ?? 'human'}`;
  });

describe('playing a scripted game from content', () => {
  it('plays every turn when no limit is given, each actor on its table', () => {
    const game = played();
    expect(game.log.map((t) => t.turn)).toEqual([1, 2, 3, 4]);
    expect(game.state.meta.phase).toBe('over');
    expect(game.humans).toEqual([]);
    expect(deciders(game, 'russia')).toEqual([
      'talk:russia.talk',
      'pass:russia.default',
      'pass:russia.default',
      'talk:russia.talk',
    ]);
  });

  it('submits each decision on its turn, whatever order the list gives them in', () => {
    const game = played([
      decision(4, 'russia', 'pass'),
      decision(1, 'taliban', 'pass'),
      decision(1, 'russia', 'pass'),
    ]);
    expect(deciders(game, 'russia')).toEqual([
      'pass:human',
      'talk:russia.talk',
      'pass:russia.default',
      'pass:human',
    ]);
    expect(deciders(game, 'taliban')).toEqual([
      'pass:human',
      'pass:taliban.default',
      'pass:taliban.default',
      'pass:taliban.default',
    ]);
  });

  it('lets a later decision of an actor for the same turn replace an earlier one, as submitting again does', () => {
    const game = played([
      decision(1, 'russia', 'talk'),
      decision(1, 'russia', 'pass'),
      decision(1, 'taliban', 'pass'),
    ]);
    expect(deciders(game, 'russia')[0]).toBe('pass:human');
    const other = played([decision(1, 'russia', 'pass'), decision(1, 'russia', 'talk')]);
    expect(deciders(other, 'russia')[0]).toBe('talk:human');
  });

  it('has the actors with decisions play as people, in id order, each once, unless told who the people are', () => {
    const decisions = [
      decision(2, 'taliban', 'pass'),
      decision(1, 'russia', 'pass'),
      decision(2, 'russia', 'pass'),
    ];
    expect(played(decisions).humans).toEqual(['russia', 'taliban']);
    const told = playScripted(source, { ...OPTIONS, humans: [] }, decisions);
    expect(told.ok && told.game.humans).toEqual([]);
    expect(told.ok && deciders(told.game, 'russia')[0]).toBe('pass:human');
  });

  it('plays at most the turns asked for, and never more than the game has', () => {
    expect(played([], 2).log).toHaveLength(2);
    expect(played([], 2).state.meta).toMatchObject({ turn: 3, phase: 'play' });
    expect(played([], 0).log).toHaveLength(0);
    expect(played([], 9).log).toHaveLength(4);
  });

  it('returns the error of a game that cannot start', () => {
    expect(playScripted(source, { scenario: 'atlantis', seed: 1 }, [])).toEqual({
      ok: false,
      error: { code: 'unknown_scenario', message: "unknown scenario 'atlantis'" },
    });
  });
});

describe('playing a scripted game on from one under way', () => {
  it('counts the turn limit over the whole game, and plays as if the game had been scripted from the start', () => {
    const decisions = [
      decision(1, 'russia', 'pass'),
      decision(2, 'russia', 'pass'),
      decision(3, 'taliban', 'pass'),
    ];
    const first = played(decisions, 1);
    const on = playScripted(first, decisions, 3);
    if (!on.ok) throw new Error(on.error.message);
    expect(on.game.log).toHaveLength(3);
    expect(on.game.hashes).toEqual(played(decisions, 3).hashes);
    expect(deciders(on.game, 'russia')).toEqual(['pass:human', 'pass:human', 'talk:russia.talk']);
  });

  it('does nothing to a finished game', () => {
    const over = played();
    const again = playScripted(over, [decision(4, 'russia', 'talk')]);
    expect(again.ok && again.game).toBe(over);
  });

  it('hands every turn to onTurn, and stops once it says no', () => {
    const seen: number[] = [];
    const onTurn = (g: Game) => {
      seen.push(g.log.length);
      return g.log.length < 2;
    };
    const result = playScripted(source, OPTIONS, [], undefined, onTurn);
    expect(seen).toEqual([1, 2]);
    expect(result.ok && result.game.log).toHaveLength(2);
    const start = played([], 1);
    const from: number[] = [];
    playScripted(start, [], undefined, (g) => from.push(g.state.meta.turn) > 0);
    expect(from).toEqual([3, 4, 4]);
  });
});

describe('a scripted decision that is illegal', () => {
  it('stops the game before its turn is played, saying which turn and actor, with the engine error', () => {
    // Russia's table talks on turn 1, which leaves it 2 of the 4 the talks cost on turn 2.
    const result = playScripted(source, OPTIONS, [decision(2, 'russia', 'talk')]);
    expect(result.ok).toBe(false);
    if (result.ok || !('failure' in result)) throw new Error('expected a decision failure');
    expect(result.error).toMatchObject({
      code: 'illegal_action',
      reason: "'talk' is not available to russia now",
      message: "turn 2, russia: 'talk' is not available to russia now",
    });
    expect(result.failure).toEqual({ turn: 2, actor: 'russia', error: result.error });
    expect(result.game.log).toHaveLength(1);
  });

  it('is the first in actor order when several are illegal, with the legal ones before it submitted', () => {
    const decisions = [
      decision(1, 'taliban', 'invade'),
      decision(1, 'russia', 'pass'),
      decision(1, 'russia', 'invade'),
    ];
    const result = playScripted(source, OPTIONS, decisions);
    if (result.ok || !('failure' in result)) throw new Error('expected a decision failure');
    expect(result.failure.actor).toBe('russia');
    const inOrder = playScripted(source, OPTIONS, [
      decision(1, 'russia', 'invade'),
      decision(1, 'taliban', 'invade'),
    ]);
    expect(!inOrder.ok && 'failure' in inOrder && inOrder.failure.actor).toBe('russia');
    const legalFirst = playScripted(source, OPTIONS, [
      decision(1, 'taliban', 'invade'),
      decision(1, 'russia', 'pass'),
    ]);
    if (legalFirst.ok || !('failure' in legalFirst)) throw new Error('expected a decision failure');
    expect(legalFirst.failure).toMatchObject({ turn: 1, actor: 'taliban' });
    expect(legalFirst.game.state.pending).toEqual({
      russia: { action: 'pass', target: null },
      taliban: null,
    });
  });
});
