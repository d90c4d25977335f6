import { InvalidArgumentError } from 'commander';

/** `--seed`: a non-negative safe integer, written in decimal. */
export function parseSeed(text: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new InvalidArgumentError(`expected a non-negative integer up to ${Number.MAX_SAFE_INTEGER}.`);
  }
  return Number(text);
}

/** A positive integer option such as `--turns`. */
export function parsePositive(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw new InvalidArgumentError('expected a positive integer.');
  }
  return Number(text);
}
