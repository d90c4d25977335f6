import { describe, expect, it } from 'vitest';
import { variantsOf } from '../../game/content/source.ts';
import { SETUP_WORDS, variantTooltip } from '../../game/ui/setup-words.ts';
import { library } from '../helpers/shipped.ts';

describe('the start page, for a newcomer', () => {
  it('says what the game is, what the player does and who plays the rest', () => {
    expect(SETUP_WORDS.intro).toMatch(/You play one actor/);
    expect(SETUP_WORDS.intro).toMatch(/you choose one move/);
    expect(SETUP_WORDS.intro).toMatch(/the computer plays every other actor by rules taken from the reports/);
  });

  it('says what a seed is and what the variants are', () => {
    expect(SETUP_WORDS.seed).toMatch(/^The seed sets the dice: the same seed .* replays the same game/);
    expect(SETUP_WORDS.variants).toMatch(/history as recorded/);
    expect(SETUP_WORDS.variants).toMatch(/what if/);
  });

  it('has no command names, code or developer words', () => {
    for (const text of Object.values(SETUP_WORDS)) {
      expect(text).not.toMatch(/`|greatgame|rule tables?|counterfactual|sweep|\bCLI\b/i);
    }
  });

  it('gives every variant of every scenario a tooltip: its question and the passage that raises it', () => {
    for (const scenario of library.scenarios.keys())
      for (const v of variantsOf(library, scenario).filter((v) => v.id !== 'baseline')) {
        const tip = variantTooltip(library, v.id, v.title);
        expect(tip, v.id).toMatch(/^What if .+\? From the reports: “.{20,}” \(.+\)$/);
        expect(tip).toContain(library.variants.get(v.id)?.question.quote);
      }
    expect(variantTooltip(library, 'buffer-school', 'x')).toContain('Northern provinces');
  });
});
