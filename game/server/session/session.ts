import type { Intent } from '../../protocol/intents.ts';
import type { AppendEffects, SessionStore } from '../store/types.ts';
import { applyEntry } from './apply.ts';
import type { Clock } from './clock.ts';
import type { EntryData } from './entries.ts';
import { type Checked, check, type Principal, resolution } from './intents.ts';
import { isOver, type Member, type SessionModel, waitedRoles } from './model.ts';
import { undecided } from './resolve.ts';
import { newId } from './secrets.ts';
import { studentView, teacherView, type ViewMessage } from './views.ts';

/** A connected client, as the session sees it: whom it speaks for, and how to reach it. */
export interface Sink {
  principal: Principal;
  /** One JSON message, already serialised: a view goes to a whole team as one string. */
  send(json: string): void;
  close(code: number, reason: string): void;
}

/** After a restart that found the turn's time already up, the room gets this long before the timer fires. */
export const RESTART_GRACE_MS = 15_000;

/**
 * One classroom session, live. Every change goes through `serial`, one at a time: check, write to the store
 * (which commits before its promise resolves), apply to the model, then tell the clients. So an ack always
 * follows the commit, and the model never holds anything the store does not.
 *
 * Views go out after the acks, once per burst: a change marks the session changed, and the views are built and
 * sent once the queue is empty, when the event loop next turns (`setImmediate`). Ten students deciding at once
 * then cost one round of views, not ten, and each ack leaves as soon as its change is committed. (The rate
 * limits keep a queue from staying full, so views are never held back for long.)
 */
export class Session {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly sinks = new Set<Sink>();
  private cancelTimer: (() => void) | null = null;
  private closed = false;
  private queued = 0;
  private stale = false;
  private broadcastDue = false;

  constructor(
    readonly model: SessionModel,
    private readonly store: SessionStore,
    private readonly clock: Clock,
  ) {}

  get id(): string {
    return this.model.id;
  }

  /** Runs `fn` after every change queued before it. */
  serial<T>(fn: () => Promise<T> | T): Promise<T> {
    this.queued += 1;
    const run = this.tail.then(fn);
    this.tail = run
      .catch(() => undefined)
      .then(() => {
        this.queued -= 1;
        if (this.queued === 0 && this.stale) this.broadcastSoon();
      });
    return run;
  }

  /** Once rebuilt: finish what a crash may have cut short, and give a timer that ran out while down a grace. */
  settle(): Promise<void> {
    return this.serial(async () => {
      const { deadline } = this.model;
      const now = this.clock.now();
      if (!isOver(this.model) && !this.model.paused && deadline !== null && deadline < now + RESTART_GRACE_MS)
        await this.commit('system', [{ kind: 'deadline', deadline: now + RESTART_GRACE_MS }]);
      await this.resolveIfDecided();
      this.changed();
    });
  }

  handle(who: Principal, intent: Intent): Promise<Checked> {
    return this.serial(async () => {
      if (who.kind === 'member') {
        // The member as the session knows it now: a kick since the connection opened counts.
        const member = this.model.members.get(who.member.id);
        if (member) who = { kind: 'member', member };
      }
      const checked = check(this.model, who, intent, this.clock.now());
      if (!checked.ok) return checked;
      await this.commit(who.kind === 'teacher' ? 'teacher' : who.member.id, checked.entries, checked.effects);
      // The decision is acknowledged once committed; the turn it completes resolves next in the queue, after
      // the ack. A resolution that fails to write (a full disk) is tried again on the next decision or on
      // restart.
      if (intent.type === 'decide')
        this.serial(async () => {
          await this.resolveIfDecided();
          this.changed();
        }).catch(() => undefined);
      if (intent.type === 'kick') this.closeMember(intent.member);
      this.changed();
      return checked;
    });
  }

