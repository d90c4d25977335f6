import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Client } from './helpers/client.ts';
import { api, createSession, join, type Running, startServer, tempData } from './helpers/server.ts';

// Every bad input gets an error reply (or a refused connection), changes nothing, and leaves the server up.
const data = tempData();
let run: Running;
let session: Awaited<ReturnType<typeof createSession>>;
let other: Awaited<ReturnType<typeof createSession>>;
let russia: Client;
let teacher: Client;
const clients: Client[] = [];

const logLength = async (id: string) => (await run.server.classroom.store.readLog(id)).length;

beforeAll(async () => {
  run = await startServer(data.dir);
  session = await createSession(run.base, {
    scenario: 'moscow-format-2016',
    seed: 3,
    roles: ['russia', 'us'],
  });
  other = await createSession(run.base, { scenario: 'moscow-format-2016', seed: 4, roles: ['russia'] });
  const joined = await join(run.base, session.codes.russia!, 'Ann');
  russia = await Client.connect(run.ws, joined.token, 'russia');
  teacher = await Client.connect(run.ws, session.teacherToken, 'teacher');
  clients.push(russia, teacher);
  await russia.until(() => russia.views.length > 0);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  expect(run.errors).toEqual([]);
  await run.server.close();
  data.remove();
});

describe('tokens', () => {
  test('a forged token is refused at connection', async () => {
    await expect(Client.connect(run.ws, 'forged-token', 'x')).rejects.toThrow(/refused: 401/);
    await expect(Client.connect(run.ws, '', 'x')).rejects.toThrow(/refused: 401/);
  });

  test("another session's tokens open nothing of this one", async () => {
    const path = `/api/sessions/${session.session}/replay`;
    const stranger = await join(run.base, other.codes.russia!, 'Eve');
    for (const token of [stranger.token, other.teacherToken]) {
      const replay = await api(run.base, path, undefined, { authorization: `Bearer ${token}` });
      expect(replay.status).toBe(403);
      expect(replay.body.error.code).toBe('forbidden');
    }
    // A student of this session gets no replay before the end either.
    const ann = await join(run.base, session.codes.us!, 'Bo');
    expect((await api(run.base, `${path}?token=${ann.token}`)).status).toBe(403);
  });

  test('a kicked member is disconnected, and its token is refused from then on', async () => {
    const joined = await join(run.base, session.codes.us!, 'Kicked');
    const victim = await Client.connect(run.ws, joined.token, 'victim');
    await teacher.until(() => JSON.stringify(teacher.view).includes('Kicked'), 'the teacher sees the member');
    const member = teacher.view.view.teams.us.members.find((m: { name: string }) => m.name === 'Kicked').id;
    await teacher.ok({ type: 'kick', member });
    await victim.until(() => victim.closed !== null, 'the kicked socket closes');
    expect(victim.closed?.code).toBe(4003);
    await expect(Client.connect(run.ws, joined.token, 'again')).rejects.toThrow(/refused: 401/);
    expect((await teacher.send({ type: 'kick', member })).code).toBe('unknown_member');
  });
});

