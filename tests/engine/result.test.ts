import { describe, expect, it } from 'vitest';
import type { Problem } from '../../game/engine/index.ts';
import { formatProblem, invalidContent, newGame, submit } from '../../game/engine/index.ts';
import { fail } from '../../game/engine/result.ts';
import { actorFile, DEFAULT_ROW, miniContent, row, sourceOf } from '../helpers/mini.ts';

const located: Problem = {
  file: 'actors/russia.json',
  path: 'rules[4].when.input',
  id: 'russia.talk',
  message: "unknown indicator 'morale'",
};
const unlocated: Problem = { file: 'mini/scenario.json', path: 'zones', message: 'no Afghan zone' };

describe('a content problem as one line', () => {
  it('gives file, path, the id it concerns in brackets, and the message', () => {
    expect(formatProblem(located)).toBe(
      "actors/russia.json: rules[4].when.input (russia.talk): unknown indicator 'morale'",
    );
  });

  it('leaves the brackets out when the problem concerns nothing with an id', () => {
    expect(formatProblem(unlocated)).toBe('mini/scenario.json: zones: no Afghan zone');
    expect(formatProblem({ ...unlocated, id: '' })).toBe('mini/scenario.json: zones: no Afghan zone');
  });
});

describe('content that cannot be played', () => {
  it('is an invalid_content error: the headline, then one line per problem, and the problems themselves', () => {
    const problems = [located, unlocated];
    const result = invalidContent('mini cannot be played', problems);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_content',
        message:
          "mini cannot be played:\nactors/russia.json: rules[4].when.input (russia.talk): unknown indicator 'morale'\n" +
          'mini/scenario.json: zones: no Afghan zone',
        problems,
      },
    });
    expect(result.error.problems).not.toBe(problems);
  });

  it('is what a new game returns for a broken actor file, with each problem located', () => {
    const russia = actorFile('russia', {
      rules: [
        row('russia.odd', 10, { input: 'indicators.morale', op: '>', value: 3 }, 'pass'),
        DEFAULT_ROW('russia'),
      ],
    });
    const created = newGame(sourceOf(miniContent({ russia })), { scenario: 'mini', seed: 1 });
    if (created.ok) throw new Error('expected invalid content');
    expect(created.error.code).toBe('invalid_content');
    const problems = created.error.problems ?? [];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'actors/russia.json', id: 'russia.odd' });
    const [headline, ...lines] = created.error.message.split('\n');
    expect(headline?.endsWith(':')).toBe(true);
    expect(lines).toEqual(problems.map(formatProblem));
  });
});

describe('an engine error', () => {
  it('carries the legal actions only when there are some to offer', () => {
    expect(fail('game_over', 'the game is over')).toStrictEqual({
      ok: false,
      error: { code: 'game_over', message: 'the game is over' },
    });
    const legal = [{ action: 'pass', title: 'Pass', targets: null }];
    expect(fail('illegal_action', 'no', legal)).toStrictEqual({
      ok: false,
      error: { code: 'illegal_action', message: 'no', legal },
    });
  });

  it('lists the legal actions for an illegal decision, and none for an unknown actor', () => {
    const created = newGame(sourceOf(miniContent()), { scenario: 'mini', seed: 1 });
    if (!created.ok) throw new Error(created.error.message);
    const illegal = submit(created.game, 'russia', { action: 'invade', target: null });
    expect(!illegal.ok && illegal.error.legal?.map((a) => a.action)).toEqual(['pass']);
    const unknown = submit(created.game, 'iran', { action: 'pass', target: null });
    expect(!unknown.ok && 'legal' in unknown.error).toBe(false);
  });
});
