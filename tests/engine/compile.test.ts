import { describe, expect, it } from 'vitest';
import { compile } from '../../game/engine/compile.ts';
import { prepare } from '../../game/engine/prepare.ts';
import {
  actorFile,
  CITE,
  DEFAULT_ROW,
  eventsFile,
  lever,
  miniContent,
  row,
  scenarioFile,
} from '../helpers/mini.ts';

/**
 * The compiler (compile.ts) compiles only what the checks passed. Handed content the checks would refuse, it
 * throws, naming the condition it could not compile, rather than play a broken table.
 */
const TARGETED = { input: 'zones.$target.taliban', op: '>', value: 1 };
const UNKNOWN = { input: 'indicators.morale', op: '>', value: 1 };
const ZONES = { kind: 'zone', among: ['af_north', 'af_south'] };

describe('compiling unchecked content', () => {
  it.each([
    [
      'a row reading an unknown input',
      miniContent({
        russia: actorFile('russia', { rules: [row('russia.x', 5, UNKNOWN, 'pass'), DEFAULT_ROW('russia')] }),
      }),
      "rules[0].when: unknown indicator 'morale'",
    ],
    [
      'a row reading $target',
      miniContent({
        russia: actorFile('russia', { rules: [row('russia.x', 5, TARGETED, 'pass'), DEFAULT_ROW('russia')] }),
      }),
      "rules[0].when: '$target' can only be read in a lever's requires",
    ],
    [
      'a lever without a target reading $target',
      miniContent({
        russia: actorFile('russia', { levers: [lever('talk'), lever('act', { requires: TARGETED })] }),
      }),
      "levers[1].requires: '$target' can only be read in a lever's requires",
    ],
    [
      'a scheduled event reading $target',
      miniContent({
        events: eventsFile({
          scheduled: [{ id: 'raid', title: 'A raid', when: TARGETED, effects: [], citations: CITE }],
        }),
      }),
      "scheduled[0].when: '$target' can only be read in a lever's requires",
    ],
    [
      "a card's bonus reading $target",
      miniContent({
        events: eventsFile({
          deck: {
            quiet: 1,
            cards: [
              {
                id: 'raid',
                title: 'A raid',
                weight: 1,
                bonuses: [{ when: TARGETED, add: 1 }],
                effects: [],
                citations: CITE,
              },
            ],
          },
        }),
      }),
      "deck.cards[0].bonuses[0].when: '$target' can only be read in a lever's requires",
    ],
  ])('throws on %s, naming where', (_, content, where) => {
    expect(() => compile(content)).toThrow(`compile: unchecked content at ${where}`);
  });

  it('compiles a lever reading its own target', () => {
    const content = miniContent({
      russia: actorFile('russia', { levers: [lever('act', { target: ZONES, requires: TARGETED })] }),
    });
    expect(
      compile(content)
        .actors.get('russia')
        ?.levers.get('act')
        ?.requires.inputs.map((i) => i.path),
    ).toEqual(['zones.$target.taliban']);
  });
});

describe('what is compiled', () => {
  it("only the scenario's actors, though the content carries other actor files", () => {
    const scenario = scenarioFile({
      actors: [{ id: 'russia', posture: 'engaged', resources: 5, income: 1 }],
      relations: [],
    });
    const prepared = prepare(miniContent({ scenario }));
    if (!prepared.ok) throw new Error(prepared.problems.map((p) => p.message).join('\n'));
    expect([...prepared.prepared.actors.keys()]).toEqual(['russia']);
    expect(prepared.prepared.actorIds).toEqual(['russia']);
  });

  it('every actor has the built-in pass, legal without a target', () => {
    const prepared = compile(miniContent());
    const pass = prepared.actors.get('taliban')?.levers.get('pass');
    expect(pass?.def.id).toBe('pass');
    expect(pass?.requires.inputs).toEqual([]);
  });
});
