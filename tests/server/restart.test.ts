import { afterAll, expect, test } from 'vitest';
import { ReplayFile, verifyReplay } from '../../game/engine/index.ts';
import { RESTART_GRACE_MS } from '../../game/server/session/session.ts';
import { shipped } from '../helpers/shipped.ts';
import { Client, type View } from './helpers/client.ts';
import { FakeClock } from './helpers/fake-clock.ts';
import { api, createSession, join, startServer, tempData } from './helpers/server.ts';

const data = tempData();
afterAll(() => data.remove());

/** The teacher's view without what a restart changes by itself: who is connected right now. */
function lasting(view: View): unknown {
  // Who is connected, and the server's clock as it sent the view, are of the moment: the rest must last.
  const { now: _now, ...rest } = view;
  return JSON.parse(JSON.stringify(rest), (key, value) => (key === 'connected' ? undefined : value));
}

test('closed and reopened on the same data folder, a session goes on with nothing acknowledged lost', async () => {
  const clock = new FakeClock();
  let run = await startServer(data.dir, { clock });
  const s = await createSession(run.base, {
    scenario: 'withdrawal-2021',
    seed: 21,
    roles: ['russia', 'tajikistan', 'us'],
    turnSeconds: 300,
  });
  const tokens = {
    russia: (await join(run.base, s.codes.russia!, 'Ann')).token,
    us: (await join(run.base, s.codes.us!, 'Bo')).token,
    tajikistan: (await join(run.base, s.codes.tajikistan!, 'Cy')).token,
  };
  let teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  let russia = await Client.connect(run.ws, tokens.russia, 'russia');
  let us = await Client.connect(run.ws, tokens.us, 'us');
  await russia.until(() => russia.views.length > 0);
  const pick = (c: Client, k = 0) => {
    const option = c.view.view.legal[k % c.view.view.legal.length];
    return { action: option.action, target: option.targets?.[0] ?? null };
  };
  // Turn 1 resolves by the timer (tajikistan undecided); turn 2 is left half-decided, with talk in flight.
  await russia.ok({ type: 'decide', turn: 1, ...pick(russia, 1) });
  await us.ok({ type: 'decide', turn: 1, ...pick(us, 2) });
  clock.advance(300_000);
  await russia.until(() => russia.view.turn === 2, 'turn 2');
  await russia.ok({ type: 'decide', turn: 2, ...pick(russia, 3) });
  await russia.ok({ type: 'message', to: 'us', text: 'before the restart' });
  await russia.ok({ type: 'propose', to: 'us', terms: 'a border deal' });
  await teacher.ok({ type: 'takeover', role: 'tajikistan', to: 'table' });
  await teacher.until(
    () =>
      teacher.view.view.proposals.length === 1 && teacher.view.view.teams.tajikistan.controller === 'table',
  );
  const before = lasting(teacher.view);
  for (const c of [teacher, russia, us]) await c.close();
  await run.server.close();

  // The server was down longer than the turn had left: on return, the room gets a grace, not a lost turn.
  clock.advance(1_000_000);
  run = await startServer(data.dir, { clock });
  expect(run.server.rebuilt).toBe(1);
  teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  russia = await Client.connect(run.ws, tokens.russia, 'russia');
  us = await Client.connect(run.ws, tokens.us, 'us');
  await teacher.until(() => teacher.views.length > 0);
  const after = lasting(teacher.view) as { deadline: number };
  expect(after.deadline).toBe(clock.now() + RESTART_GRACE_MS);
  expect({ ...after, deadline: null }).toEqual({ ...(before as object), deadline: null });
  expect(russia.view.view.team.decision).toMatchObject({ by: 'Ann' });

  // The same tokens carry on: the turn resolves once the last played role decides, and the game goes on.
  await us.until(() => us.view.view.proposals.length === 1);
  await us.ok({ type: 'answer', proposal: us.view.view.proposals[0].id, accept: false });
  await us.ok({ type: 'decide', turn: 2, ...pick(us, 4) });
  await russia.until(() => russia.view.turn === 3, 'turn 3');
  const replay = await api(
    run.base,
    `/api/sessions/${s.session}/replay?token=${encodeURIComponent(s.teacherToken)}`,
  );
  const file = ReplayFile.parse(replay.body);
  expect(file.decisions.map((d) => `${d.turn}:${d.actor}`)).toEqual(['1:russia', '1:us', '2:russia', '2:us']);
  const verified = verifyReplay(shipped, file);
  expect(verified.ok && verified.verdict).toEqual({ kind: 'verified', turns: 2 });
  for (const c of [teacher, russia, us]) await c.close();
  await run.server.close();
});
