import { afterAll, expect, test } from 'vitest';
import { HIDDEN_RULE } from '../../game/protocol/classroom.ts';
import { hashToken } from '../../game/server/session/secrets.ts';
import { SqliteStore } from '../../game/server/store/sqlite.ts';
import { Client } from './helpers/client.ts';
import { createSession, join, startServer, tempData } from './helpers/server.ts';

const data = tempData();
afterAll(() => data.remove());

interface Action {
  actor: string;
  ruleId: string | null;
  why: { conditions: object; flip: unknown } | null;
}
/** Every action of the view's game log that a rule table chose. */
const tableActions = (c: Client): Action[] =>
  (c.view.view.game.log as { actions: Action[] }[]).flatMap((t) => t.actions).filter((a) => a.ruleId);
/** The messages rule tables sent to this role (the Afghan Republic protests to Russia on turn 2 of seed 1). */
const fromTables = (c: Client): { text: string; reason?: string }[] =>
  c.view.view.messages.filter((m: { by: string }) => m.by === 'system');
const hidden = (c: Client) => {
  expect(tableActions(c).length).toBeGreaterThan(0);
  // The move and its outcome stay; which row chose it, its conditions and its quote do not.
  expect(tableActions(c).every((a) => a.why === null && a.ruleId === HIDDEN_RULE)).toBe(true);
  const text = JSON.stringify(c.view.view.game);
  expect(text).not.toContain('"conditions"');
  expect(text).not.toContain('"flip"');
  expect(text).not.toMatch(/"ruleId":"[a-z_]+\./);
  expect(fromTables(c).every((m) => m.reason === undefined && !m.text.includes('“'))).toBe(true);
};
const shown = (c: Client) => {
  expect(tableActions(c).some((a) => a.why !== null && a.ruleId !== HIDDEN_RULE)).toBe(true);
  expect(fromTables(c).every((m) => m.reason?.startsWith('“'))).toBe(true);
};

test("the AI's reasons: on by default, the teacher hides and shows them, and a restart keeps the choice", async () => {
  let run = await startServer(data.dir);
  const s = await createSession(run.base, {
    scenario: 'withdrawal-2021',
    seed: 1,
    roles: ['russia', 'tajikistan'],
  });
  const token = (await join(run.base, s.codes.russia!, 'Ann')).token;
  let teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  let russia = await Client.connect(run.ws, token, 'russia');
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 2, 'turn 2');
  expect(russia.view.view.settings.aiReasons).toBe(true);
  shown(russia);

  expect(await russia.send({ type: 'reasons', show: false })).toMatchObject({ code: 'forbidden' });
  await teacher.ok({ type: 'reasons', show: false });
  expect(await teacher.send({ type: 'reasons', show: false })).toMatchObject({ code: 'unchanged' });
  await russia.until(() => russia.view.view.settings.aiReasons === false, 'reasons hidden');
  hidden(russia);
  await teacher.until(() => teacher.view.view.settings.aiReasons === false);
  shown(teacher);
  expect(russia.view.view.publicLog.at(-1)).toMatchObject({ kind: 'reasons', show: false });
  // A turn played while they are hidden has none either.
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 3, 'turn 3');
  // Turn 2's protest from the Afghan Republic's table reached Russia, without its quote.
  expect(fromTables(russia).length).toBeGreaterThan(0);
  hidden(russia);

  // The choice is in the log: a rebuilt session keeps it, and the teacher can turn them back on.
  for (const c of [teacher, russia]) await c.close();
  await run.server.close();
  run = await startServer(data.dir, { clock: run.clock });
  teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  russia = await Client.connect(run.ws, token, 'russia');
  await russia.until(() => russia.views.length > 0);
  expect(russia.view.view.settings.aiReasons).toBe(false);
  hidden(russia);
  await teacher.ok({ type: 'reasons', show: true });
  await russia.until(() => russia.view.view.settings.aiReasons === true, 'reasons shown');
  shown(russia);
  for (const c of [teacher, russia]) await c.close();
  await run.server.close();
  expect(run.errors).toEqual([]);
});

test('a session created with aiReasons false hides them from the first turn; a bad value is refused', async () => {
  const run = await startServer(data.dir);
  const s = await createSession(run.base, {
    scenario: 'withdrawal-2021',
    seed: 2,
    roles: ['russia'],
    aiReasons: false,
  });
  const russia = await Client.connect(run.ws, (await join(run.base, s.codes.russia!, 'Bo')).token, 'russia');
  const teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 2, 'turn 2');
  expect(russia.view.view.settings.aiReasons).toBe(false);
  hidden(russia);
  const bad = await fetch(`${run.base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ scenario: 'withdrawal-2021', roles: ['russia'], aiReasons: 'yes' }),
  });
  expect(bad.status).toBe(400);
  expect(await teacher.send({ type: 'reasons', show: 'no' })).toMatchObject({ code: 'invalid' });
  for (const c of [teacher, russia]) await c.close();
  await run.server.close();
});

test('a session stored before the option existed reads as showing the reasons', async () => {
  const old = tempData();
  const store = new SqliteStore(old.dir);
  const config = {
    scenario: 'withdrawal-2021',
    variant: 'baseline',
    seed: 3,
    roles: ['russia'],
    turnSeconds: null,
    forecasts: false,
    codes: { russia: 'ABCDEF' },
  };
  await store.createSession(
    { id: 's-old', createdAt: 0, endedAt: null, teacherTokenHash: hashToken('old-teacher'), config },
    config.codes,
    [{ at: 0, by: 'teacher', kind: 'start', data: { kind: 'start', deadline: null } }],
  );
  await store.close();
  const run = await startServer(old.dir);
  const teacher = await Client.connect(run.ws, 'old-teacher', 'teacher');
  const russia = await Client.connect(run.ws, (await join(run.base, 'ABCDEF', 'Cy')).token, 'russia');
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 2, 'turn 2');
  expect(russia.view.view.settings.aiReasons).toBe(true);
  shown(russia);
  for (const c of [teacher, russia]) await c.close();
  await run.server.close();
  old.remove();
});
