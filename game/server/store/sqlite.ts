import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { GroupCommit } from './group-commit.ts';
import { SCHEMA, SCHEMA_VERSION } from './sqlite-schema.ts';
import {
  type AppendEffects,
  CodeTakenError,
  type LogEntry,
  type MemberRecord,
  type NewEntry,
  type SessionRecord,
  type SessionStore,
  type TokenOwner,
} from './types.ts';

export const DB_FILE = 'greatgame.db';

interface SessionRow {
  id: string;
  created_at: number;
  ended_at: number | null;
  teacher_token_hash: string;
  config: string;
}
interface MemberRow {
  id: string;
  session: string;
  role: string;
  name: string;
  token_hash: string;
  revoked: number;
  joined_at: number;
}
interface LogRow {
  session: string;
  n: number;
  at: number;
  by: string;
  kind: string;
  data: string;
}

const session = (r: SessionRow): SessionRecord => ({
  id: r.id,
  createdAt: r.created_at,
  endedAt: r.ended_at,
  teacherTokenHash: r.teacher_token_hash,
  config: JSON.parse(r.config),
});
const member = (r: MemberRow): MemberRecord => ({
  id: r.id,
  session: r.session,
  role: r.role,
  name: r.name,
  tokenHash: r.token_hash,
  revoked: r.revoked !== 0,
  joinedAt: r.joined_at,
});
const entry = (r: LogRow): LogEntry => ({ ...r, data: JSON.parse(r.data) });

/**
 * The store in DATA/greatgame.db (WAL, synchronous FULL: durable against a power cut, not only a killed
 * process). Writes go through a group commit: those asked for in one turn of the event loop share a
 * transaction, and each write's promise resolves once that transaction has committed.
 */
export class SqliteStore implements SessionStore {
  private readonly db: Database.Database;
  private readonly writes: GroupCommit;
  /** Statements are compiled once: compiling one for every write cost more than the write. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, DB_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION)
      throw new Error(`${join(dataDir, DB_FILE)} was written by a newer greatgame (schema ${version})`);
    this.db.exec(SCHEMA);
    this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
    this.writes = new GroupCommit(this.db);
  }

  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private appendRows(sessionId: string, entries: NewEntry[]): LogEntry[] {
    const last = this.sql('SELECT MAX(n) AS n FROM log WHERE session = ?').get(sessionId) as {
      n: number | null;
    };
    const insert = this.sql('INSERT INTO log (session, n, at, by, kind, data) VALUES (?, ?, ?, ?, ?, ?)');
    let n = last.n ?? 0;
    return entries.map((e) => {
      n += 1;
      insert.run(sessionId, n, e.at, e.by, e.kind, JSON.stringify(e.data));
      return { ...e, session: sessionId, n };
    });
  }

  async createSession(
    record: SessionRecord,
    codes: Readonly<Record<string, string>>,
    first: NewEntry[],
  ): Promise<void> {
    await this.writes.run(() => {
      this.sql(
        'INSERT INTO sessions (id, created_at, ended_at, teacher_token_hash, config) VALUES (?, ?, ?, ?, ?)',
      ).run(
        record.id,
        record.createdAt,
        record.endedAt,
        record.teacherTokenHash,
        JSON.stringify(record.config),
      );
      const taken = this.sql('SELECT 1 FROM codes WHERE code = ?');
      const insert = this.sql('INSERT INTO codes (code, session, role) VALUES (?, ?, ?)');
      for (const [role, code] of Object.entries(codes)) {
        if (taken.get(code)) throw new CodeTakenError(code);
        insert.run(code, record.id, role);
      }
      this.appendRows(record.id, first);
    });
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const row = this.sql('SELECT * FROM sessions WHERE id = ?').get(id) as SessionRow | undefined;
    return row ? session(row) : null;
  }

  async listOpenSessions(): Promise<SessionRecord[]> {
    const rows = this.sql(
      'SELECT * FROM sessions WHERE ended_at IS NULL ORDER BY created_at, id',
    ).all() as SessionRow[];
    return rows.map(session);
  }

  async findCode(code: string): Promise<{ session: string; role: string } | null> {
    const row = this.sql('SELECT session, role FROM codes WHERE code = ?').get(code) as
      | { session: string; role: string }
      | undefined;
    return row ?? null;
  }

  async addMember(record: MemberRecord, first: NewEntry): Promise<LogEntry> {
    const [written] = await this.writes.run(() => {
      this.sql(
        'INSERT INTO members (id, session, role, name, token_hash, revoked, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(
        record.id,
        record.session,
        record.role,
        record.name,
        record.tokenHash,
        record.revoked ? 1 : 0,
        record.joinedAt,
      );
      return this.appendRows(record.session, [first]);
    });
    return written!;
  }

  async listMembers(sessionId: string): Promise<MemberRecord[]> {
    const rows = this.sql('SELECT * FROM members WHERE session = ? ORDER BY joined_at, id').all(
      sessionId,
    ) as MemberRow[];
    return rows.map(member);
  }

  async findToken(tokenHash: string): Promise<TokenOwner | null> {
    const teacher = this.sql('SELECT id FROM sessions WHERE teacher_token_hash = ?').get(tokenHash) as
      | { id: string }
      | undefined;
    if (teacher) return { kind: 'teacher', session: teacher.id };
    const row = this.sql('SELECT * FROM members WHERE token_hash = ?').get(tokenHash) as
      | MemberRow
      | undefined;
    return row ? { kind: 'member', member: member(row) } : null;
  }

  async append(sessionId: string, entries: NewEntry[], effects: AppendEffects = {}): Promise<LogEntry[]> {
    return this.writes.run(() => {
      const written = this.appendRows(sessionId, entries);
      const revoke = this.sql('UPDATE members SET revoked = 1 WHERE id = ? AND session = ?');
      for (const id of effects.revoke ?? []) revoke.run(id, sessionId);
      if (effects.endedAt !== undefined) {
        this.sql('UPDATE sessions SET ended_at = ? WHERE id = ?').run(effects.endedAt, sessionId);
        this.sql('DELETE FROM codes WHERE session = ?').run(sessionId);
      }
      return written;
    });
  }

  async readLog(sessionId: string): Promise<LogEntry[]> {
    const rows = this.sql('SELECT * FROM log WHERE session = ? ORDER BY n').all(sessionId) as LogRow[];
    return rows.map(entry);
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    this.writes.flush();
    this.db.close();
  }
}
