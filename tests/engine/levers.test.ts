import { describe, expect, it } from 'vitest';
import { scopeOf } from '../../game/engine/content-scope.ts';
import type { Game } from '../../game/engine/index.ts';
import { legalActions, newGame, step, submit, unavailableActions } from '../../game/engine/index.ts';
import { parseInput } from '../../game/engine/inputs.ts';
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

describe('how an action came out', () => {
  /** Russia plays `action` in turn 1; what its state and `last.russia.outcome` say in turn 2. */
  const turnAfter = (action: string) => {
    const game = russiaWith([lever('sure', { chance: 1000 }), lever('hopeless', { chance: 0 })]);
    const submitted = submit(game, 'russia', { action, target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const stepped = step(submitted.game);
    if (!stepped.ok) throw new Error(stepped.error.message);
    const read = parseInput('last.russia.outcome', scopeOf(stepped.game.prepared.content).scope);
    if (typeof read === 'string') throw new Error(read);
    return { actor: stepped.game.state.actors.russia, read: read.read(stepped.game.state, null) };
  };

  it('is remembered beside the action, so a row can react only to one that worked', () => {
    expect(turnAfter('sure')).toMatchObject({
      actor: { lastAction: 'sure', lastOutcome: 'success' },
      read: 'success',
    });
    expect(turnAfter('hopeless')).toMatchObject({
      actor: { lastAction: 'hopeless', lastOutcome: 'failure' },
      read: 'failure',
    });
  });
});

const ZONES = { kind: 'zone', among: ['af_north', 'af_south'] };
const notTaliban = { input: 'zones.$target.control', op: '!=', value: 'taliban' };

/** Russia's levers for the legality cases: a zone strike, a talk, two it cannot take now. */
function withLevers(): Game {
  return russiaWith([
    lever('strike', { target: ZONES, requires: notTaliban }),
    lever('talk'),
    lever('costly', { cost: 99 }),
    lever('later', { requires: { input: 'turn', op: '>=', value: 9 } }),
  ]);
}

const reason = (game: Game, action: string, target: string | null) => {
  const result = submit(game, 'russia', { action, target });
  if (result.ok) throw new Error(`${action} was accepted`);
  expect(result.error.code).toBe('illegal_action');
  expect(result.error.message).toBe(`turn 1, russia: ${result.error.reason}`);
  return result.error.reason;
};

describe('an illegal decision says why', () => {
  it.each([
    ['an action it does not have', 'invade', null, "russia has no action 'invade'"],
    ['a target on an action that takes none', 'talk', 'af_north', "'talk' takes no target, got 'af_north'"],
    ['an action it cannot pay for', 'costly', null, "'costly' is not available to russia now"],
    ['an action whose precondition fails', 'later', null, "'later' is not available to russia now"],
    ['a missing target', 'strike', null, "'strike' needs a target: af_north, af_south"],
    [
      'a target outside the legal ones',
      'strike',
      'border_tajik',
      "'border_tajik' is not a legal target of 'strike' now (legal: af_north, af_south)",
    ],
  ])('%s', (_what, action, target, expected) => {
    expect(reason(withLevers(), action, target)).toBe(expected);
  });
});

describe('targets', () => {
  it('an action on an actor takes its targets among actors, not zones', () => {
    const game = russiaWith([lever('befriend', { target: { kind: 'actor', among: ['taliban'] } })]);
    const listed = legalActions(game, 'russia');
    expect(listed.ok && listed.actions.find((a) => a.action === 'befriend')?.targets).toEqual(['taliban']);
  });
});

describe('unavailableActions says why each action is out of reach', () => {
  const why = (game: Game, action: string) => {
    const listed = unavailableActions(game, 'russia');
    if (!listed.ok) throw new Error(listed.error.message);
    return listed.actions.find((a) => a.action === action)?.why;
  };

  it('a precondition, with the value of each input it read', () => {
    const requires = {
      all: [
        { input: 'turn', op: '>=', value: 5 },
        { input: 'indicators.peace_process', op: '>=', value: 90 },
      ],
    };
    const game = russiaWith([lever('summit', { requires })]);
    expect(why(game, 'summit')).toEqual({
      kind: 'requires',
      condition: requires,
      values: { turn: 1, 'indicators.peace_process': 40 },
    });
  });

  it('the precondition, not the cost, when the actor can pay exactly what it costs', () => {
    const game = russiaWith([lever('summit', { cost: 5, requires: { input: 'turn', op: '>=', value: 5 } })]);
    expect(why(game, 'summit')?.kind).toBe('requires');
  });

  it('no target, when the precondition holds for none of the candidates', () => {
    const game = russiaWith([
      lever('reinforce', {
        target: ZONES,
        requires: { input: 'zones.$target.control', op: '==', value: 'taliban' },
      }),
    ]);
    expect(why(game, 'reinforce')).toEqual({ kind: 'no-target' });
  });
});