describe('acting beyond one role', () => {
  test('a student acting as the teacher or for another role is refused and changes nothing', async () => {
    const before = await logLength(session.session);
    for (const type of ['pause', 'resume', 'advance', 'end'])
      expect((await russia.send({ type })).code).toBe('forbidden');
    expect((await russia.send({ type: 'takeover', role: 'us' })).code).toBe('forbidden');
    expect((await russia.send({ type: 'kick', member: 'x' })).code).toBe('forbidden');
    expect(
      (await russia.send({ type: 'decide', turn: 1, action: 'pass', target: null, role: 'us' })).code,
    ).toBe('forbidden');
    expect(
      (await russia.send({ type: 'decide', turn: 1, action: 'pass', target: null, role: 'teacher' })).code,
    ).toBe('forbidden');
    // The teacher decides only for a role it took over.
    expect(
      (await teacher.send({ type: 'decide', turn: 1, action: 'pass', target: null, role: 'us' })).code,
    ).toBe('forbidden');
    expect(await logLength(session.session)).toBe(before);
  });

  test('a stale turn, an illegal action or an unknown addressee is refused', async () => {
    const before = await logLength(session.session);
    expect((await russia.send({ type: 'decide', turn: 2, action: 'pass', target: null })).code).toBe(
      'stale_turn',
    );
    const illegal = await russia.send({ type: 'decide', turn: 1, action: 'invade_china', target: null });
    expect(illegal.code).toBe('illegal');
    expect(illegal.legal?.length).toBeGreaterThan(0);
    expect((await russia.send({ type: 'message', to: 'china', text: 'hi' })).code).toBe('unknown_role');
    expect((await russia.send({ type: 'propose', to: 'russia', terms: 'a deal with myself' })).code).toBe(
      'unknown_role',
    );
    expect((await russia.send({ type: 'answer', proposal: 'p1', accept: true })).code).toBe(
      'unknown_proposal',
    );
    expect((await russia.send({ type: 'forecast', turn: 1, predictions: {} })).code).toBe('forecasts_off');
    expect((await russia.send({ type: 'inject', event: 'x' })).code).toBe('forbidden');
    expect(await logLength(session.session)).toBe(before);
  });
});

describe('frames', () => {
  test('malformed, oversized, binary and unknown frames get an error and the connection stays', async () => {
    const before = await logLength(session.session);
    expect(await russia.sendRaw('{not json')).toMatchObject({ type: 'error', id: null, code: 'malformed' });
    expect(await russia.sendRaw('[1,2]')).toMatchObject({ code: 'malformed' });
    expect(await russia.sendRaw('"decide"')).toMatchObject({ code: 'malformed' });
    expect(await russia.sendRaw('{"type":"decide"}')).toMatchObject({ code: 'malformed', id: null });
    expect(await russia.sendRaw(Buffer.from('{"id":"b","type":"pause"}'))).toMatchObject({
      code: 'malformed',
    });
    expect(await russia.send({ type: 'launch' })).toMatchObject({ code: 'unknown_type' });
    expect(await russia.send({ type: 'message', to: 'us', text: 'x', extra: 1 })).toMatchObject({
      code: 'invalid',
    });
    expect(await russia.send({ type: 'message', to: 'us', text: 'x'.repeat(1001) })).toMatchObject({
      code: 'invalid',
    });
    expect(await russia.send({ type: 'decide', turn: 'one', action: 'pass' })).toMatchObject({
      code: 'invalid',
    });
    const big = JSON.stringify({ id: 'big', type: 'message', to: 'us', text: 'x'.repeat(20_000) });
    expect(await russia.sendRaw(big)).toMatchObject({ code: 'too_large' });
    expect(await logLength(session.session)).toBe(before);
    await russia.ok({ type: 'message', to: 'us', text: 'still here' });
  });

  test('a frame far past the limit closes that connection only', async () => {
    const joined = await join(run.base, session.codes.us!, 'Big');
    const big = await Client.connect(run.ws, joined.token, 'big');
    big.ws.send('x'.repeat(200_000));
    await big.until(() => big.closed !== null, 'the connection closes');
    expect(big.closed?.code).toBe(1009);
    const again = await Client.connect(run.ws, joined.token, 'big-again');
    await again.ok({ type: 'message', to: 'all', text: 'back' });
    await again.close();
    expect((await api(run.base, '/api/health')).body.ok).toBe(true);
  });

  test('a flood past the rate limit is refused, and the connection recovers', async () => {
    const before = await logLength(session.session);
    const ids = Array.from({ length: 80 }, (_, i) => `flood-${i}`);
    for (const id of ids) russia.ws.send(JSON.stringify({ id, type: 'message', to: 'us', text: id }));
    await russia.until(() => ids.every((id) => russia.replies.some((r) => r.id === id)), 'every flood reply');
    const replies = ids.map((id) => russia.replies.find((r) => r.id === id)!);
    const limited = replies.filter((r) => r.code === 'rate_limited').length;
    expect(limited).toBeGreaterThan(40);
    expect(await logLength(session.session)).toBe(before + (80 - limited));
    run.clock.advance(10_000);
    await russia.ok({ type: 'message', to: 'us', text: 'after the flood' });
  });
});

