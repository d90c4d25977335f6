import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Intent } from '../../game/protocol/intents.ts';
import { Classroom } from '../../game/server/session/classroom.ts';
import type { Principal } from '../../game/server/session/intents.ts';
import type { Session, Sink } from '../../game/server/session/session.ts';
import { SqliteStore } from '../../game/server/store/sqlite.ts';
import { shipped } from '../helpers/shipped.ts';
import { FakeClock } from './helpers/fake-clock.ts';
import { tempData } from './helpers/server.ts';

/**
 * A burst of intents (a team deciding at once) is acknowledged intent by intent, as each commits, and the
 * views follow once, after the acks, holding every change of the burst.
 */
let data: ReturnType<typeof tempData>;
let store: SqliteStore;
let classroom: Classroom;
beforeEach(async () => {
  data = tempData();
  store = new SqliteStore(data.dir);
  classroom = new Classroom(store, shipped, new FakeClock());
  await classroom.start();
});
afterEach(async () => {
  await classroom.close();
  await store.close();
  data.remove();
});

/** Lets the event loop turn until the session is idle and its views are out. */
const settled = async (session: Session) => {
  await session.serial(() => undefined);
  await new Promise((r) => setImmediate(r));
  await new Promise((r) => setImmediate(r));
};

async function sessionWith(roles: string[]) {
  const created = await classroom.create({ scenario: 'withdrawal-2021', seed: 3, roles });
  if (!created.ok) throw new Error(created.message);
  const session = (await classroom.get(created.value.session))!;
  const events: string[] = [];
  const members: Record<string, Principal> = {};
  for (const role of roles) {
    const member = await session.join(role, `${role}-student`, `hash-${role}`);
    const principal: Principal = { kind: 'member', member };
    members[role] = principal;
    const sink: Sink = {
      principal,
      send: (json) => {
        const message = JSON.parse(json) as { type: string; turn: number };
        events.push(`${role}:${message.type}:${message.turn}`);
      },
      close: () => undefined,
    };
    session.subscribe(sink);
  }
  await settled(session);
  events.length = 0;
  return { session, events, members };
}

const message = (id: string, text: string): Intent => ({ type: 'message', id, to: 'all', text }) as Intent;

describe('a burst of intents', () => {
  test('is acknowledged intent by intent, and the views follow once, holding every change', async () => {
    const { session, events, members } = await sessionWith(['russia', 'us']);
    const russia = members.russia!;
    const acks = ['one', 'two', 'three'].map((text, i) =>
      session.handle(russia, message(`m${i}`, text)).then((checked) => {
        expect(checked.ok).toBe(true);
        events.push(`ack:m${i}`);
      }),
    );
    await Promise.all(acks);
    await settled(session);
    expect(events).toEqual(['ack:m0', 'ack:m1', 'ack:m2', 'russia:view:1', 'us:view:1']);
    const view = session.viewFor(members.us!) as { view: { messages: { text: string }[] } };
    expect(view.view.messages.map((m) => m.text)).toEqual(['one', 'two', 'three']);
  });

  test('the decision that completes a turn is acknowledged before the turn is played', async () => {
    const { session, events, members } = await sessionWith(['russia', 'us']);
    const decide = (role: string): Intent =>
      ({ type: 'decide', id: `d-${role}`, turn: 1, action: 'pass', target: null }) as Intent;
    const turnAtAck: number[] = [];
    await Promise.all(
      ['russia', 'us'].map((role) =>
        session.handle(members[role]!, decide(role)).then((checked) => {
          expect(checked.ok).toBe(true);
          turnAtAck.push(session.model.game.state.meta.turn);
        }),
      ),
    );
    // Both acks left while the session was still at turn 1; the turn then played, and one view each followed.
    expect(turnAtAck).toEqual([1, 1]);
    await settled(session);
    expect(session.model.game.state.meta.turn).toBe(2);
    expect(events).toEqual(['russia:view:2', 'us:view:2']);
  });
});
