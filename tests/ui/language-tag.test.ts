import { describe, expect, it } from 'vitest';
import { usableLanguage } from '../../game/text/language-tag.ts';

describe('the language tag the page gives Intl (uPlot dies on one Intl refuses)', () => {
  it.each([
    ['en-US', 'en-US'],
    ['de-CH', 'de-CH'],
    ['en-US@posix', 'en-US'],
    ['en_GB.UTF-8', 'en-GB'],
    ['', 'en-US'],
    ['@@', 'en-US'],
  ])('%j becomes %j', (tag, usable) => {
    expect(usableLanguage(tag)).toBe(usable);
    expect(() => new Intl.NumberFormat(usableLanguage(tag))).not.toThrow();
  });
});
