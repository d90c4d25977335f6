import { describe, expect, it } from 'vitest';
import type { Atom, Condition } from '../../game/engine/index.ts';
import { conditionSentence, flipSentence, requirementSentence, whyText } from '../../game/text/sentences.ts';
import { playToEnd } from '../helpers/shipped.ts';

const { prepared } = playToEnd('withdrawal-2021', 1);
const atom = (input: string, op: Atom['op'], value: Atom['value']): Atom => ({ input, op, value });
const kabulFallen = atom('flags.kabul_fallen', '==', true);
const kabulStands = atom('flags.kabul_fallen', '==', false);
const territory = (op: Atom['op'], value: number) => atom('indicators.taliban_territory', op, value);
const say = (c: Condition, values: Record<string, string | number | boolean | null>) =>
  conditionSentence(prepared, c, values);

describe('a condition that held reads as the facts that made it hold', () => {
  it('joins the parts of an `all` as the issue writes them, each number with the threshold it met', () => {
    expect(
      say(
        { all: [kabulStands, territory('>=', 38)] },
        {
          'flags.kabul_fallen': false,
          'indicators.taliban_territory': 40,
        },
      ),
    ).toBe('Kabul has not fallen, and the Taliban hold 40% of the country (38% or more needed)');
  });

  it('lists only the branch of an `any` that held, never the false halves', () => {
    const either = { any: [kabulFallen, territory('>=', 38)] };
    expect(say(either, { 'flags.kabul_fallen': false, 'indicators.taliban_territory': 40 })).toBe(
      'the Taliban hold 40% of the country (38% or more needed)',
    );
    expect(say(either, { 'flags.kabul_fallen': true, 'indicators.taliban_territory': 10 })).toBe(
      'Kabul has fallen',
    );
  });

  it('phrases `not` as what is the case: a flag in its negative form, a number with the opposite threshold', () => {
    expect(say({ not: kabulFallen }, { 'flags.kabul_fallen': false })).toBe('Kabul has not fallen');
    expect(say({ not: territory('>=', 60) }, { 'indicators.taliban_territory': 40 })).toBe(
      'the Taliban hold 40% of the country (less than 60% needed)',
    );
    // not (a and b) held because one part failed: that part is the reason.
    const notBoth = { not: { all: [kabulFallen, territory('>=', 60)] } };
    expect(say(notBoth, { 'flags.kabul_fallen': true, 'indicators.taliban_territory': 40 })).toBe(
      'the Taliban hold 40% of the country (less than 60% needed)',
    );
  });

  it('says two thresholds on one input once, and a last move with its outcome in one clause', () => {
    const window = { all: [atom('date', '>=', '2021-01'), atom('date', '<=', '2021-08')] };
    expect(say(window, { date: '2021-05' })).toBe(
      'it is May 2021 (January 2021 or later and August 2021 or earlier needed)',
    );
    const followUp = {
      all: [atom('last.russia', '==', 'convene_talks'), atom('last.russia.outcome', '==', 'success')],
    };
    expect(say(followUp, { 'last.russia': 'convene_talks', 'last.russia.outcome': 'success' })).toBe(
      "Russia's last move, to convene regional talks on Afghanistan, succeeded",
    );
  });

  it('names zones, relations, postures and other actors by their words, not their ids', () => {
    const c = {
      all: [
        atom('zones.af_east.isisk', '>=', 8),
        atom('relations.tajikistan.taliban', '<', 30),
        atom('actors.resistance.posture', '==', 'fighting'),
        atom('last.tajikistan', '!=', 'pass'),
        atom('zones.af_kabul.control', '==', 'taliban'),
      ],
    };
    expect(
      say(c, {
        'zones.af_east.isisk': 19,
        'relations.tajikistan.taliban': 20,
        'actors.resistance.posture': 'fighting',
        'last.tajikistan': 'escalate_rhetoric',
        'zones.af_kabul.control': 'taliban',
      }),
    ).toBe(
      "ISIS-K's presence in East (Nangarhar, Kunar) is 19 (8 or more needed), Tajikistan's relations with the Taliban are 20 (less than 30 needed), the anti-Taliban resistance is fighting inside Afghanistan, Tajikistan's last move was to escalate its rhetoric against the Taliban, and Kabul is held by the Taliban",
    );
  });

  it('gives the parts that failed, with what the rule needed, when asked why a condition did not hold', () => {
    const c = { all: [kabulFallen, territory('>=', 38), territory('<', 90)] };
    const values = { 'flags.kabul_fallen': false, 'indicators.taliban_territory': 30 };
    expect(conditionSentence(prepared, c, values, false)).toBe(
      'Kabul has not fallen, and the Taliban hold 30% of the country (38% or more needed)',
    );
  });

  it('writes `why.text` as a sentence, and a row without conditions as the default move', () => {
    const row = {
      id: 'russia.x',
      priority: 1,
      weight: 1,
      when: { all: [kabulFallen] },
      do: { action: 'pass', target: null },
      citations: [],
    };
    expect(whyText(prepared, row as never, { 'flags.kabul_fallen': true })).toBe('Because Kabul has fallen.');
    expect(whyText(prepared, { ...row, when: { all: [] } } as never, {})).toBe(
      'With nothing more pressing, Russia passed.',
    );
  });

  it("leaves out a row's guard against repeating its own last move: it is bookkeeping, not a reason", () => {
    const row = {
      id: 'china.x',
      priority: 1,
      weight: 1,
      when: { all: [territory('<', 45), atom('last.china', '!=', 'host_taliban_envoys')] },
      do: { action: 'host_taliban_envoys', target: null },
      citations: [],
    };
    for (const last of [null, 'pass', 'fund_projects'])
      expect(
        whyText(prepared, row as never, { 'indicators.taliban_territory': 40, 'last.china': last }),
      ).toBe('Because the Taliban hold 40% of the country (less than 45% needed).');
    // "A pass or one of these" on its own last move is the same guard, when all it says is a pass.
    const alternate = {
      ...row,
      when: { all: [territory('<', 45), atom('last.china', 'in', ['pass', 'fund_projects'])] },
    };
    expect(
      whyText(prepared, alternate as never, { 'indicators.taliban_territory': 40, 'last.china': 'pass' }),
    ).toBe('Because the Taliban hold 40% of the country (less than 45% needed).');
    // Another actor's last move is a reason, and stays.
    expect(
      whyText(prepared, { ...row, when: { all: [atom('last.russia', '!=', 'pass')] } } as never, {
        'last.russia': null,
      }),
    ).toBe('Because Russia has not moved yet.');
    // With the guard alone, the move is what the actor does when nothing more pressing applies.
    const guardOnly = { ...row, when: { all: [atom('last.china', '!=', 'host_taliban_envoys')] } };
    expect(whyText(prepared, guardOnly as never, { 'last.china': null })).toMatch(
      /^With nothing more pressing, China chose to [a-z].*\.$/,
    );
  });
});

