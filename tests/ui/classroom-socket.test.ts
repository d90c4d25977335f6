import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffDelay } from '../../game/ui/classroom/backoff.ts';
import {
  ClassroomSocket,
  type LinkState,
  type SocketLike,
  socketUrl,
} from '../../game/ui/classroom/socket.ts';

describe('the reconnect backoff', () => {
  it('doubles from the base to the cap, each wait jittered to between half and all of it', () => {
    expect(backoffDelay(0, () => 1)).toBe(BACKOFF_BASE_MS);
    expect(backoffDelay(0, () => 0)).toBe(BACKOFF_BASE_MS / 2);
    expect(backoffDelay(3, () => 1)).toBe(BACKOFF_BASE_MS * 8);
    expect(backoffDelay(50, () => 1)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1e9, () => 0)).toBe(BACKOFF_CAP_MS / 2);
    for (let attempt = 0; attempt < 30; attempt++) {
      const d = backoffDelay(attempt);
      expect(d).toBeGreaterThanOrEqual(BACKOFF_BASE_MS / 2);
      expect(d).toBeLessThanOrEqual(BACKOFF_CAP_MS);
    }
  });
});

/** A WebSocket stand-in the test opens, answers and drops by hand. */
class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number }) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  constructor(readonly url: string) {}
  send(text: string) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.drop(1000);
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: object) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
  drop(code = 1006) {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

function harness(up = true) {
  const sockets: FakeSocket[] = [];
  const timers: { ms: number; fn: () => void; cancelled: boolean }[] = [];
  const states: LinkState[] = [];
  const views: unknown[] = [];
  const socket = new ClassroomSocket<unknown>(
    'ws://x/ws?token=t',
    {
      open: (url) => {
        const s = new FakeSocket(url);
        sockets.push(s);
        return s;
      },
      setTimer: (ms, fn) => {
        const timer = { ms, fn, cancelled: false };
        timers.push(timer);
        return () => {
          timer.cancelled = true;
        };
      },
      serverUp: async () => up,
      random: () => 1,
    },
    { view: (v) => views.push(v), state: (s) => states.push(s) },
  );
  const fire = () => {
    const timer = timers.find((t) => !t.cancelled);
    if (!timer) throw new Error('no timer');
    timer.cancelled = true;
    timer.fn();
  };
  return { socket, sockets, timers, states, views, fire, last: () => sockets[sockets.length - 1]! };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the classroom socket', () => {
  it('matches each reply to its intent by id, and hands views on', async () => {
    const h = harness();
    h.socket.start();
    h.last().open();
    const reply = h.socket.send({ type: 'pause' });
    const sent = h.last().sent[0]!;
    expect(sent).toMatchObject({ type: 'pause' });
    h.last().receive({ type: 'view', turn: 1 });
    h.last().receive({ type: 'error', id: 'other', code: 'x' });
    h.last().receive({ type: 'ack', id: sent.id });
    expect(await reply).toEqual({ type: 'ack', id: sent.id });
    expect(h.views).toEqual([{ type: 'view', turn: 1 }]);
  });

  it('answers an intent sent while offline at once, and one in flight when the link drops', async () => {
    const h = harness();
    h.socket.start();
    expect((await h.socket.send({ type: 'advance' })).code).toBe('offline');
    h.last().open();
    const inFlight = h.socket.send({ type: 'advance' });
    h.last().drop();
    expect((await inFlight).code).toBe('offline');
  });

  it('reconnects after a drop with growing waits, and starts again from the base once it is back', async () => {
    const h = harness();
    h.socket.start();
    h.last().open();
    h.last().drop();
    expect(h.states.at(-1)).toEqual({ kind: 'waiting', attempt: 1, ms: BACKOFF_BASE_MS });
    h.fire();
    // This one never opens (the Wi-Fi is still down, and so, for the page, is the server).
    h.last().drop();
    await flush();
    expect(h.states.at(-1)).toMatchObject({ kind: 'waiting', ms: BACKOFF_BASE_MS * 2 });
    h.fire();
    h.last().open();
    expect(h.states.at(-1)).toEqual({ kind: 'open' });
    h.last().drop();
    expect(h.states.at(-1)).toMatchObject({ kind: 'waiting', ms: BACKOFF_BASE_MS });
    expect(h.sockets.length).toBe(3);
  });

  it('reconnects at once when nudged (the page is visible again, the network is back)', () => {
    const h = harness();
    h.socket.start();
    h.last().open();
    h.last().drop();
    h.socket.nudge();
    expect(h.sockets.length).toBe(2);
    expect(h.timers[0]!.cancelled).toBe(true);
    h.socket.nudge();
    expect(h.sockets.length).toBe(2);
  });

  it('gives up when the server is up but refuses the token twice: the place is gone', async () => {
    const h = harness(true);
    h.socket.start();
    h.last().drop();
    await flush();
    expect(h.states.at(-1)?.kind).toBe('waiting');
    h.fire();
    h.last().drop();
    await flush();
    expect(h.states.at(-1)?.kind).toBe('refused');
    expect(h.timers.filter((t) => !t.cancelled)).toEqual([]);
  });

  it('keeps trying while the server is away (a restart), however many times', async () => {
    const h = harness(false);
    h.socket.start();
    for (let i = 0; i < 5; i++) {
      h.last().drop();
      await flush();
      expect(h.states.at(-1)?.kind).toBe('waiting');
      h.fire();
    }
  });

  it('stops for good when the teacher removes the member', () => {
    const h = harness();
    h.socket.start();
    h.last().open();
    h.last().receive({
      type: 'error',
      id: null,
      code: 'revoked',
      message: 'the teacher removed you from the session',
    });
    h.last().drop(4003);
    expect(h.states.at(-1)).toEqual({ kind: 'refused', message: 'the teacher removed you from the session' });
    expect(h.timers).toEqual([]);
  });

  it('makes the socket address from the page, ws or wss, with the token escaped', () => {
    expect(socketUrl({ protocol: 'http:', host: '192.168.1.20:8080' }, 'a+b/c')).toBe(
      'ws://192.168.1.20:8080/ws?token=a%2Bb%2Fc',
    );
    expect(socketUrl({ protocol: 'https:', host: 'school.example' }, 't')).toBe(
      'wss://school.example/ws?token=t',
    );
  });
});
