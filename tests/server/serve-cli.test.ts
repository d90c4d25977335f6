import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { expectCleanFailure, greatgame } from '../cli/helpers.ts';
import { spawnServe } from './helpers/child.ts';
import { api, tempData } from './helpers/server.ts';

const data = tempData();
afterAll(() => data.remove());

test('--help says what serve takes', async () => {
  const help = await greatgame(['serve', '--help'], data.dir);
  expect(help.status).toBe(0);
  for (const flag of ['--host', '--port', '--data', '--teacher-key']) expect(help.stdout).toContain(flag);
});

test('it prints where to go and a QR code, answers, and stops cleanly on SIGTERM', async () => {
  const served = await spawnServe(join(data.dir, 'run'));
  try {
    await expect.poll(() => served.stdout()).toMatch(/students join at http:\/\/localhost:\d+\/join/);
    expect(served.stdout()).toMatch(/teacher page: http:\/\/localhost:\d+\/teach/);
    await expect.poll(() => served.stdout()).toMatch(/[▀▄█]/);
    const health = await api(served.base, '/api/health');
    expect(health.body).toMatchObject({ ok: true });
  } finally {
    served.child.kill('SIGTERM');
  }
  expect(await served.exited).toBe(0);
  expect(served.stderr()).toBe('');
});

test('a port in use exits 2 with one line', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const result = await greatgame(
      ['serve', '--port', String(port), '--data', join(data.dir, 'busy')],
      data.dir,
    );
    expectCleanFailure(result, 2);
    expect(result.stderr.trim().split('\n')).toEqual([
      `greatgame: port ${port} is in use: try --port ${port + 1}`,
    ]);
  } finally {
    blocker.close();
  }
});

test('a data folder that cannot be written exits 2 with one line', async () => {
  const file = join(data.dir, 'a-file');
  writeFileSync(file, '');
  const result = await greatgame(['serve', '--data', join(file, 'data')], data.dir);
  expectCleanFailure(result, 2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(/cannot write the data folder .*a-file.* is not a folder/);
});

test('a bad port is a usage error', async () => {
  expectCleanFailure(await greatgame(['serve', '--port', 'eighty'], data.dir), 2);
});
