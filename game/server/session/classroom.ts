import type { ContentSource } from '../../engine/index.ts';
import { newGame } from '../../engine/index.ts';
import { CodeTakenError, type SessionConfig, type SessionStore } from '../store/types.ts';
import type { Clock } from './clock.ts';
import type { EntryData } from './entries.ts';
import type { Principal } from './intents.ts';
import { newModel, turnMs } from './model.ts';
import { rebuildSession } from './rebuild.ts';
import { hashToken, newCode, newId, newToken, normaliseCode, randomSeed } from './secrets.ts';
import type { Session } from './session.ts';

export interface CreateRequest {
  scenario: string;
  variant?: string | undefined;
  seed?: number | undefined;
  roles: string[];
  turnSeconds?: number | null | undefined;
  forecasts?: boolean | undefined;
  aiReasons?: boolean | undefined;
}

export const MAX_TEAM = 30;

export type Outcome<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; code: string; message: string };
const refuse = (status: number, code: string, message: string) => ({
  ok: false as const,
  status,
  code,
  message,
});

/** Every session of this server: created here, rebuilt here on start, found here by code or token. */
export class Classroom {
  private readonly sessions = new Map<string, Session>();

  constructor(
    readonly store: SessionStore,
    private readonly content: ContentSource,
    private readonly clock: Clock,
  ) {}

  /** Rebuilds every open session from its log. */
  async start(): Promise<number> {
    for (const record of await this.store.listOpenSessions()) await this.load(record.id);
    return this.sessions.size;
  }

  /** A session by id: in memory, or rebuilt from the store (an ended one, for its replay). */
  async get(id: string): Promise<Session | null> {
    const live = this.sessions.get(id);
    if (live) return live;
    return this.load(id);
  }

  private async load(id: string): Promise<Session | null> {
    const record = await this.store.getSession(id);
    if (!record) return null;
    const session = await rebuildSession(record, this.store, this.clock, this.content);
    if (!session) return null;
    // Two requests may rebuild at once: the first one in wins, so one session has one model.
    const existing = this.sessions.get(id);
    if (existing) return existing;
    this.sessions.set(id, session);
    await session.settle();
    return session;
  }

  async create(
    request: CreateRequest,
  ): Promise<Outcome<{ session: string; teacherToken: string; codes: Record<string, string> }>> {
    const seed = request.seed ?? randomSeed();
    const variant = request.variant ?? 'baseline';
    const roles = [...new Set(request.roles)].sort();
    const created = newGame(this.content, { scenario: request.scenario, variant, seed, humans: roles });
    if (!created.ok) return refuse(400, created.error.code, created.error.message);
    const id = newId('s');
    const teacherToken = newToken();
    const now = this.clock.now();
    for (let attempt = 0; ; attempt++) {
      const codes = Object.fromEntries(roles.map((role) => [role, newCode()]));
      if (new Set(Object.values(codes)).size < roles.length) continue;
      const config: SessionConfig = {
        scenario: request.scenario,
        variant,
        seed,
        roles,
        turnSeconds: request.turnSeconds ?? null,
        forecasts: request.forecasts ?? false,
        aiReasons: request.aiReasons ?? true,
        codes,
      };
      const model = newModel(id, config, created.game);
      const ms = turnMs(model);
      const start: EntryData = { kind: 'start', deadline: ms === null ? null : now + ms };
      try {
        await this.store.createSession(
          { id, createdAt: now, endedAt: null, teacherTokenHash: hashToken(teacherToken), config },
          codes,
          [{ at: now, by: 'teacher', kind: start.kind, data: start }],
        );
      } catch (e) {
        // A code held by another open session: draw again (31^6 codes make this rare).
        if (e instanceof CodeTakenError && attempt < 20) continue;
        throw e;
      }
      await this.load(id);
      return { ok: true, value: { session: id, teacherToken, codes } };
    }
  }

  async join(
    codeText: string,
    name: string,
  ): Promise<Outcome<{ token: string; session: string; role: string }>> {
    const found = await this.store.findCode(normaliseCode(codeText));
    const session = found ? await this.get(found.session) : null;
    if (!found || !session) return refuse(404, 'unknown_code', 'no open session has this code');
    // A team is a handful of students: a script joining in a loop must not grow a session without end.
    const team = [...session.model.members.values()].filter((m) => m.role === found.role && !m.removed);
    if (team.length >= MAX_TEAM) return refuse(409, 'team_full', `a team has at most ${MAX_TEAM} members`);
    const token = newToken();
    await session.join(found.role, name, hashToken(token));
    return { ok: true, value: { token, session: session.id, role: found.role } };
  }

  /** Whom a token speaks for, and in which session; null for a forged or revoked token. */
  async authenticate(token: string): Promise<{ session: Session; principal: Principal } | null> {
    const owner = await this.store.findToken(hashToken(token));
    if (!owner) return null;
    const session = await this.get(owner.kind === 'teacher' ? owner.session : owner.member.session);
    if (!session) return null;
    if (owner.kind === 'teacher') return { session, principal: { kind: 'teacher' } };
    const member = session.model.members.get(owner.member.id);
    if (!member || member.removed || owner.member.revoked) return null;
    return { session, principal: { kind: 'member', member } };
  }

  async close(): Promise<void> {
    for (const session of this.sessions.values()) await session.close();
    this.sessions.clear();
  }
}
