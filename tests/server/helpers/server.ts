import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { type ClassroomServer, openClassroom, type ServerOptions } from '../../../game/server/server.ts';
import { shipped } from '../../helpers/shipped.ts';
import { FakeClock } from './fake-clock.ts';

/** A temporary data folder, outside the repository. */
export function tempData(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(joinPath(tmpdir(), 'greatgame-server-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Running {
  server: ClassroomServer;
  clock: FakeClock;
  base: string;
  ws: string;
  errors: unknown[];
}

/** The real server on 127.0.0.1, port 0 (the system picks a free one), over the shipped scenarios. */
export async function startServer(
  dataDir: string,
  options: Partial<ServerOptions> & { clock?: FakeClock } = {},
): Promise<Running> {
  const clock = options.clock ?? new FakeClock();
  const errors: unknown[] = [];
  const server = await openClassroom({
    content: shipped,
    staticDir: null,
    onError: (e) => errors.push(e),
    ...options,
    dataDir,
    clock,
  });
  const address = await server.listen(0, '127.0.0.1');
  return {
    server,
    clock,
    base: `http://127.0.0.1:${address.port}`,
    ws: `ws://127.0.0.1:${address.port}/ws`,
    errors,
  };
}

export async function api(
  base: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  // biome-ignore lint/suspicious/noExplicitAny: a response body is read field by field, and the tests check those fields
): Promise<{ status: number; body: any; headers: Headers }> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, body: parsed, headers: response.headers };
}

export async function createSession(base: string, body: Record<string, unknown>) {
  const created = await api(base, '/api/sessions', body);
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body as { session: string; teacherToken: string; codes: Record<string, string> };
}

export async function join(base: string, code: string, name: string) {
  const joined = await api(base, '/api/join', { code, name });
  if (joined.status !== 200) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
  return joined.body as { token: string; session: string; role: string };
}