describe('the nearest flip reads as what the actor would have done, and the one value that would have led to it', () => {
  it('names the action, then the input with the value it needed and the value it had', () => {
    const flip = {
      from: 35,
      input: 'indicators.tajik_taliban_tension',
      ruleId: 'russia.restrain-tajikistan',
      to: 62,
    };
    expect(flipSentence(prepared, 'russia', flip)).toBe(
      'Russia would have urged Tajikistan to restrain its rhetoric instead, had tension between Tajikistan and the Taliban been 62 (it was 35).',
    );
  });

  it("adds the row's target, and writes a flag as what would have been true", () => {
    const flip = {
      from: true,
      input: 'flags.kabul_fallen',
      ruleId: 'russia.drill-as-taliban-reach-border',
      to: false,
    };
    expect(flipSentence(prepared, 'russia', flip)).toBe(
      'Russia would have held a border drill on the Tajik-Afghan border instead, had it been true that Kabul has not fallen.',
    );
  });

  it('says, when the other actor had not moved yet, that this is the first month', () => {
    const flip = { from: null, input: 'last.tajikistan', ruleId: 'russia.restrain-tajikistan', to: 'pass' };
    expect(flipSentence(prepared, 'russia', flip)).toMatch(
      /had Tajikistan's last move been a pass \(this is the first month: there was no earlier move\)\.$/,
    );
  });

  it("says nothing for a flip to the move that was made, or one that hangs on the actor's own last move", () => {
    const flip = {
      from: 35,
      input: 'indicators.tajik_taliban_tension',
      ruleId: 'russia.restrain-tajikistan',
      to: 62,
    };
    expect(flipSentence(prepared, 'russia', flip, { action: 'urge_tajik_restraint' })).toBeNull();
    expect(flipSentence(prepared, 'russia', flip, { action: 'pass' })).toMatch(/ instead, had /);
    // "would have done X instead, had its last move been a pass (it was to do X)" explains nothing.
    const circular = {
      from: 'convene_talks',
      input: 'last.russia',
      ruleId: 'russia.restrain-tajikistan',
      to: 'pass',
    };
    expect(flipSentence(prepared, 'russia', circular, { action: 'pass' })).toBeNull();
    expect(flipSentence(prepared, 'russia', { ...circular, input: 'last.russia.outcome' })).toBeNull();
  });
});

describe('what an action still needs, for the decision panel', () => {
  const evacuated = atom('flags.embassy_evacuated', '==', false);

  it('leaves out the parts that already hold and says what there is now', () => {
    const values = { 'flags.kabul_fallen': false, 'flags.embassy_evacuated': false };
    expect(requirementSentence(prepared, { all: [kabulFallen, evacuated] }, values)).toBe(
      'Kabul has fallen (now: Kabul has not fallen)',
    );
  });

  it("says a date, a guard on a last move and a `not` in words explain's rows not taken can use", () => {
    expect(requirementSentence(prepared, atom('date', '<', '2019-01'), { date: '2021-11' })).toBe(
      'the date before January 2019 (now November 2021)',
    );
    const guard = atom('last.uzbekistan', '!=', 'pass');
    expect(requirementSentence(prepared, guard, { 'last.uzbekistan': 'pass' })).toBe(
      "Uzbekistan's last move to be anything but a pass (it was a pass)",
    );
    expect(requirementSentence(prepared, { not: kabulFallen }, { 'flags.kabul_fallen': true })).toBe(
      'it not to be so that Kabul has fallen (now it is)',
    );
  });

  it('says "either ... or" when any one part would do', () => {
    const values = { 'flags.kabul_fallen': false, 'indicators.taliban_territory': 40 };
    expect(requirementSentence(prepared, { any: [kabulFallen, territory('>=', 60)] }, values)).toBe(
      "either Kabul has fallen (now: Kabul has not fallen) or the Taliban's share of the country at 60% or more (now 40%)",
    );
  });
});