describe('text and HTTP', () => {
  test('a <script> in a name or a message is kept as text, in JSON that is never sniffed as HTML', async () => {
    const name = '<script>alert(1)</script>';
    const joined = await api(run.base, '/api/join', { code: session.codes.us, name });
    expect(joined.status).toBe(200);
    expect(joined.headers.get('content-type')).toMatch(/^application\/json/);
    expect(joined.headers.get('x-content-type-options')).toBe('nosniff');
    const client = await Client.connect(run.ws, joined.body.token, 'script');
    await client.ok({ type: 'message', to: 'all', text: name });
    await client.until(
      () => client.view.view.messages.some((m: { text: string }) => m.text === name),
      'the message',
    );
    expect(client.view.view.team.members.map((m: { name: string }) => m.name)).toContain(name);
    await client.close();
  });

  test('join: unknown codes are 404, and past 20 failures a minute from one address, 429', async () => {
    const fresh = tempData();
    const limited = await startServer(fresh.dir);
    try {
      const s = await createSession(limited.base, {
        scenario: 'moscow-format-2016',
        seed: 1,
        roles: ['russia'],
      });
      const unknown = await api(limited.base, '/api/join', { code: 'ZZZZZZ', name: 'x' });
      expect(unknown.status).toBe(404);
      expect(unknown.body.error.code).toBe('unknown_code');
      for (let i = 1; i < 20; i++)
        expect((await api(limited.base, '/api/join', { code: 'ZZZZZ2', name: 'x' })).status).toBe(404);
      expect((await api(limited.base, '/api/join', { code: s.codes.russia, name: 'x' })).status).toBe(429);
      limited.clock.advance(61_000);
      expect((await api(limited.base, '/api/join', { code: s.codes.russia, name: 'x' })).status).toBe(200);
    } finally {
      await limited.server.close();
      fresh.remove();
    }
  });

  test('a team is full at 30 members', async () => {
    const s = await createSession(run.base, { scenario: 'moscow-format-2016', seed: 2, roles: ['china'] });
    for (let i = 0; i < 30; i++) await join(run.base, s.codes.china!, `student ${i}`);
    const full = await api(run.base, '/api/join', { code: s.codes.china, name: 'one more' });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('team_full');
  });

  test('bad bodies are 4xx with {error: {code, message}}', async () => {
    const cases: [string, unknown, number][] = [
      ['/api/join', '{oops', 400],
      ['/api/join', { code: 'ABC', name: '' }, 400],
      ['/api/join', { code: 'ABC', name: 'x'.repeat(20_000) }, 413],
      ['/api/sessions', { scenario: 'nowhere', roles: ['russia'] }, 400],
      ['/api/sessions', { scenario: 'moscow-format-2016', roles: ['gondor'] }, 400],
      ['/api/sessions', { scenario: 'moscow-format-2016', roles: [] }, 400],
      ['/api/sessions', { scenario: 'moscow-format-2016', roles: ['russia'], seed: -1 }, 400],
      ['/api/nothing', undefined, 404],
    ];
    for (const [path, body, status] of cases) {
      const reply = await api(run.base, path, body);
      expect(reply.status, `${path} ${JSON.stringify(body)?.slice(0, 40)}`).toBe(status);
      expect(Object.keys(reply.body.error).sort()).toEqual(['code', 'message']);
    }
  });

  test('with a teacher key, the teacher API needs it even on this machine', async () => {
    const fresh = tempData();
    const keyed = await startServer(fresh.dir, { teacherKey: 'k3y' });
    try {
      const body = { scenario: 'moscow-format-2016', roles: ['russia'] };
      expect((await api(keyed.base, '/api/sessions', body)).status).toBe(403);
      expect((await api(keyed.base, '/api/sessions', body, { authorization: 'Bearer wrong' })).status).toBe(
        403,
      );
      expect((await api(keyed.base, '/api/sessions', body, { authorization: 'Bearer k3y' })).status).toBe(
        201,
      );
    } finally {
      await keyed.server.close();
      fresh.remove();
    }
  });
});
