import { describe, expect, it } from 'vitest';
import { movedValueWords, readOfMove } from '../../game/analysis/turn-summary.ts';
import type { ActionRecord, Condition, RuleRow } from '../../game/engine/index.ts';
import { findRule } from '../../game/text/lookup.ts';
import { whyText } from '../../game/text/sentences.ts';
import { reactedHeading } from '../../game/ui/turn-summary.ts';
import { playToEnd } from '../helpers/shipped.ts';

/**
 * Review 2, findings 1 and 18: "Who reacted to your last move" names only the tables whose fired row rests on
 * that move (it names the move as a reason, or a value the move changed that tipped the row), says which, tells
 * a move that failed or was blocked as "tried to", and is titled with the month and the move it reacts to.
 */
const { prepared } = playToEnd('withdrawal-2021', 1);

const move = (action: string, outcome: ActionRecord['outcome'] = 'success'): ActionRecord =>
  ({ actor: 'russia', action, target: null, ruleId: null, outcome, why: null }) as ActionRecord;
const rowOf = (id: string): RuleRow => {
  const row = findRule(prepared, id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};
/** A row of China's table with the given condition, to test the rule on values alone. */
const chinaRow = (when: Condition): RuleRow => ({ ...rowOf('china.host-taliban-envoys'), when });

describe('a table reacted to a person’s move only when its row rests on that move', () => {
  const hardliners = rowOf('isisk.court-taliban-hardliners');

  it('not when the row would have fired without it: ISIS-K courts hardliners on the Taliban’s legitimacy alone', () => {
    // Russia's move was a border drill: the branch on Russia's channel to the Taliban failed, the legitimacy held.
    const values = {
      'indicators.taliban_territory': 94,
      'last.isisk': 'recruit_foreign_fighters',
      'last.russia': 'border_drill',
      'last.russia.outcome': 'success',
      'indicators.taliban_legitimacy': 44,
    };
    const read = readOfMove(prepared, hardliners, values, 'russia', move('border_drill'));
    expect(read).toEqual({ move: false, outcome: false, values: [] });
  });

  it('when the row names the move as its reason, and says how it went when it reads that too', () => {
    const values = {
      'indicators.taliban_territory': 50,
      'last.isisk': 'recruit_foreign_fighters',
      'last.russia': 'engage_taliban',
      'last.russia.outcome': 'success',
      'indicators.taliban_legitimacy': 20,
    };
    const read = readOfMove(prepared, hardliners, values, 'russia', move('engage_taliban'));
    expect(read.move).toBe(true);
    expect(read.outcome).toBe(true);
  });

  it('not for a value the move changed when the row would have held without the change', () => {
    // Russia's channel adds 2 to the Taliban's legitimacy: 44 would be 42 without it, still 30 or more.
    const row = chinaRow({ input: 'indicators.taliban_legitimacy', op: '>=', value: 30 });
    const read = readOfMove(
      prepared,
      row,
      { 'indicators.taliban_legitimacy': 44 },
      'russia',
      move('engage_taliban'),
    );
    expect(read.values).toEqual([]);
  });

  it('for a value the move changed when, without the change, the row would not have fired: and by how much', () => {
    const row = chinaRow({ input: 'indicators.taliban_legitimacy', op: '>=', value: 30 });
    const read = readOfMove(
      prepared,
      row,
      { 'indicators.taliban_legitimacy': 31 },
      'russia',
      move('engage_taliban'),
    );
    expect(read.values).toEqual([{ input: 'indicators.taliban_legitimacy', push: { add: 2 } }]);
  });

  it('never for a blocked move’s values: a blocked move changed nothing', () => {
    const row = chinaRow({ input: 'flags.practical_interaction', op: '==', value: true });
    const read = readOfMove(
      prepared,
      row,
      { 'flags.practical_interaction': true },
      'russia',
      move('pursue_practical_interaction', 'blocked'),
    );
    expect(read.values).toEqual([]);
  });
});

describe('what the reaction read, in words', () => {
  it('a number by how much the move moved it, a flag as the fact the move brought about', () => {
    expect(movedValueWords(prepared, { input: 'indicators.taliban_legitimacy', push: { add: 2 } }, {})).toBe(
      "the Taliban's legitimacy, which that move raised by 2",
    );
    expect(
      movedValueWords(
        prepared,
        { input: 'flags.poppy_ban', push: { set: true } },
        { 'flags.poppy_ban': true },
      ),
    ).toBe('that the Taliban have banned poppy cultivation, which that move brought about');
  });
});

describe('a move that failed or was blocked reads as one the actor tried', () => {
  const row = chinaRow({ input: 'last.russia', op: '==', value: 'pursue_practical_interaction' });
  const values = { 'last.russia': 'pursue_practical_interaction' };

  it('"tried ... and was blocked", "tried and failed", and as before when it went', () => {
    expect(whyText(prepared, row, values, undefined, { russia: 'blocked' })).toBe(
      'Because Russia tried to move on to practical interaction with the Emirate last turn and was blocked.',
    );
    expect(whyText(prepared, row, values, undefined, { russia: 'failure' })).toBe(
      'Because Russia tried and failed to move on to practical interaction with the Emirate last turn.',
    );
    expect(whyText(prepared, row, values, undefined, { russia: 'success' })).toBe(
      "Because Russia's last move was to move on to practical interaction with the Emirate.",
    );
  });
});

describe('the heading names the month and the move reacted to', () => {
  const last = { actor: 'russia', month: 'May 2021', action: 'border_drill', title: 'Hold a drill' };

  it('for one player: "Who reacted in June 2021 to your May 2021 move, “Hold a drill”"', () => {
    expect(reactedHeading({ month: 'June 2021', lastMoves: [{ ...last, outcome: 'success' }] }, true)).toBe(
      'Who reacted in June 2021 to your May 2021 move, “Hold a drill”',
    );
  });

  it('for a move that was blocked: "you tried"', () => {
    expect(reactedHeading({ month: 'June 2021', lastMoves: [{ ...last, outcome: 'blocked' }] }, true)).toBe(
      'Who reacted in June 2021 to your May 2021 move (you tried “Hold a drill”, and it was blocked)',
    );
  });

  it('for several people: the month of their moves', () => {
    const two = [
      { ...last, outcome: 'success' as const },
      { ...last, actor: 'tajikistan', outcome: 'success' as const },
    ];
    expect(reactedHeading({ month: 'June 2021', lastMoves: two }, false)).toBe(
      'Who reacted in June 2021 to the moves people made in May 2021',
    );
  });
});
