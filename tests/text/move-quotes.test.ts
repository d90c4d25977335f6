import { describe, expect, it } from 'vitest';
import { leverSummary } from '../../game/text/describe.ts';
import { indicatorWords, quoteLead, vocabulary } from '../../game/text/vocabulary.ts';
import { library } from '../helpers/shipped.ts';

const lever = (actor: string, id: string) => {
  const found = library.actors.get(actor)?.levers.find((l) => l.id === id);
  if (!found) throw new Error(`no lever ${actor}.${id}`);
  return found;
};

describe("a move's quote in the decision panel", () => {
  it('is labelled as the case against the move where the reports argue against it', () => {
    expect(quoteLead('russia', 'deploy_troops_afghanistan')).toBe('Against this move, the reports say:');
    expect(lever('russia', 'deploy_troops_afghanistan').citations[0]?.quote).toContain(
      'Moscow has learnt its lessons in Afghanistan',
    );
  });

  it('carries no such label where the quote supports the move', () => {
    expect(quoteLead('russia', 'convene_talks')).toBeNull();
    expect(quoteLead('russia', 'pass')).toBeNull();
  });

  it('marks only moves that exist', () => {
    for (const [actor, actions] of Object.entries(vocabulary.actions))
      for (const [action, words] of Object.entries(actions))
        if (words.quote) expect(lever(actor, action).id, `${actor}.${action}`).toBe(action);
  });
});

describe('one label per indicator in the decision panel', () => {
  it("names a relation that an indicator follows by the indicator's label, as the forecasts do", () => {
    const summary = leverSummary(lever('russia', 'engage_taliban'));
    expect(summary).toContain(`${indicatorWords('russia_taliban_relations').label} +`);
    expect(summary).not.toContain("Russia's relations with the Taliban");
  });

  it('keeps the words of a relation that no indicator follows', () => {
    const moves = [...library.actors.values()].flatMap((a) =>
      a.levers.flatMap((l) =>
        l.onSuccess.some(
          (e) => e.kind === 'relation' && !(e.from === 'russia' && ['taliban', 'us'].includes(e.to)),
        )
          ? [leverSummary(l)]
          : [],
      ),
    );
    expect(moves.some((s) => / relations with /.test(s))).toBe(true);
  });
});
