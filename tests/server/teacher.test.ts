import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { verifyReplay } from '../../game/engine/index.ts';
import { ReplayWithForecasts } from '../../game/replay/forecasts.ts';
import { shipped } from '../helpers/shipped.ts';
import { Client } from './helpers/client.ts';
import { api, createSession, join, type Running, startServer, tempData } from './helpers/server.ts';

let data: ReturnType<typeof tempData>;
let run: Running;
let clients: Client[];

beforeEach(async () => {
  data = tempData();
  run = await startServer(data.dir);
  clients = [];
});
afterEach(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await run.server.close();
  data.remove();
});

/** A session with russia and us played by students, one each, and the teacher connected. */
async function room(options: Record<string, unknown> = {}) {
  const s = await createSession(run.base, {
    scenario: 'moscow-format-2016',
    seed: 11,
    roles: ['russia', 'us'],
    ...options,
  });
  const connect = async (token: string, label: string) => {
    const c = await Client.connect(run.ws, token, label);
    clients.push(c);
    await c.until(() => c.views.length > 0, 'a first view');
    return c;
  };
  const teacher = await connect(s.teacherToken, 'teacher');
  const russia = await connect((await join(run.base, s.codes.russia!, 'Ann')).token, 'russia');
  const us = await connect((await join(run.base, s.codes.us!, 'Bo')).token, 'us');
  return { s, teacher, russia, us };
}

const resolves = (c: Client) =>
  (c.view.view.publicLog as { kind: string; reason: string; table: string[] }[]).filter(
    (e) => e.kind === 'resolve',
  );
const pass = (turn: number, role?: string) => ({
  type: 'decide',
  turn,
  action: 'pass',
  target: null,
  ...(role ? { role } : {}),
});

describe('turns', () => {
  test('the timer resolves a turn, and the roles without a decision are played by their tables', async () => {
    const { russia } = await room({ turnSeconds: 60 });
    expect(russia.view.deadline).toBe(run.clock.now() + 60_000);
    // The view says what time the server makes it: a page counts down from that, not from its own clock.
    expect(russia.view.now).toBe(run.clock.now());
    await russia.ok(pass(1));
    run.clock.advance(59_000);
    expect(russia.view.turn).toBe(1);
    run.clock.advance(1_000);
    await russia.until(() => russia.view.turn === 2, 'turn 2');
    expect(resolves(russia)).toEqual([expect.objectContaining({ reason: 'timer', table: ['us'] })]);
    expect(russia.view.deadline).toBe(run.clock.now() + 60_000);
  });

  test('pause stops the clock and refuses decisions; resume gives back the time that was left', async () => {
    const { teacher, russia, us } = await room({ turnSeconds: 60 });
    run.clock.advance(20_000);
    await teacher.ok({ type: 'pause' });
    await russia.until(() => russia.view.paused, 'paused');
    expect(russia.view.deadline).toBeNull();
    expect((await russia.send(pass(1))).code).toBe('paused');
    expect((await teacher.send({ type: 'pause' })).code).toBe('paused');
    run.clock.advance(600_000);
    expect(russia.view.turn).toBe(1);
    await teacher.ok({ type: 'resume' });
    await us.until(() => !us.view.paused, 'resumed');
    expect(us.view.deadline).toBe(run.clock.now() + 40_000);
    expect((await teacher.send({ type: 'resume' })).code).toBe('not_paused');
  });

  test('the teacher advances a turn at once, paused or not', async () => {
    const { teacher, russia } = await room();
    await teacher.ok({ type: 'advance' });
    await russia.until(() => russia.view.turn === 2, 'turn 2');
    await teacher.ok({ type: 'pause' });
    await teacher.ok({ type: 'advance' });
    await russia.until(() => russia.view.turn === 3, 'turn 3');
    expect(resolves(russia).map((e) => e.reason)).toEqual(['advance', 'advance']);
    expect(russia.view.paused).toBe(true);
  });
});

