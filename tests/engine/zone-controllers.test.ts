import { describe, expect, it } from 'vitest';
import type { ScenarioContent } from '../../game/engine/index.ts';
import { newGame, TAKEOVER_ACTOR, zoneControllers } from '../../game/engine/index.ts';
import {
  actorFile,
  CITE,
  deckCard,
  eventsFile,
  lever,
  miniContent,
  scenarioFile,
  sourceOf,
} from '../helpers/mini.ts';
import { shipped } from '../helpers/shipped.ts';

const control = (zone: string, set: unknown) => ({
  kind: 'zone',
  zone,
  field: 'control',
  set,
  citations: CITE,
});
const card = (id: string, effects: unknown[]) => deckCard(id, { effects });

/** The mini scenario with its zones' starting controllers changed. */
function withControllers(north: string | null, south: string | null, border: string | null): ScenarioContent {
  const base = scenarioFile();
  const zones = base.zones.map((z) =>
    z.id === 'af_north'
      ? { ...z, control: north }
      : z.id === 'af_south'
        ? { ...z, control: south }
        : { ...z, control: border },
  );
  return miniContent({ scenario: scenarioFile({ zones }) });
}

describe('the actors that can hold an Afghan zone', () => {
  it('are the starting controllers and the actor the world phase hands zones to, in id order', () => {
    expect(TAKEOVER_ACTOR).toBe('taliban');
    expect(zoneControllers(miniContent())).toEqual(['afghan_republic', 'taliban']);
    expect(zoneControllers(withControllers('us', 'northern_alliance', null))).toEqual([
      'northern_alliance',
      'taliban',
      'us',
    ]);
  });

  it('include the Taliban even where no zone or effect names them, and each actor once', () => {
    expect(zoneControllers(withControllers('afghan_republic', 'afghan_republic', null))).toEqual([
      'afghan_republic',
      'taliban',
    ]);
    expect(zoneControllers(withControllers('taliban', 'taliban', null))).toEqual(['taliban']);
  });

  it('leave out an uncontrolled zone, and the controller of a zone that is not Afghan', () => {
    expect(zoneControllers(withControllers(null, 'afghan_republic', 'uzbekistan'))).toEqual([
      'afghan_republic',
      'taliban',
    ]);
  });

  it('include every actor an action sets as controller, on success or on failure', () => {
    const russia = actorFile('russia', {
      levers: [
        lever('seize', {
          onSuccess: [control('af_north', 'russia')],
          onFailure: [control('af_south', 'iran')],
        }),
      ],
    });
    const taliban = actorFile('taliban', {
      levers: [lever('cede', { onSuccess: [control('$target', 'pakistan')] })],
    });
    expect(zoneControllers(miniContent({ russia, taliban }))).toEqual([
      'afghan_republic',
      'iran',
      'pakistan',
      'russia',
      'taliban',
    ]);
  });

  it('include every actor a scheduled event or a deck card sets as controller', () => {
    const events = eventsFile({
      scheduled: [
        {
          id: 'handover',
          title: 'Handover',
          on: '2021-02',
          effects: [control('af_north', 'us')],
          citations: CITE,
        },
      ],
      deck: { quiet: 1, cards: [card('coup', [control('af_south', 'northern_alliance')])] },
    });
    expect(zoneControllers(miniContent({ events }))).toEqual([
      'afghan_republic',
      'northern_alliance',
      'taliban',
      'us',
    ]);
  });

  it('come from control effects only: other effects that set a value name no controller', () => {
    const stability = { kind: 'zone', zone: 'af_north', field: 'stability', set: 'iran', citations: CITE };
    const effects = [
      stability,
      { kind: 'zone', zone: 'af_north', field: 'opium', set: 10, citations: CITE },
      { kind: 'zone', zone: 'af_north', field: 'control', add: 1, citations: CITE },
      { kind: 'posture', actor: 'russia', set: 'cautious', citations: CITE },
      { kind: 'flag', flag: 'round', set: 2, citations: CITE },
    ];
    const russia = actorFile('russia', {
      levers: [lever('meddle', { onSuccess: effects, onFailure: effects })],
    });
    const events = eventsFile({ deck: { quiet: 1, cards: [card('noise', effects)] } });
    expect(zoneControllers(miniContent({ russia, events }))).toEqual(['afghan_republic', 'taliban']);
  });

  it('are what a prepared game offers as the domain of zone control', () => {
    const created = newGame(sourceOf(withControllers('us', 'afghan_republic', null)), {
      scenario: 'mini',
      seed: 1,
    });
    expect(created.ok && created.game.prepared.zoneControllers).toEqual(['afghan_republic', 'taliban', 'us']);
  });

  it('in the shipped 2021 withdrawal are the Republic and the Taliban: no action or event hands a zone to another', () => {
    const created = newGame(shipped, { scenario: 'withdrawal-2021', seed: 1 });
    if (!created.ok) throw new Error(created.error.message);
    expect(zoneControllers(created.game.prepared.content)).toEqual(['afghan_republic', 'taliban']);
  });
});
