import { mkdirSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isLoopback, teacherAllowed } from '../../game/server/http/teacher-auth.ts';
import { api, startServer, tempData } from './helpers/server.ts';

const request = (remoteAddress: string, authorization?: string) =>
  ({
    socket: { remoteAddress },
    headers: authorization ? { authorization } : {},
  }) as unknown as IncomingMessage;

test('without a key, the teacher is whoever sits at this machine', () => {
  for (const address of ['127.0.0.1', '127.5.0.1', '::1', '::ffff:127.0.0.1'])
    expect(isLoopback(address)).toBe(true);
  for (const address of ['192.168.1.20', '::ffff:10.0.0.2', 'fe80::1', ''])
    expect(isLoopback(address)).toBe(false);
  expect(teacherAllowed(request('127.0.0.1'), null)).toBe(true);
  expect(teacherAllowed(request('192.168.1.20'), null)).toBe(false);
  expect(teacherAllowed(request('192.168.1.20', 'Bearer anything'), null)).toBe(false);
});

test('with a key, the bearer of the key from anywhere, and no one else', () => {
  expect(teacherAllowed(request('192.168.1.20', 'Bearer s3cret'), 's3cret')).toBe(true);
  expect(teacherAllowed(request('127.0.0.1'), 's3cret')).toBe(false);
  expect(teacherAllowed(request('127.0.0.1', 'Bearer s3cre'), 's3cret')).toBe(false);
  expect(teacherAllowed(request('127.0.0.1', 'Basic s3cret'), 's3cret')).toBe(false);
});

test('GET /api/addresses tells the teacher where the room reaches the server', async () => {
  const data = tempData();
  const run = await startServer(data.dir);
  try {
    const reply = await api(run.base, '/api/addresses');
    expect(reply.status).toBe(200);
    expect(reply.body.urls).toEqual([`http://localhost:${new URL(run.base).port}/`]);
  } finally {
    await run.server.close();
    data.remove();
  }
});

test('the classroom pages (/teach, /join) are the index.html of the game, and an unknown path is 404', async () => {
  const data = tempData();
  const dist = join(data.dir, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>greatgame</title>');
  const run = await startServer(join(data.dir, 'db'), { staticDir: dist });
  try {
    for (const path of ['/', '/join', '/join?code=ABCDEF', '/teach']) {
      const page = await fetch(`${run.base}${path}`);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain('<title>greatgame</title>');
    }
    expect((await fetch(`${run.base}/nothing-here`)).status).toBe(404);
  } finally {
    await run.server.close();
    data.remove();
  }
});