  /** Adds a student to a role's team; the store keeps only the token's hash. */
  join(role: string, name: string, tokenHash: string): Promise<Member> {
    return this.serial(async () => {
      const now = this.clock.now();
      const id = newId('m');
      const data: EntryData = { kind: 'join', member: id, role, name };
      const written = await this.store.addMember(
        { id, session: this.id, role, name, tokenHash, revoked: false, joinedAt: now },
        { at: now, by: id, kind: data.kind, data },
      );
      applyEntry(this.model, written);
      this.changed();
      return this.model.members.get(id)!;
    });
  }

  private async commit(by: string, entries: EntryData[], effects?: AppendEffects) {
    const at = this.clock.now();
    const written = await this.store.append(
      this.id,
      entries.map((data) => ({ at, by, kind: data.kind, data })),
      effects,
    );
    for (const entry of written) applyEntry(this.model, entry);
  }

  /** A turn resolves as soon as every role people play has decided (and someone plays one). */
  private async resolveIfDecided() {
    const m = this.model;
    if (isOver(m) || m.paused || waitedRoles(m).length === 0 || undecided(m).length > 0) return;
    const checked = resolution(m, 'decided', this.clock.now());
    if (checked.ok) await this.commit('system', checked.entries, checked.effects);
  }

  private onTimer() {
    return this.serial(async () => {
      this.cancelTimer = null;
      const { deadline, paused } = this.model;
      if (this.closed || deadline === null || paused || isOver(this.model)) return;
      const now = this.clock.now();
      if (now >= deadline) {
        const checked = resolution(this.model, 'timer', now);
        if (checked.ok) await this.commit('system', checked.entries, checked.effects);
      }
      this.changed();
    });
  }

  private schedule() {
    this.cancelTimer?.();
    this.cancelTimer = null;
    const { deadline, paused } = this.model;
    if (this.closed || deadline === null || paused || isOver(this.model)) return;
    this.cancelTimer = this.clock.setTimer(Math.max(0, deadline - this.clock.now()), () => {
      this.onTimer().catch(() => undefined);
    });
  }

  /** Re-arms the timer, and marks the views out of date: they go out once the queue is empty. */
  private changed() {
    this.schedule();
    this.stale = true;
  }

  private broadcastSoon() {
    if (this.broadcastDue) return;
    this.broadcastDue = true;
    setImmediate(() => {
      this.broadcastDue = false;
      // Work queued since then will broadcast when it is done.
      if (this.closed || this.queued > 0 || !this.stale) return;
      this.stale = false;
      this.broadcast();
    });
  }

  /** Sends every client its view: built and serialised once per role, the teacher's once. */
  private broadcast() {
    const views = new Map<string, string>();
    for (const sink of this.sinks) {
      const key = sink.principal.kind === 'teacher' ? 'teacher' : sink.principal.member.role;
      let json = views.get(key);
      if (json === undefined) {
        json = JSON.stringify(this.viewFor(sink.principal));
        views.set(key, json);
      }
      sink.send(json);
    }
  }

  viewFor(who: Principal): ViewMessage {
    const connected = (id: string) =>
      [...this.sinks].some((s) => s.principal.kind === 'member' && s.principal.member.id === id);
    const now = this.clock.now();
    return who.kind === 'teacher'
      ? teacherView(this.model, connected, now)
      : studentView(this.model, who.member.role, connected, now);
  }

  /** A client connects: it gets its view, and the others see it connected. */
  subscribe(sink: Sink): () => void {
    this.sinks.add(sink);
    this.serial(() => this.changed());
    return () => {
      if (this.sinks.delete(sink)) this.serial(() => this.changed());
    };
  }

  private closeMember(memberId: string) {
    for (const sink of [...this.sinks]) {
      if (sink.principal.kind !== 'member' || sink.principal.member.id !== memberId) continue;
      this.sinks.delete(sink);
      sink.send(
        JSON.stringify({
          type: 'error',
          id: null,
          code: 'revoked',
          message: 'the teacher removed you from the session',
        }),
      );
      sink.close(4003, 'removed');
    }
  }

  /** Stops the timer and lets queued work finish; the clients are closed by the server. */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
    await this.tail;
  }
}
