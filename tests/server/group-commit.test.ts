import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { GroupCommit } from '../../game/server/store/group-commit.ts';
import { tempData } from './helpers/server.ts';

let data: ReturnType<typeof tempData>;
let db: Database.Database;
let group: GroupCommit;
const file = () => join(data.dir, 'g.db');
beforeEach(() => {
  data = tempData();
  db = new Database(file());
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
  group = new GroupCommit(db);
});
afterEach(() => {
  if (db.open) db.close();
  data.remove();
});

const insert = (k: string) => () => db.prepare('INSERT INTO t (k) VALUES (?)').run(k).changes;
/** What another connection reads: only what is committed. */
const committed = () => {
  const other = new Database(file(), { readonly: true });
  try {
    return (other.prepare('SELECT k FROM t ORDER BY k').all() as { k: string }[]).map((r) => r.k);
  } finally {
    other.close();
  }
};

describe('group commit', () => {
  test('writes asked for in one turn of the event loop share one transaction', async () => {
    // Each commit appends its pages to the WAL: count the frames one group writes, and three groups.
    const framesOf = async (write: () => Promise<unknown>) => {
      db.pragma('wal_checkpoint(TRUNCATE)');
      await write();
      return (db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[])[0]!.log;
    };
    const together = await framesOf(() => Promise.all(['a', 'b', 'c'].map((k) => group.run(insert(k)))));
    const apart = await framesOf(async () => {
      for (const k of ['d', 'e', 'f']) await group.run(insert(k));
    });
    expect(committed()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(apart).toBe(3 * together);
  });

  test('a write resolves only once its group is committed, visible to another connection', async () => {
    let resolved = false;
    const written = group.run(insert('a')).then(() => {
      resolved = true;
      return committed();
    });
    expect(resolved).toBe(false);
    expect(committed()).toEqual([]);
    expect(await written).toEqual(['a']);
  });

  test('a write that throws is undone alone and rejects alone; the others commit', async () => {
    const results = await Promise.allSettled([
      group.run(insert('a')),
      group.run(() => {
        insert('b')();
        throw new Error('refused after writing b');
      }),
      group.run(insert('a')), // the primary key refuses a second 'a'
      group.run(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe('refused after writing b');
    expect(committed()).toEqual(['a', 'c']);
  });

  test('when the commit itself fails, every write of the group rejects and nothing is written', async () => {
    const pending = [group.run(insert('a')), group.run(insert('b'))];
    db.close();
    const results = await Promise.allSettled(pending);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    db = new Database(file());
    expect(committed()).toEqual([]);
  });

  test('flush commits what is waiting at once (before the database closes)', async () => {
    const written = group.run(insert('a'));
    group.flush();
    expect(committed()).toEqual(['a']);
    await expect(written).resolves.toBe(1);
  });
});
