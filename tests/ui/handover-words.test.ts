import { describe, expect, it } from 'vitest';
import { handoverWords } from '../../game/ui/handover.ts';

describe('the hot-seat hand-over screen', () => {
  it('says who plays first before the first decision, with no word of a previous player', () => {
    const first = handoverWords('russia', true);
    expect(first.title).toBe('Russia plays first');
    expect(`${first.title} ${first.text}`).not.toMatch(/previous/i);
    expect(handoverWords('taliban', true).title).toBe('The Taliban play first');
  });

  it('hides the previous player’s choices afterwards, and writes "the Taliban" mid-sentence', () => {
    const next = handoverWords('taliban', false);
    expect(next.title).toBe('Pass the screen to the Taliban');
    expect(next.ready).toBe('I am the Taliban');
    expect(next.text).toContain('previous player’s choices stay hidden');
    expect(handoverWords('us', false).title).toBe('Pass the screen to the United States');
  });
});
