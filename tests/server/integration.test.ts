import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ReplayFile, verifyReplay } from '../../game/engine/index.ts';
import { greatgame } from '../cli/helpers.ts';
import { shipped } from '../helpers/shipped.ts';
import { Client, type View } from './helpers/client.ts';
import { expectPrivate, type Secrets } from './helpers/privacy.ts';
import {
  api,
  createSession,
  join as joinCode,
  type Running,
  startServer,
  tempData,
} from './helpers/server.ts';

// Six student roles in teams of two play moscow-format-2016 (7 quarters) to the end over real sockets.
const ROLES = ['china', 'pakistan', 'russia', 'tajikistan', 'taliban', 'us'];
const SEED = 8_765_432_109_876;

const data = tempData();
let run: Running;
const clients: Client[] = [];
const secrets: Secrets = { seed: SEED, members: new Map(), privateText: new Map() };
let checked = 0;
const leaks: string[] = [];

beforeAll(async () => {
  run = await startServer(data.dir);
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await run.server.close();
  data.remove();
});

function check(view: View, client: Client) {
  const role = client.label.split(':')[0]!;
  if (role === 'teacher') return;
  // A failure here would be thrown inside the socket's handler: keep it for the test to report.
  try {
    expectPrivate(view, role, secrets);
  } catch (e) {
    leaks.push(`${client.label} turn ${view.turn}: ${(e as Error).message}`);
  }
  checked++;
}

test('six roles in teams of two play to the end; the replay verifies', async () => {
  const created = await createSession(run.base, { scenario: 'moscow-format-2016', seed: SEED, roles: ROLES });
  expect(Object.keys(created.codes).sort()).toEqual(ROLES);
  for (const code of Object.values(created.codes)) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);
  const teacher = await Client.connect(run.ws, created.teacherToken, 'teacher', check);
  clients.push(teacher);
  const teams: Record<string, [Client, Client]> = {};
  for (const role of ROLES) {
    const pair: Client[] = [];
    for (const name of ['a', 'b']) {
      const joined = await joinCode(run.base, created.codes[role]!.toLowerCase(), `${role}-${name}`);
      expect(joined).toMatchObject({ session: created.session, role });
      const client = await Client.connect(run.ws, joined.token, `${role}:${name}`, check);
      await client.until(() => client.views.length > 0, 'a first view');
      secrets.members.set(
        client.view.view.team.members.find((m: { name: string }) => m.name === `${role}-${name}`).id,
        role,
      );
      clients.push(client);
      pair.push(client);
    }
    teams[role] = pair as [Client, Client];
  }
  await teacher.until(
    () => teacher.view.view.teams.russia.members.length === 2,
    'the teacher sees the teams',
  );
  expect(teacher.view.view.settings.seed).toBe(SEED);

  const expected: { turn: number; actor: string; action: string; target: string | null }[] = [];
  let proposal: string | null = null;
  for (let turn = 1; turn <= 7; turn++) {
    const [ru] = teams.russia!;
    const marker = `secret-russia-us-${turn}`;
    secrets.privateText.set(marker, ['russia', 'us']);
    await ru.ok({ type: 'message', to: 'us', text: marker });
    await teams.us![1].ok({ type: 'message', to: 'all', text: `public-${turn}` });
    if (turn === 1) {
      secrets.privateText.set('joint talks in Moscow', ['russia', 'us']);
      await ru.ok({ type: 'propose', to: 'us', terms: 'joint talks in Moscow' });
      await ru.until(() => ru.view.view.proposals.length === 1, 'the proposal');
      proposal = ru.view.view.proposals[0].id;
    }
    // Answered, a proposal goes into the public log: its terms are no longer private.
    if (turn === 2) secrets.privateText.delete('joint talks in Moscow');
    if (turn === 2) await teams.us![0].ok({ type: 'answer', proposal, accept: true });

    for (const [index, role] of ROLES.entries()) {
      const [a, b] = teams[role]!;
      const legal = a.view.view.legal as { action: string; targets: string[] | null }[];
      expect(a.view.turn).toBe(turn);
      const pick = (k: number) => {
        const option = legal[(turn + index + k) % legal.length]!;
        return { action: option.action, target: option.targets?.[0] ?? null };
      };
      await a.ok({ type: 'decide', turn, ...pick(0) });
      const last = index === ROLES.length - 1;
      // The last role's first decision resolves the turn; every other team changes its mind once.
      if (!last) {
        await b.ok({ type: 'decide', turn, ...pick(1) });
        await a.until(() => a.view.view.team.decision?.by === `${role}-b`, 'the team sees the new decision');
      }
      expected.push({ turn, actor: role, ...pick(last ? 0 : 1) });
    }
    for (const c of clients)
      await c.until(() => c.view.turn > turn || c.view.phase === 'over', `turn ${turn} resolved`);
  }
  const [ru] = teams.russia!;
  expect(ru.view.phase).toBe('over');
  const log = ru.view.view.publicLog as { kind: string; reason?: string; accept?: boolean }[];
  expect(log.filter((e) => e.kind === 'resolve').map((e) => e.reason)).toEqual(Array(7).fill('decided'));
  expect(log.find((e) => e.kind === 'proposal')).toMatchObject({
    accept: true,
    terms: 'joint talks in Moscow',
  });
  expect(leaks.slice(0, 3)).toEqual([]);
  expect(checked).toBeGreaterThan(500);

  // Once over, any token of the session downloads the replay, and the engine verifies it.
  const token = (await joinCode(run.base, created.codes.russia!, 'late').catch(() => null))?.token;
  expect(token).toBeUndefined();
  const replay = await api(run.base, `/api/sessions/${created.session}/replay`, undefined, {
    authorization: `Bearer ${created.teacherToken}`,
  });
  expect(replay.status).toBe(200);
  const file = ReplayFile.parse(replay.body);
  expect(file.seed).toBe(SEED);
  expect(file.hashes).toHaveLength(7);
  expect(file.decisions).toEqual(
    [...expected].sort((x, y) => x.turn - y.turn || (x.actor < y.actor ? -1 : 1)),
  );
  const verified = verifyReplay(shipped, file);
  expect(verified.ok && verified.verdict).toEqual({ kind: 'verified', turns: 7 });

  const path = join(data.dir, 'session.json');
  writeFileSync(path, JSON.stringify(file));
  const cli = await greatgame(['replay', path, '--verify'], data.dir);
  expect(cli.stderr).toBe('');
  expect(cli.status).toBe(0);
  expect(cli.stdout).toMatch(/verified, 7 turns match/);
});
