import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DB_FILE, SqliteStore } from '../../game/server/store/sqlite.ts';
import { CodeTakenError, type SessionRecord } from '../../game/server/store/types.ts';
import { tempData } from './helpers/server.ts';

const config = {
  scenario: 'moscow-format-2016',
  variant: 'baseline',
  seed: 7,
  roles: ['russia', 'us'],
  turnSeconds: null,
  forecasts: false,
  codes: { russia: 'ABCDEF', us: 'GHJKMN' },
};
const record = (id: string, hash = `hash-${id}`): SessionRecord => ({
  id,
  createdAt: 1,
  endedAt: null,
  teacherTokenHash: hash,
  config,
});
const entry = (kind: string, data: unknown = { kind }) => ({ at: 5, by: 'teacher', kind, data });

let data: ReturnType<typeof tempData>;
let store: SqliteStore;
beforeEach(() => {
  data = tempData();
  store = new SqliteStore(join(data.dir, 'nested'));
});
afterEach(async () => {
  await store.close();
  data.remove();
});

describe('SqliteStore', () => {
  test('makes its folder and a WAL database in DATA/greatgame.db', () => {
    const file = join(data.dir, 'nested', DB_FILE);
    expect(existsSync(file)).toBe(true);
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  test('a session, its codes and its first entries come back as written', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    expect(await store.getSession('s1')).toEqual(record('s1'));
    expect(await store.listOpenSessions()).toEqual([record('s1')]);
    expect(await store.findCode('ABCDEF')).toEqual({ session: 's1', role: 'russia' });
    expect(await store.findCode('ZZZZZZ')).toBeNull();
    expect(await store.readLog('s1')).toEqual([{ ...entry('start'), session: 's1', n: 1 }]);
    expect(await store.findToken('hash-s1')).toEqual({ kind: 'teacher', session: 's1' });
  });

  test('a code held by an open session is refused, and nothing of the second session is written', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    await expect(
      store.createSession(record('s2'), { us: 'ABCDEF' }, [entry('start')]),
    ).rejects.toBeInstanceOf(CodeTakenError);
    expect(await store.getSession('s2')).toBeNull();
    expect(await store.readLog('s2')).toEqual([]);
  });

  test('entries are numbered per session without gaps; members keep a hash, never a token', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    const member = {
      id: 'm1',
      session: 's1',
      role: 'russia',
      name: '<script>x</script>',
      tokenHash: 'a'.repeat(64),
      revoked: false,
      joinedAt: 3,
    };
    const joined = await store.addMember(member, entry('join'));
    expect(joined.n).toBe(2);
    const written = await store.append('s1', [entry('decide'), entry('message')]);
    expect(written.map((e) => e.n)).toEqual([3, 4]);
    expect((await store.readLog('s1')).map((e) => e.kind)).toEqual(['start', 'join', 'decide', 'message']);
    expect(await store.listMembers('s1')).toEqual([member]);
    expect(await store.findToken('a'.repeat(64))).toEqual({ kind: 'member', member });
  });

  test('a kick revokes in the same transaction; an end frees the codes', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    await store.addMember(
      { id: 'm1', session: 's1', role: 'us', name: 'B', tokenHash: 'b', revoked: false, joinedAt: 3 },
      entry('join'),
    );
    await store.append('s1', [entry('kick')], { revoke: ['m1'] });
    expect(await store.findToken('b')).toMatchObject({ kind: 'member', member: { revoked: true } });
    await store.append('s1', [entry('end')], { endedAt: 9 });
    expect(await store.listOpenSessions()).toEqual([]);
    expect((await store.getSession('s1'))?.endedAt).toBe(9);
    expect(await store.findCode('ABCDEF')).toBeNull();
    // A new session may take the code of an ended one.
    await store.createSession(record('s2'), { russia: 'ABCDEF' }, [entry('start')]);
    expect(await store.findCode('ABCDEF')).toEqual({ session: 's2', role: 'russia' });
  });

  test('the log is append-only, even to SQL run by hand', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    const db = new Database(join(data.dir, 'nested', DB_FILE));
    expect(() => db.prepare("UPDATE log SET kind = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM log').run()).toThrow(/append-only/);
    db.close();
  });

  test('what was written survives closing and reopening', async () => {
    await store.createSession(record('s1'), config.codes, [entry('start')]);
    await store.append('s1', [entry('decide')]);
    await store.close();
    store = new SqliteStore(join(data.dir, 'nested'));
    expect((await store.readLog('s1')).map((e) => e.n)).toEqual([1, 2]);
  });
});
