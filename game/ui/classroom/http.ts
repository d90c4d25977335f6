/** The classroom's HTTP API, from the browser: every failure becomes one sentence for the page to show. */
export type Answer<T> = { ok: true; value: T } | { ok: false; status: number; code: string; message: string };

/** The sentence for a failed request: the server's own message when it sent one (`{error: {code, message}}`). */
export function failure(status: number, body: unknown): { code: string; message: string } {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `http_${status}`;
  if (typeof error?.message === 'string' && error.message) return { code, message: error.message };
  if (status === 0)
    return {
      code: 'offline',
      message: 'the server cannot be reached: is it running, and is this device on its network?',
    };
  return { code, message: `the server answered ${status}` };
}

export async function call<T>(
  path: string,
  options: { body?: unknown; bearer?: string | null } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.bearer) headers.authorization = `Bearer ${options.bearer}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.body === undefined ? 'GET' : 'POST',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
    });
  } catch {
    return { ok: false, status: 0, ...failure(0, null) };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {}
  if (response.ok) return { ok: true, value: body as T };
  return { ok: false, status: response.status, ...failure(response.status, body) };
}

/** The server is up: the socket's way to tell a refused token from a server that is away. */
export async function serverUp(): Promise<boolean> {
  try {
    return (await fetch('/api/health', { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}
