import alea from 'seedrandom/lib/alea.js';
import { afterAll, expect, test } from 'vitest';
import { ReplayFile, verifyReplay } from '../../game/engine/index.ts';
import { shipped } from '../helpers/shipped.ts';
import { spawnServe } from './helpers/child.ts';
import { Client } from './helpers/client.ts';
import { api, createSession, join, tempData } from './helpers/server.ts';

// The real `greatgame serve`, killed with SIGKILL at random moments of a session and restarted each time.
// GREATGAME_CRASH_KILLS sets how many times (the issue asks for 20; 5 keeps the suite quick), and
// GREATGAME_CRASH_SEED replays one run's moments.
const KILLS = Number(process.env.GREATGAME_CRASH_KILLS ?? 5);
const SEED = Number(process.env.GREATGAME_CRASH_SEED ?? Date.now() % 1_000_000);

/** A seeded generator (alea, as the engine uses), so a failing run can be repeated with its seed. */
const random = (seed: number): (() => number) => alea(`crash:${seed}`);

const data = tempData();
afterAll(() => data.remove());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sent {
  turn: number;
  role: string;
  action: string;
  target: string | null;
  index: number;
  acked: boolean;
}

test(`kill -9 ${KILLS} times mid-session: nothing acknowledged is lost, and the replay verifies (seed ${SEED})`, async () => {
  const rand = random(SEED);
  let served = await spawnServe(data.dir);
  const s = await createSession(served.base, {
    scenario: 'withdrawal-2021',
    seed: 99,
    roles: ['russia', 'us'],
  });
  const tokens: Record<string, string> = {
    teacher: s.teacherToken,
    russia: (await join(served.base, s.codes.russia!, 'Ann')).token,
    us: (await join(served.base, s.codes.us!, 'Bo')).token,
  };
  const ackedMessages = new Set<string>();
  let ackedTeacherActions = 0;
  const decisions: Sent[] = [];

  for (let round = 0; round < KILLS; round++) {
    if (round > 0) served = await spawnServe(data.dir);
    const clients: Record<string, Client> = {};
    for (const [label, token] of Object.entries(tokens)) {
      const c = await Client.connect(served.ws, token, label);
      await c.until(() => c.views.length > 0, 'a first view');
      clients[label] = c;
    }
    let killed = false;
    const child = served.child;
    const killer = setTimeout(
      () => {
        killed = true;
        child.kill('SIGKILL');
      },
      100 + rand() * 900,
    );
    for (let i = 0; !killed && i < 400; i++) {
      const roll = rand();
      const label = roll < 0.1 ? 'teacher' : rand() < 0.5 ? 'russia' : 'us';
      const c = clients[label]!;
      if (label === 'teacher') {
        const reply = await c.trySend({ type: c.view.paused ? 'resume' : 'pause' });
        if (reply?.type === 'ack') ackedTeacherActions++;
      } else if (roll < 0.25 && c.view.view.legal.length > 0) {
        const legal = c.view.view.legal;
        const option = legal[Math.floor(rand() * legal.length)];
        const sent: Sent = {
          turn: c.view.turn,
          role: label,
          action: option.action,
          target: option.targets?.[0] ?? null,
          index: decisions.length,
          acked: false,
        };
        decisions.push(sent);
        const reply = await c.trySend({
          type: 'decide',
          turn: sent.turn,
          action: sent.action,
          target: sent.target,
        });
        sent.acked = reply?.type === 'ack';
      } else {
        const text = `r${round}-${i}-${label}`;
        const reply = await c.trySend({ type: 'message', to: 'all', text });
        if (reply?.type === 'ack') ackedMessages.add(text);
      }
      await sleep(40);
    }
    clearTimeout(killer);
    if (!killed) child.kill('SIGKILL');
    await served.exited;
    for (const c of Object.values(clients)) await c.close();
  }

  served = await spawnServe(data.dir);
  const teacher = await Client.connect(served.ws, s.teacherToken, 'teacher');
  try {
    await teacher.until(() => teacher.views.length > 0, 'a first view');
    const { view } = teacher.view;
    const texts = new Set((view.messages as { text: string }[]).map((m) => m.text));
    expect([...ackedMessages].filter((t) => !texts.has(t))).toEqual([]);
    const toggles = (view.publicLog as { kind: string }[]).filter(
      (e) => e.kind === 'pause' || e.kind === 'resume',
    );
    expect(toggles.length).toBeGreaterThanOrEqual(ackedTeacherActions);
    expect(ackedMessages.size).toBeGreaterThan(0);

    // Play to the end, then check every acknowledged decision stands, or one sent after it for that turn.
    if (teacher.view.paused) await teacher.ok({ type: 'resume' });
    const current = teacher.view.turn;
    const pending: Record<string, { action: string; target: string | null } | null> = {
      russia: view.teams.russia.decision,
      us: view.teams.us.decision,
    };
    for (let i = 0; i < 12 && teacher.view.phase !== 'over'; i++) {
      const turn = teacher.view.turn;
      await teacher.ok({ type: 'advance' });
      await teacher.until(() => teacher.view.turn > turn || teacher.view.phase === 'over', 'the next turn');
    }
    const replay = await api(
      served.base,
      `/api/sessions/${s.session}/replay?token=${encodeURIComponent(s.teacherToken)}`,
    );
    const file = ReplayFile.parse(replay.body);
    for (const acked of decisions.filter((d) => d.acked)) {
      const standing =
        acked.turn === current
          ? pending[acked.role]
          : file.decisions.find((d) => d.turn === acked.turn && d.actor === acked.role);
      const later = decisions.filter(
        (d) => d.turn === acked.turn && d.role === acked.role && d.index >= acked.index,
      );
      expect(standing, `turn ${acked.turn} ${acked.role}`).toBeTruthy();
      expect(later.some((d) => d.action === standing!.action && d.target === standing!.target)).toBe(true);
    }
    const verified = verifyReplay(shipped, file);
    expect(verified.ok && verified.verdict).toEqual({ kind: 'verified', turns: 11 });
  } finally {
    await teacher.close();
    served.child.kill('SIGTERM');
    await served.exited;
  }
}, 600_000);
