import { describe, expect, it } from 'vitest';
import type { Game } from '../../game/engine/index.ts';
import { legalActions, newGame, step, submit, view } from '../../game/engine/index.ts';
import { miniContent, sourceOf } from '../helpers/mini.ts';
import { shipped } from '../helpers/shipped.ts';

function fresh(seed = 5): Game {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed, humans: ['russia'] });
  if (!created.ok) throw new Error(created.error.message);
  return created.game;
}

describe('newGame', () => {
  it('starts on turn 1 at the scenario start, in play', () => {
    const game = fresh();
    expect(game.state.meta).toMatchObject({
      turn: 1,
      date: '2021-04',
      phase: 'play',
      scenario: 'withdrawal-2021',
      variant: 'baseline',
      seed: 5,
      turns: 11,
    });
    expect(game.humans).toEqual(['russia']);
  });

  it('keeps the human actors as a sorted set: an actor named twice is played by one person', () => {
    const created = newGame(shipped, {
      scenario: 'withdrawal-2021',
      seed: 1,
      humans: ['russia', 'iran', 'russia'],
    });
    expect(created.ok && created.game.humans).toEqual(['iran', 'russia']);
  });

  it.each([
    [{ scenario: 'atlantis-1900', seed: 1 }, 'unknown_scenario'],
    [{ scenario: 'withdrawal-2021', variant: 'martians-land', seed: 1 }, 'unknown_variant'],
    [{ scenario: 'withdrawal-2021', seed: -1 }, 'invalid_option'],
    [{ scenario: 'withdrawal-2021', seed: 1.5 }, 'invalid_option'],
    [{ scenario: 'withdrawal-2021', seed: Number.NaN }, 'invalid_option'],
    [{ scenario: 'withdrawal-2021', seed: 2 ** 53 }, 'invalid_option'],
    [{ scenario: 'withdrawal-2021', seed: 1, humans: ['napoleon'] }, 'unknown_actor'],
  ])('returns an error value, never throws, for %j', (options, code) => {
    const result = newGame(shipped, options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('records the reports a game leaves out, in id order', () => {
    const content = {
      ...miniContent(),
      withoutSource: ['004_f66c701fc97e74f9.txt', '001_09ab83d40f3f135c.txt'],
    };
    const created = newGame(sourceOf(content), { scenario: 'mini', seed: 1 });
    expect(created.ok && created.game.state.meta.withoutSource).toEqual([
      '001_09ab83d40f3f135c.txt',
      '004_f66c701fc97e74f9.txt',
    ]);
  });
});

describe('legalActions and submit', () => {
  it('list pass and the actions whose preconditions hold, with their targets', () => {
    const listed = legalActions(fresh(), 'russia');
    if (!listed.ok) throw new Error(listed.error.message);
    const actions = listed.actions.map((a) => a.action);
    expect(actions).toContain('pass');
    expect(actions).toContain('convene_talks');
    // Evacuating the embassy needs the fall of Kabul first.
    expect(actions).not.toContain('evacuate_embassy');
    expect(listed.actions.find((a) => a.action === 'border_drill')?.targets).toEqual([
      'border_tajik',
      'border_turkmen',
      'border_uzbek',
    ]);
  });

  it('reject an illegal action with the legal list, leaving the game unchanged', () => {
    const game = fresh();
    const before = JSON.stringify(game.state);
    const result = submit(game, 'russia', { action: 'evacuate_embassy', target: null });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('illegal_action');
      expect(result.error.message).toContain('turn 1, russia');
      expect(result.error.legal?.map((l) => l.action)).toContain('pass');
    }
    expect(JSON.stringify(game.state)).toBe(before);
  });

  it.each([
    ['an action it does not have', { action: 'invade', target: null }],
    ['a missing target', { action: 'border_drill', target: null }],
    ['a target outside the list', { action: 'border_drill', target: 'af_kabul' }],
    ['a target on an action that takes none', { action: 'convene_talks', target: 'af_kabul' }],
  ])('reject %s as an illegal action, listing the legal ones', (_what, decision) => {
    const result = submit(fresh(), 'russia', decision);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('illegal_action');
      expect(result.error.legal?.map((l) => l.action)).toContain('pass');
    }
  });

  it('refuse a decision once the game is over', () => {
    let game = fresh();
    while (game.state.meta.phase !== 'over') {
      const stepped = step(game);
      if (!stepped.ok) throw new Error(stepped.error.message);
      game = stepped.game;
    }
    const result = submit(game, 'russia', { action: 'pass', target: null });
    expect(!result.ok && result.error.code).toBe('game_over');
    const stepped = step(game);
    expect(!stepped.ok && stepped.error.code).toBe('game_over');
  });

  it('reject an unknown actor', () => {
    const result = submit(fresh(), 'atlantis', { action: 'pass', target: null });
    expect(!result.ok && result.error.code).toBe('unknown_actor');
    const listed = legalActions(fresh(), 'atlantis');
    expect(!listed.ok && listed.error.code).toBe('unknown_actor');
  });

  it('keep states frozen, so stray mutation fails loudly', () => {
    const game = fresh();
    expect(() => {
      (game.state.indicators as Record<string, number>).peace_process = 99;
    }).toThrow();
  });
});

describe('view', () => {
  it('hides the seed and the hashes from a player, and the other players` pending decisions', () => {
    const submitted = submit(fresh(), 'taliban', { action: 'pass', target: null });
    if (!submitted.ok) throw new Error(submitted.error.message);
    const seen = view(submitted.game, 'russia');
    if (!seen.ok) throw new Error(seen.error.message);
    expect(seen.view.state.meta).not.toHaveProperty('seed');
    expect(JSON.stringify(seen.view)).not.toContain('"seed"');
    expect(seen.view.hashes).toEqual([]);
    expect(seen.view.state.pending.taliban).toBeNull();
  });

  it('shows the teacher everything', () => {
    const seen = view(fresh(), 'teacher');
    expect(seen.ok && seen.view.state.meta.seed).toBe(5);
  });

  it('refuses an unknown role', () => {
    const seen = view(fresh(), 'spectator');
    expect(!seen.ok && seen.error.code).toBe('unknown_actor');
    expect(!seen.ok && seen.error.message).toContain('roles are teacher');
  });
});

describe('step', () => {
  it('plays one turn and appends its log entry and hash', () => {
    const stepped = step(fresh());
    if (!stepped.ok) throw new Error(stepped.error.message);
    expect(stepped.game.log).toHaveLength(1);
    expect(stepped.game.hashes).toHaveLength(2);
    expect(stepped.game.state.meta).toMatchObject({ turn: 2, date: '2021-05' });
    // One action per actor, in actor-id order.
    expect(stepped.log.actions.map((a) => a.actor)).toEqual([...stepped.game.prepared.actorIds].sort());
    expect(stepped.log.actions.map((a) => a.actor)).toEqual(
      expect.arrayContaining(['russia', 'tajikistan', 'taliban', 'us']),
    );
  });
});
