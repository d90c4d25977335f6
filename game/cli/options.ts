import { InvalidArgumentError } from 'commander';
import { SEED_EXPECTED, seedFromText } from '../content/seed-text.ts';

/** `--seed`: a non-negative safe integer, written in decimal. */
export function parseSeed(text: string): number {
  const seed = seedFromText(text);
  if (seed === null) throw new InvalidArgumentError(`expected ${SEED_EXPECTED}.`);
  return seed;
}

/** A positive integer option such as `--turns`. */
export function parsePositive(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new InvalidArgumentError('expected a positive integer.');
  }
  return Number(text);
}
