import { describe, expect, it } from 'vitest';
import { typeDigit } from '../../game/ui/typed-number.ts';

describe('choosing one of many actions by typing its number', () => {
  it('chooses the first nine with one digit each', () => {
    for (let n = 1; n <= 9; n++) expect(typeDigit('', String(n), 19)).toBe(String(n));
  });

  it('reaches the options past nine with a second digit, so every option of nineteen has a key', () => {
    const reached = new Set<string>();
    for (let n = 1; n <= 19; n++) {
      const digits = String(n).split('');
      reached.add(digits.reduce((typed, d) => typeDigit(typed, d, 19), ''));
    }
    expect([...reached].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 19 }, (_, i) => String(i + 1)),
    );
  });

  it('starts again from the new digit when the number typed would pass the last option', () => {
    expect(typeDigit('1', '9', 12)).toBe('9');
    expect(typeDigit('19', '2', 19)).toBe('2');
    expect(typeDigit('2', '5', 19)).toBe('5');
  });

  it('chooses nothing for a zero on its own, or beyond a list of fewer options', () => {
    expect(typeDigit('', '0', 19)).toBe('');
    expect(typeDigit('', '7', 5)).toBe('');
    expect(typeDigit('1', '0', 19)).toBe('10');
  });
});
