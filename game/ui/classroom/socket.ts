import type { Intent, Reply, ViewMessage } from '../../protocol/classroom.ts';
import { backoffDelay } from './backoff.ts';

/** The part of a WebSocket this client uses (a fake stands in for it in the unit tests). */
export interface SocketLike {
  readyState: number;
  onopen: (() => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  send(text: string): void;
  close(): void;
}

export type LinkState =
  | { kind: 'connecting'; attempt: number }
  | { kind: 'open' }
  | { kind: 'waiting'; attempt: number; ms: number }
  /** The server refused the token, or removed the member: reconnecting would not help. */
  | { kind: 'refused'; message: string };

export interface SocketDeps {
  open(url: string): SocketLike;
  setTimer(ms: number, fn: () => void): () => void;
  /** Whether the server answers HTTP: a socket refused while it does means the token is no good. */
  serverUp(): Promise<boolean>;
  random?: () => number;
}

const OPEN = 1;
/** The server's close code for a member the teacher removed (game/server/session/session.ts). */
const REMOVED = 4003;
/** Refusals in a row, with the server up, before the token is taken as no longer valid. */
const REFUSALS = 2;

/**
 * One WebSocket to the classroom, kept open: it reconnects with backoff after a drop, and at once when the page
 * comes back (a lid opened, Wi-Fi back). Each intent gets an id and a promise of the server's ack or error;
 * one in flight when the link drops is answered `offline`, so the page never waits for ever.
 */
export class ClassroomSocket<B> {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private refusals = 0;
  private count = 0;
  private stopped = false;
  private cancelWait: (() => void) | null = null;
  private readonly waiting = new Map<string, (reply: Reply) => void>();
  state: LinkState = { kind: 'connecting', attempt: 0 };

  constructor(
    private readonly url: string,
    private readonly deps: SocketDeps,
    private readonly on: { view(view: ViewMessage<B>): void; state(state: LinkState): void },
  ) {}

  start(): void {
    this.stopped = false;
    this.connect();
  }

  /** Reconnects now if the link is down and waiting (the page became visible, the network came back). */
  nudge(): void {
    if (this.stopped || this.state.kind !== 'waiting') return;
    this.cancelWait?.();
    this.cancelWait = null;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.cancelWait?.();
    this.socket?.close();
    this.socket = null;
    this.answerAll('offline', 'the page closed its connection');
  }

  send(intent: Intent): Promise<Reply> {
    const id = `c${++this.count}`;
    if (!this.socket || this.socket.readyState !== OPEN)
      return Promise.resolve({
        type: 'error',
        id,
        code: 'offline',
        message: 'not connected to the server: wait for the connection to come back, then try again',
      });
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.socket?.send(JSON.stringify({ ...intent, id }));
    });
  }

  private setState(state: LinkState) {
    this.state = state;
    this.on.state(state);
  }

  private answerAll(code: string, message: string) {
    for (const [id, resolve] of this.waiting) resolve({ type: 'error', id, code, message });
    this.waiting.clear();
  }

  private connect() {
    this.setState({ kind: 'connecting', attempt: this.attempt });
    let opened = false;
    let removed: string | null = null;
    const socket = this.deps.open(this.url);
    this.socket = socket;
    socket.onopen = () => {
      opened = true;
      this.attempt = 0;
      this.refusals = 0;
      this.setState({ kind: 'open' });
    };
    socket.onmessage = (event) => {
      let message: { type?: string; id?: string | null; code?: string; message?: string };
      try {
        message = JSON.parse(String(event.data));
      } catch {
        return;
      }
      if (message.type === 'view') return this.on.view(message as ViewMessage<B>);
      if (message.code === 'revoked') removed = message.message ?? 'you were removed from the session';
      const resolve = message.id ? this.waiting.get(message.id) : undefined;
      if (message.id && resolve) {
        this.waiting.delete(message.id);
        resolve(message as Reply);
      }
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.answerAll('offline', 'the connection dropped before the server answered: try again');
      if (this.stopped) return;
      if (removed !== null || event.code === REMOVED)
        return this.setState({ kind: 'refused', message: removed ?? 'you were removed from the session' });
      if (!opened) void this.refusedOrAway();
      else this.wait();
    };
  }

  /** A socket that never opened: a token the server refuses, or a server that is not there (yet). */
  private async refusedOrAway() {
    const up = await this.deps.serverUp();
    if (this.stopped) return;
    this.refusals = up ? this.refusals + 1 : 0;
    if (this.refusals >= REFUSALS)
      return this.setState({ kind: 'refused', message: 'the server no longer knows this place: join again' });
    this.wait();
  }

  private wait() {
    const ms = backoffDelay(this.attempt, this.deps.random);
    this.attempt += 1;
    this.setState({ kind: 'waiting', attempt: this.attempt, ms });
    this.cancelWait = this.deps.setTimer(ms, () => {
      this.cancelWait = null;
      if (!this.stopped) this.connect();
    });
  }
}

/** The socket URL for a token, on the server the page came from. */
export function socketUrl(location: { protocol: string; host: string }, token: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws?token=${encodeURIComponent(token)}`;
}

/** The browser's WebSocket and timers, and the page's return and the network's, which reconnect at once. */
export function browserSocket<B>(
  token: string,
  deps: Pick<SocketDeps, 'serverUp'>,
  on: { view(view: ViewMessage<B>): void; state(state: LinkState): void },
): ClassroomSocket<B> {
  const socket = new ClassroomSocket<B>(
    socketUrl(window.location, token),
    {
      open: (url) => new WebSocket(url) as unknown as SocketLike,
      setTimer: (ms, fn) => {
        const handle = window.setTimeout(fn, ms);
        return () => window.clearTimeout(handle);
      },
      serverUp: deps.serverUp,
    },
    on,
  );
  const nudge = () => socket.nudge();
  window.addEventListener('online', nudge);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') nudge();
  });
  return socket;
}
