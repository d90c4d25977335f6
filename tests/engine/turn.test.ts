import { describe, expect, it } from 'vitest';
import { createState } from '../../game/engine/create.ts';
import { prepare } from '../../game/engine/prepare.ts';
import { openStream, type StreamFactory } from '../../game/engine/rng.ts';
import { playTurn, playTurnOnClone, stateAtDecision } from '../../game/engine/turn.ts';
import { CITE, eventsFile, miniContent } from '../helpers/mini.ts';

/**
 * How a turn is run (turn.ts): the phase list on immer drafts or on a copy, the state at the decisions, and
 * the log entry. The mini scenario, with one event on its first month that raises the peace process by 5.
 */
const events = eventsFile({
  scheduled: [
    {
      id: 'talks-open',
      title: 'Talks open',
      on: '2021-01',
      effects: [{ kind: 'indicator', indicator: 'peace_process', add: 5, citations: CITE }],
      citations: CITE,
    },
  ],
});
const compiled = prepare(miniContent({ events }));
if (!compiled.ok) throw new Error('the fixture does not load');
const { prepared } = compiled;
const start = createState(prepared, { seed: 7 });

/** A factory that opens the real streams and notes the name of each one opened. */
function watching(): { factory: StreamFactory; opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    factory: (seed, name, turn) => {
      opened.push(name);
      return openStream(seed, name, turn);
    },
  };
}

describe('stateAtDecision', () => {
  it('is the state after the events: the event has fired, nothing else has moved', () => {
    const state = stateAtDecision(prepared, start);
    expect(state.fired).toEqual(['talks-open']);
    expect(state.indicators.peace_process).toBe(45);
    expect(state.meta).toEqual(start.meta);
    expect(state.actors).toEqual(start.actors);
    expect(state.zones).toEqual(start.zones);
    expect(start.indicators.peace_process).toBe(40);
  });

  it('opens no stream but the events stream: no actor has decided, no zone moved', () => {
    const { factory, opened } = watching();
    stateAtDecision(prepared, start, factory);
    expect(opened).toEqual(['events']);
  });
});

describe('a whole turn', () => {
  it('opens the events stream, each actor in id order, then the world', () => {
    const { factory, opened } = watching();
    playTurn(prepared, start, factory);
    expect(opened).toEqual(['events', 'russia', 'taliban', 'world']);
  });

  it('logs the events, the actions, the indicators and scores after the turn, under the turn played', () => {
    const { state, log } = playTurn(prepared, start);
    expect(log.turn).toBe(1);
    expect(log.date).toBe('2021-01');
    expect(log.events).toEqual([expect.objectContaining({ id: 'talks-open' })]);
    expect(log.actions.map((a) => [a.actor, a.action])).toEqual([
      ['russia', 'pass'],
      ['taliban', 'pass'],
    ]);
    expect(log.indicators).toEqual(state.indicators);
    expect(log.scores).toEqual({ russia: state.actors.russia?.score, taliban: state.actors.taliban?.score });
    expect(state.meta.turn).toBe(2);
  });

  it('is the same on a copy as on drafts, with the same streams, and leaves the state passed in alone', () => {
    const before = JSON.stringify(start);
    const drafted = watching();
    const copied = watching();
    const onDrafts = playTurn(prepared, start, drafted.factory);
    const onCopy = playTurnOnClone(prepared, start, copied.factory);
    expect(onCopy).toEqual(onDrafts);
    expect(copied.opened).toEqual(drafted.opened);
    expect(JSON.stringify(start)).toBe(before);
  });

  it('on a copy uses the streams it is given', () => {
    const constant: StreamFactory = (_seed, name) => ({ name, draws: 0, next: () => 0.999 });
    const { state } = playTurnOnClone(prepared, start, constant);
    // Draws of 0.999 give the Taliban their full reach in both zones: more than the seeded draws of seed 7.
    const reference = playTurnOnClone(prepared, start).state;
    expect(state.zones).toEqual(playTurn(prepared, start, constant).state.zones);
    expect(state.zones).not.toEqual(reference.zones);
  });
});
