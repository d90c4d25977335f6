/**
 * The one interface the classroom keeps its records behind. SQLite implements it for one laptop; a PostgreSQL
 * store for a district implements the same methods (docs/classroom.md). Every method is asynchronous so that a
 * networked store fits; the session serialises its calls, so an implementation needs no locking of its own.
 * An implementation must make each call atomic and durable before its promise resolves: the server
 * acknowledges an intent only after `append` has resolved.
 */
export interface SessionStore {
  /** Creates a session with its join codes and its first log entries. Rejects with CodeTakenError when a
   * code is held by another open session (the caller draws new codes). */
  createSession(
    session: SessionRecord,
    codes: Readonly<Record<string, string>>,
    first: NewEntry[],
  ): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  /** Sessions not ended, oldest first: the ones rebuilt on start. */
  listOpenSessions(): Promise<SessionRecord[]>;
  /** The role a join code opens, among open sessions only. */
  findCode(code: string): Promise<{ session: string; role: string } | null>;
  /** Adds a member (a student on a team) and its `join` entry, together. */
  addMember(member: MemberRecord, entry: NewEntry): Promise<LogEntry>;
  listMembers(session: string): Promise<MemberRecord[]>;
  /** Who holds the token with this sha256 hash: a session's teacher, or a member (revoked ones too). */
  findToken(tokenHash: string): Promise<TokenOwner | null>;
  /** Appends entries to a session's log in one transaction, with their side effects on the other tables. */
  append(session: string, entries: NewEntry[], effects?: AppendEffects): Promise<LogEntry[]>;
  /** A session's whole log, in order. */
  readLog(session: string): Promise<LogEntry[]>;
  close(): Promise<void>;
}

export interface SessionConfig {
  scenario: string;
  variant: string;
  seed: number;
  /** The actors students play; the rule tables play the rest. */
  roles: string[];
  turnSeconds: number | null;
  forecasts: boolean;
  /** Students may see the AI's reasons. Absent in sessions stored before it existed, which read as true. */
  aiReasons?: boolean;
  codes: Record<string, string>;
}

export interface SessionRecord {
  id: string;
  createdAt: number;
  endedAt: number | null;
  teacherTokenHash: string;
  config: SessionConfig;
}

export interface MemberRecord {
  id: string;
  session: string;
  role: string;
  name: string;
  tokenHash: string;
  revoked: boolean;
  joinedAt: number;
}

/** A log entry before the store numbers it. `by` is a member id, `teacher` or `system`. */
export interface NewEntry {
  at: number;
  by: string;
  kind: string;
  data: unknown;
}

/** `n` counts a session's entries from 1, with no gaps. */
export interface LogEntry extends NewEntry {
  session: string;
  n: number;
}

export type TokenOwner = { kind: 'teacher'; session: string } | { kind: 'member'; member: MemberRecord };

export interface AppendEffects {
  /** Members whose tokens stop working (a kick). */
  revoke?: string[];
  /** Ends the session at this time: its codes are freed. */
  endedAt?: number;
}

export class CodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`join code ${code} is in use`);
  }
}