describe('roles', () => {
  test('takeover: the teacher plays a role, its students cannot, the turn waits for the teacher', async () => {
    const { teacher, russia, us } = await room();
    await teacher.ok({ type: 'takeover', role: 'russia' });
    expect((await russia.send(pass(1))).code).toBe('forbidden');
    await us.ok(pass(1));
    expect(us.view.turn).toBe(1);
    const legal = teacher.view.view.teams.russia.legal[1];
    await teacher.ok({
      type: 'decide',
      turn: 1,
      action: legal.action,
      target: legal.targets?.[0] ?? null,
      role: 'russia',
    });
    await us.until(() => us.view.turn === 2, 'turn 2');
    await teacher.ok({ type: 'handback', role: 'russia' });
    await russia.ok(pass(2));
    expect((await teacher.send({ type: 'handback', role: 'russia' })).code).toBe('unchanged');
  });

  test('takeover to the table: the turn no longer waits for that role', async () => {
    const { teacher, russia, us } = await room();
    await teacher.ok({ type: 'takeover', role: 'us', to: 'table' });
    await russia.ok(pass(1));
    await us.until(() => us.view.turn === 2, 'turn 2');
    expect(resolves(us)[0]).toMatchObject({ reason: 'decided', table: [] });
    expect(us.view.view.controller).toBe('table');
    expect(us.view.view.legal).toEqual([]);
  });

  test('forecasts, when on, stay with the team that made them', async () => {
    const { russia, us } = await room({ forecasts: true });
    await russia.ok({ type: 'forecast', turn: 1, predictions: { peace_process: 40 } });
    await russia.until(() => russia.view.view.team.forecast !== null, 'the forecast');
    expect(russia.view.view.team.forecast.predictions).toEqual({ peace_process: 40 });
    expect(us.view.view.team.forecast).toBeNull();
    expect((await russia.send({ type: 'forecast', turn: 1, predictions: { morale: 3 } })).code).toBe(
      'invalid',
    );
  });

  test('forecasts go into the replay with the turn they were made for, after a restart too', async () => {
    const { s, teacher, russia, us } = await room({ forecasts: true });
    await russia.ok({ type: 'forecast', turn: 1, predictions: { peace_process: 40, taliban_territory: 55 } });
    // The last forecast a team sends before the turn resolves is the one that stands.
    await russia.ok({ type: 'forecast', turn: 1, predictions: { taliban_territory: 52, peace_process: 45 } });
    await us.ok({ type: 'forecast', turn: 1, predictions: { us_presence_afghanistan: 30 } });
    await teacher.ok({ type: 'advance' });
    await russia.until(() => russia.view.turn === 2, 'turn 2');
    // A forecast of a turn not yet played is not in the replay.
    await russia.ok({ type: 'forecast', turn: 2, predictions: { peace_process: 10 } });
    const path = `/api/sessions/${s.session}/replay?token=${encodeURIComponent(s.teacherToken)}`;
    const expected = [
      { turn: 1, actor: 'russia', indicator: 'peace_process', value: 45 },
      { turn: 1, actor: 'russia', indicator: 'taliban_territory', value: 52 },
      { turn: 1, actor: 'us', indicator: 'us_presence_afghanistan', value: 30 },
    ];
    const file = ReplayWithForecasts.parse((await api(run.base, path)).body);
    expect(file.forecasts).toEqual(expected);
    // Each team's view carries its own past forecasts, for the page to score, and no other team's.
    await russia.until(() => russia.view.view.team.forecast !== null, 'the turn 2 forecast');
    expect(russia.view.view.team.pastForecasts).toEqual(expected.slice(0, 2));
    expect(us.view.view.team.pastForecasts).toEqual(expected.slice(2));
    const verified = verifyReplay(shipped, file);
    expect(verified.ok && verified.verdict).toEqual({ kind: 'verified', turns: 1 });
    for (const c of clients.splice(0)) await c.close();
    await run.server.close();
    run = await startServer(data.dir);
    expect(ReplayWithForecasts.parse((await api(run.base, path)).body).forecasts).toEqual(expected);
  });

  test('end: nothing more is accepted, and students may download the replay', async () => {
    const { s, teacher, russia } = await room();
    await teacher.ok({ type: 'advance' });
    await teacher.ok({ type: 'end' });
    await russia.until(() => russia.view.phase === 'over', 'over');
    expect((await russia.send(pass(2))).code).toBe('session_over');
    expect((await teacher.send({ type: 'advance' })).code).toBe('session_over');
    const token = (await join(run.base, s.codes.us!, 'late').catch((e: Error) => e.message)) as string;
    expect(token).toMatch(/404/);
    const path = `/api/sessions/${s.session}/replay`;
    const replay = await api(run.base, `${path}?token=${encodeURIComponent(s.teacherToken)}`);
    expect(replay.body.hashes).toHaveLength(1);
  });
});
