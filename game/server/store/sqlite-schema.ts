/** The tables of DATA/greatgame.db. `user_version` says which version of them a file holds. */
export const SCHEMA_VERSION = 1;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  id TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  ended_at INTEGER,
  teacher_token_hash TEXT NOT NULL UNIQUE,
  config TEXT NOT NULL
);
-- Only open sessions hold codes: ending a session deletes its rows, so a code is unique among open sessions.
CREATE TABLE IF NOT EXISTS codes (
  code TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES sessions(id),
  role TEXT NOT NULL
);
-- Tokens are kept as sha256 hashes: a copy of the file lets no one act as a student or the teacher.
CREATE TABLE IF NOT EXISTS members (
  id TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES sessions(id),
  role TEXT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  revoked INTEGER NOT NULL DEFAULT 0,
  joined_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS members_by_session ON members(session);
CREATE TABLE IF NOT EXISTS log (
  session TEXT NOT NULL REFERENCES sessions(id),
  n INTEGER NOT NULL,
  at INTEGER NOT NULL,
  by TEXT NOT NULL,
  kind TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (session, n)
) WITHOUT ROWID;
-- The log is the record a session is rebuilt from: nothing rewrites or removes an entry.
CREATE TRIGGER IF NOT EXISTS log_no_update BEFORE UPDATE ON log
  BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS log_no_delete BEFORE DELETE ON log
  BEGIN SELECT RAISE(ABORT, 'the log is append-only'); END;
`;
