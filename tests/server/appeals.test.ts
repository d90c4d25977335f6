import { afterAll, expect, test } from 'vitest';
import { newGame, type TurnLog } from '../../game/engine/index.ts';
import { appealsOf } from '../../game/server/session/appeals.ts';
import { newModel } from '../../game/server/session/model.ts';
import type { SessionConfig } from '../../game/server/store/types.ts';
import { shipped } from '../helpers/shipped.ts';
import { Client } from './helpers/client.ts';
import { createSession, join, startServer, tempData } from './helpers/server.ts';

// withdrawal-2021, seed 1, with russia and tajikistan played and nobody deciding, plays as its rule tables do:
// on turn 2 the Afghan Republic's table protests Moscow's contacts with the Taliban (a relation with russia),
// on turn 6 the resistance's table seeks sanctuary in Dushanbe (a relation with tajikistan).
const ROLES = ['russia', 'tajikistan'];
const SEED = 1;

const data = tempData();
afterAll(() => data.remove());

interface Msg {
  id: string;
  turn: number;
  from: string;
  to: string;
  text: string;
  reason?: string;
  by: string;
}
const fromTables = (c: Client): Msg[] =>
  (c.view.view.messages as Msg[]).filter((m) => m.by === 'system' && m.from !== c.view.role);

test("a rule table's appeal reaches the students of the role it addresses, and a restart keeps it", async () => {
  let run = await startServer(data.dir);
  const s = await createSession(run.base, { scenario: 'withdrawal-2021', seed: SEED, roles: ROLES });
  const tokens = {
    russia: (await join(run.base, s.codes.russia!, 'Ann')).token,
    tajikistan: (await join(run.base, s.codes.tajikistan!, 'Cy')).token,
  };
  let teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  let russia = await Client.connect(run.ws, tokens.russia, 'russia');
  let tajikistan = await Client.connect(run.ws, tokens.tajikistan, 'tajikistan');
  await teacher.ok({ type: 'advance' });
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 3 && fromTables(russia).length > 0, 'the protest');

  const protest = fromTables(russia).find((m) => m.from === 'afghan_republic');
  expect(protest).toMatchObject({ turn: 2, to: 'russia', by: 'system' });
  // In words: the actor's name and the lever's title; the reason, the row's first quote and its source as people
  // name it.
  expect(protest!.text).toMatch(/^Afghan Republic[^:]*: Protest Moscow’s contacts with the Taliban\.$/);
  expect(protest!.reason).toMatch(/^“.{20,}” \([A-Z][^()]* \d{4}\)$/);
  expect(`${protest!.text} ${protest!.reason}`).not.toMatch(/\.txt|afghan_republic\./);
  await tajikistan.until(() => tajikistan.view.turn === 3);
  expect(fromTables(tajikistan)).toEqual([]);

  // A role the teacher took over is addressed too, and its messages stay with it.
  await teacher.ok({ type: 'takeover', role: 'tajikistan' });
  for (let turn = 3; turn <= 6; turn++) await teacher.ok({ type: 'advance' });
  await teacher.until(() => teacher.view.turn === 7);
  const sanctuary = (teacher.view.view.messages as Msg[]).find(
    (m) => m.from === 'resistance' && m.to === 'tajikistan',
  );
  expect(sanctuary).toMatchObject({ turn: 6, by: 'system' });
  expect(sanctuary!.text).toContain('Seek sanctuary and backing in Dushanbe');
  await tajikistan.until(() => tajikistan.view.turn === 7);
  expect(fromTables(tajikistan).map((m) => m.id)).toContain(sanctuary!.id);
  await russia.until(() => russia.view.turn === 7);
  expect(fromTables(russia).some((m) => m.to === 'tajikistan')).toBe(false);

  // Rebuilt from the log alone, the session has the same messages: they are derived, not stored.
  const before = { russia: fromTables(russia), tajikistan: fromTables(tajikistan) };
  const teacherBefore = teacher.view.view.messages;
  for (const c of [teacher, russia, tajikistan]) await c.close();
  await run.server.close();
  run = await startServer(data.dir, { clock: run.clock });
  teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  russia = await Client.connect(run.ws, tokens.russia, 'russia');
  tajikistan = await Client.connect(run.ws, tokens.tajikistan, 'tajikistan');
  for (const c of [teacher, russia, tajikistan]) await c.until(() => c.views.length > 0, 'a view');
  expect(fromTables(russia)).toEqual(before.russia);
  expect(fromTables(tajikistan)).toEqual(before.tajikistan);
  expect(teacher.view.view.messages).toEqual(teacherBefore);
  for (const c of [teacher, russia, tajikistan]) await c.close();
  await run.server.close();
  expect(run.errors).toEqual([]);
});

/** A model of the session above before any turn, and one turn's log with a single action in it. */
function setup(controllers: Record<string, 'students' | 'teacher' | 'table'> = {}) {
  const created = newGame(shipped, { scenario: 'withdrawal-2021', seed: SEED, humans: ROLES });
  if (!created.ok) throw new Error(created.error.message);
  const config: SessionConfig = {
    scenario: 'withdrawal-2021',
    variant: 'baseline',
    seed: SEED,
    roles: ROLES,
    turnSeconds: null,
    forecasts: false,
    codes: {},
  };
  const model = newModel('s1', config, created.game);
  Object.assign(model.controllers, controllers);
  const log = (action: Partial<TurnLog['actions'][number]>): TurnLog => ({
    turn: 1,
    date: '2021-04',
    events: [],
    indicators: {},
    scores: {},
    world: [],
    actions: [
      {
        actor: 'resistance',
        action: 'appeal_to_moscow',
        outcome: 'success',
        ruleId: 'resistance.appeal-to-moscow',
        target: null,
        why: null,
        ...action,
      },
    ],
  });
  return { model, log };
}

test('only a rule table that plays an actor nobody plays sends an appeal, and only to played roles', () => {
  const table = setup();
  expect(appealsOf(table.model, table.log({}), 7, 100).map((m) => [m.from, m.to, m.id])).toEqual([
    ['resistance', 'russia', 'a7-1'],
  ]);
  // The teacher playing the resistance decides for it: that is a person's move, not a table's appeal.
  const person = setup({ resistance: 'teacher' });
  expect(appealsOf(person.model, person.log({}), 7, 100)).toEqual([]);
  expect(appealsOf(table.model, table.log({ ruleId: null }), 7, 100)).toEqual([]);
  // A blocked action never happened; a strike that a relation follows addresses no one.
  expect(appealsOf(table.model, table.log({ outcome: 'blocked' }), 7, 100)).toEqual([]);
  const strike = table.log({ actor: 'taliban', action: 'fight_isisk', ruleId: 'taliban.fight-isisk-rival' });
  expect(appealsOf(table.model, strike, 7, 100)).toEqual([]);
});
