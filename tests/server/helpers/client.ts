import WebSocket from 'ws';
import type { Reply, ViewMessage } from '../../../game/protocol/classroom.ts';

/** The wire's reply, as game/protocol/classroom.ts types it. */
export type { Reply } from '../../../game/protocol/classroom.ts';

/**
 * The wire's view envelope, with its body read loosely: the tests check a body field by field, and the privacy
 * checks walk it as data.
 */
// biome-ignore lint/suspicious/noExplicitAny: a view is read field by field, and the tests check those fields
export type View = ViewMessage<any>;

const WAIT_MS = 10_000;

/** A test's WebSocket client: sends intents with ids, matches the replies, keeps every view it got. */
export class Client {
  readonly views: View[] = [];
  readonly replies: Reply[] = [];
  readonly raw: string[] = [];
  private waiters: { test: () => boolean; done: () => void }[] = [];
  private count = 0;
  closed: { code: number; reason: string } | null = null;

  private constructor(
    readonly ws: WebSocket,
    readonly label: string,
    private readonly onView?: (view: View, client: Client) => void,
  ) {
    ws.on('message', (data) => {
      const text = data.toString();
      this.raw.push(text);
      const message = JSON.parse(text);
      if (message.type === 'view') {
        this.views.push(message);
        this.onView?.(message, this);
      } else this.replies.push(message);
      this.wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  private wake() {
    for (const w of [...this.waiters]) if (w.test()) w.done();
  }

  static connect(
    url: string,
    token: string,
    label = 'client',
    onView?: (v: View, c: Client) => void,
  ): Promise<Client> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
      const client = new Client(ws, label, onView);
      ws.once('open', () => resolve(client));
      ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
      ws.once('error', (e) => reject(e));
    });
  }

  /** Waits until `test` holds, failing after a bounded time. */
  until(test: () => boolean, what = 'condition'): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        done: () => {
          clearTimeout(timer);
          this.waiters = this.waiters.filter((w) => w !== waiter);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`${this.label}: timed out waiting for ${what}`));
      }, WAIT_MS);
      this.waiters.push(waiter);
    });
  }

  get view(): View {
    const last = this.views[this.views.length - 1];
    if (!last) throw new Error(`${this.label} has no view`);
    return last;
  }

  /** Sends an intent and waits for its ack or error. */
  async send(intent: Record<string, unknown>): Promise<Reply> {
    const id = (intent.id as string | undefined) ?? `${this.label}-${++this.count}`;
    this.ws.send(JSON.stringify({ ...intent, id }));
    await this.until(() => this.replies.some((r) => r.id === id), `a reply to ${id}`);
    return this.replies.find((r) => r.id === id)!;
  }

  /** Sends an intent and waits for its reply, or for the connection to drop (then null: the server died). */
  async trySend(intent: Record<string, unknown>): Promise<Reply | null> {
    if (this.closed) return null;
    const id = `${this.label}-${++this.count}`;
    this.ws.send(JSON.stringify({ ...intent, id }));
    await this.until(() => this.closed !== null || this.replies.some((r) => r.id === id), `a reply to ${id}`);
    return this.replies.find((r) => r.id === id) ?? null;
  }

  /** Sends raw text and waits for one more reply than there were. */
  async sendRaw(text: string | Buffer): Promise<Reply> {
    const before = this.replies.length;
    this.ws.send(text);
    await this.until(() => this.replies.length > before || this.closed !== null, 'a reply to a raw frame');
    return this.replies[before]!;
  }

  async ok(intent: Record<string, unknown>): Promise<void> {
    const reply = await this.send(intent);
    if (reply.type !== 'ack')
      throw new Error(`${this.label}: ${JSON.stringify(intent)} -> ${JSON.stringify(reply)}`);
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.ws.close();
    return this.until(() => this.closed !== null, 'close');
  }
}
