import { describe, expect, it } from 'vitest';
import type { WorldCause } from '../../game/engine/index.ts';
import { WorldCause as Causes } from '../../game/engine/index.ts';
import { worldSentences } from '../../game/text/world-causes.ts';
import { playToEnd } from '../helpers/shipped.ts';

const game = playToEnd('withdrawal-2021', 1);

describe("the world phase's causes in words", () => {
  it('name every cause with the zones it acted in, by their names, joined as a sentence', () => {
    expect(
      worldSentences(game, [
        { cause: 'taliban-takeover', zones: ['af_south'] },
        { cause: 'isisk-recruits', zones: ['af_east', 'af_kabul', 'af_north'] },
      ]),
    ).toEqual([
      'The Taliban took South (Helmand, Kandahar): their share reached 60%, and no US army held it.',
      'ISIS-K recruited in East (Nangarhar, Kunar), Kabul and North (Balkh, Kunduz, Faryab), where order is weak.',
    ]);
  });

  it('have a sentence for each cause the engine can log, free of ids', () => {
    for (const cause of Causes.options as WorldCause[]) {
      const [sentence] = worldSentences(game, [{ cause, zones: ['af_west'] }]);
      expect(sentence).toContain('West (Herat)');
      expect(sentence).not.toMatch(/[a-z]+_[a-z]+|\b[a-z]+-[a-z]+\b/);
    }
  });

  it('say nothing for a turn whose world changed nothing on its own', () => {
    expect(worldSentences(game, [])).toEqual([]);
  });
});
