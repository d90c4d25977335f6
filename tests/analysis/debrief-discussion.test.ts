import { describe, expect, it } from 'vitest';
import { discussionOf } from '../../game/analysis/debrief-discussion.ts';

/** The teacher's questions name a swing's main cause, and say "half" when two causes tie (review 2, finding 24). */
const point = (causes: { kind: 'events' | 'moves' | 'world'; change: number; because: string[] }[]) => ({
  turn: 2,
  month: 'May 2021',
  label: 'US presence in Afghanistan',
  from: 25,
  to: 15,
  causes,
});
const question = (p: ReturnType<typeof point>) => discussionOf([p], []).questions[0]?.question;

describe('a turning point’s question', () => {
  it('says "half through events, half through moves" when the two share the swing equally', () => {
    const q = question(
      point([
        { kind: 'events', change: -5, because: ['The final US withdrawal commences'] },
        { kind: 'moves', change: -5, because: ['The United States: Withdraw'] },
      ]),
    );
    expect(q).toContain(
      'went from 25 to 15, half through events (The final US withdrawal commences), half through moves (The United States: Withdraw).',
    );
    expect(q).not.toContain('mostly');
  });

  it('says "mostly" when one cause moved it more than any other', () => {
    const q = question(
      point([
        { kind: 'moves', change: -3, because: ['The United States: Withdraw'] },
        { kind: 'events', change: -7, because: ['The final US withdrawal commences'] },
      ]),
    );
    expect(q).toContain('went from 25 to 15, mostly through events (The final US withdrawal commences).');
  });

  it('does not say "half" of a tie when a third cause also moved it', () => {
    const q = question(
      point([
        { kind: 'events', change: -4, because: ['An event'] },
        { kind: 'moves', change: -4, because: ['A move'] },
        { kind: 'world', change: -2, because: ['A dynamic'] },
      ]),
    );
    expect(q).toContain('as much through events (An event) as through moves (A move)');
  });
});
