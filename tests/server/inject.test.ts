import { writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ENGINE_VERSION } from '../../game/content/version.ts';
import {
  type InjectedEvent,
  injectEvent,
  newGame,
  playScripted,
  ReplayFile,
  verifyReplay,
} from '../../game/engine/index.ts';
import { replayOf } from '../../game/replay/replay-file.ts';
import { greatgame } from '../cli/helpers.ts';
import { shipped } from '../helpers/shipped.ts';
import { Client } from './helpers/client.ts';
import { api, createSession, join, startServer, tempData } from './helpers/server.ts';

const data = tempData();
afterAll(() => data.remove());

const custom: InjectedEvent = {
  id: 'border-talks-collapse',
  title: 'Border talks collapse',
  effects: [
    { kind: 'indicator', indicator: 'peace_process', add: -15 },
    { kind: 'zone', zone: 'af_north', field: 'stability', add: -10 },
  ],
};

describe('engine: injectEvent', () => {
  const game = () => {
    const created = newGame(shipped, { scenario: 'moscow-format-2016', seed: 5 });
    if (!created.ok) throw new Error(created.error.message);
    return created.game;
  };

  test('a deck card or a custom event changes the state the turn starts from, and nothing else', () => {
    const start = game();
    const injected = injectEvent(start, custom);
    expect(injected.ok).toBe(true);
    if (!injected.ok) return;
    expect(injected.game.state.indicators.peace_process).toBe(
      Math.max(0, start.state.indicators.peace_process! - 15),
    );
    expect(injected.game.hashes).toEqual(start.hashes);
    expect(injected.game.log).toEqual(start.log);
    expect(injectEvent(start, 'turkmen-border-clash').ok).toBe(true);
  });

  test('an unknown card, an unknown id or a derived indicator is refused as a value, never thrown', () => {
    const start = game();
    const refused = [
      'no-such-card',
      { ...custom, effects: [{ kind: 'indicator', indicator: 'morale', add: 1 }] },
      { ...custom, effects: [{ kind: 'indicator', indicator: 'taliban_territory', add: 5 }] },
      { ...custom, effects: [{ kind: 'zone', zone: 'af_mars', field: 'stability', add: 1 }] },
      { ...custom, effects: [{ kind: 'zone', zone: 'af_north', field: 'control', set: 'gondor' }] },
      { ...custom, effects: [{ kind: 'flag', flag: 'kabul_fallen', set: 3 }] },
    ] as InjectedEvent[];
    for (const event of refused) expect(injectEvent(start, event)).toMatchObject({ ok: false });
  });

  test('a replay verifies with its injections, and not without them; old replays are unchanged', () => {
    const played = playScripted(shipped, { scenario: 'moscow-format-2016', seed: 5 }, [], 3);
    if (!played.ok) throw new Error(played.error.message);
    const plain = replayOf(played.game, [], ENGINE_VERSION);
    expect(verifyReplay(shipped, plain)).toMatchObject({ verdict: { kind: 'verified', turns: 3 } });

    let g = game();
    for (let turn = 1; turn <= 3; turn++) {
      if (turn === 2) {
        const injected = injectEvent(g, custom);
        if (!injected.ok) throw new Error(injected.error.message);
        g = injected.game;
      }
      const stepped = playScripted(g, [], turn);
      if (!stepped.ok) throw new Error(stepped.error.message);
      g = stepped.game;
    }
    const withInjection = { ...replayOf(g, [], ENGINE_VERSION), injections: [{ turn: 2, event: custom }] };
    expect(ReplayFile.parse(withInjection)).toEqual(withInjection);
    expect(verifyReplay(shipped, withInjection)).toMatchObject({ verdict: { kind: 'verified', turns: 3 } });
    const { injections: _dropped, ...without } = withInjection;
    expect(verifyReplay(shipped, without)).toMatchObject({ verdict: { kind: 'hash_mismatch', turn: 2 } });
  });
});

test('server: the teacher injects a card and a custom event; the replay reproduces the session, after a restart too', async () => {
  let run = await startServer(data.dir);
  const s = await createSession(run.base, { scenario: 'moscow-format-2016', seed: 77, roles: ['russia'] });
  const ann = (await join(run.base, s.codes.russia!, 'Ann')).token;
  let teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  let russia = await Client.connect(run.ws, ann, 'russia');
  await russia.until(() => russia.views.length > 0);
  expect((await russia.send({ type: 'inject', event: 'turkmen-border-clash' })).code).toBe('forbidden');
  expect((await teacher.send({ type: 'inject', event: 'no-such-card' })).code).toBe('unknown_event');
  expect((await teacher.send({ type: 'inject', event: { id: 'x', title: 'x', effects: [] } })).code).toBe(
    'invalid',
  );
  await teacher.ok({ type: 'inject', event: 'turkmen-border-clash' });
  await russia.ok({ type: 'decide', turn: 1, action: 'pass', target: null });
  await russia.until(() => russia.view.turn === 2, 'turn 2');
  await teacher.ok({ type: 'inject', event: custom });
  await russia.until(() =>
    russia.view.view.publicLog.some(
      (e: { kind: string; turn: number }) => e.kind === 'inject' && e.turn === 2,
    ),
  );
  await teacher.ok({ type: 'advance' });
  await russia.until(() => russia.view.turn === 3, 'turn 3');

  const fetchReplay = async () => {
    const reply = await api(
      run.base,
      `/api/sessions/${s.session}/replay?token=${encodeURIComponent(s.teacherToken)}`,
    );
    return ReplayFile.parse(reply.body);
  };
  const file = await fetchReplay();
  expect(file.injections).toEqual([
    { turn: 1, event: 'turkmen-border-clash' },
    { turn: 2, event: custom },
  ]);
  expect(verifyReplay(shipped, file)).toMatchObject({ verdict: { kind: 'verified', turns: 2 } });
  const path = joinPath(data.dir, 'injected.json');
  writeFileSync(path, JSON.stringify(file));
  const cli = await greatgame(['replay', path, '--verify'], data.dir);
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(0);

  // Rebuilt from the log, the injections are applied again: the same game, the same replay.
  await Promise.all([teacher.close(), russia.close()]);
  await run.server.close();
  run = await startServer(data.dir);
  teacher = await Client.connect(run.ws, s.teacherToken, 'teacher');
  russia = await Client.connect(run.ws, ann, 'russia');
  await teacher.until(() => teacher.views.length > 0);
  expect(await fetchReplay()).toEqual(file);
  await Promise.all([teacher.close(), russia.close()]);
  await run.server.close();
});
