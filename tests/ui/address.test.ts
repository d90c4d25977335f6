import { describe, expect, it } from 'vitest';
import { addressOfGame, gameFromAddress } from '../../game/ui/address.ts';

describe('the address of a game (?scenario=&variant=&seed=&humans=)', () => {
  it('names the game to start', () => {
    expect(
      gameFromAddress('?scenario=withdrawal-2021&variant=us-stays&seed=42&humans=russia,tajikistan'),
    ).toEqual({
      options: {
        scenario: 'withdrawal-2021',
        variant: 'us-stays',
        seed: 42,
        humans: ['russia', 'tajikistan'],
      },
      problem: null,
    });
  });

  it('reads a + typed in the address bar as the + that combines variants, not as a space', () => {
    expect(
      gameFromAddress('?scenario=withdrawal-2021&variant=us-stays+early-recognition').options.variant,
    ).toBe('us-stays+early-recognition');
    expect(gameFromAddress('?variant=us-stays%2Bearly-recognition').options.variant).toBe(
      'us-stays+early-recognition',
    );
  });

  it('leaves out what it does not name, for the setup form to fill in', () => {
    expect(gameFromAddress('')).toEqual({
      options: { scenario: undefined, variant: undefined, seed: undefined, humans: undefined },
      problem: null,
    });
    expect(gameFromAddress('?scenario=emirate-2022&humans=').options.humans).toEqual([]);
  });

  it.each(['abc', '1e3', '-1', '1.5', ''])('refuses the seed %j, saying what a seed must be', (seed) => {
    const { options, problem } = gameFromAddress(`?scenario=withdrawal-2021&seed=${seed}`);
    expect(options.seed).toBeUndefined();
    expect(problem).toMatch(new RegExp(`^\\?seed=${seed}: the seed must be `));
  });

  it('is read back by gameFromAddress, so a reload starts the same game', () => {
    const game = {
      scenario: 'withdrawal-2021',
      variant: 'us-stays+strong-resistance',
      seed: 7,
      humans: ['russia'],
    };
    const address = addressOfGame(game);
    expect(address).toBe(
      '?scenario=withdrawal-2021&variant=us-stays%2Bstrong-resistance&seed=7&humans=russia',
    );
    expect(gameFromAddress(address)).toEqual({ options: game, problem: null });
  });

  it('writes an AI-only game with no humans, which reads back as none', () => {
    const address = addressOfGame({ scenario: 'emirate-2022', variant: 'baseline', seed: 1, humans: [] });
    expect(gameFromAddress(address).options.humans).toEqual([]);
  });
});
