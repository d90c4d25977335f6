/**
 * The classroom block of `npm run bench`: 20 sessions of 10 loopback clients each (five roles in teams of two)
 * on one real server (HTTP, WebSockets, SQLite in a temporary folder), in this process.
 *
 *   decideRtt   a decision's round trip from send to ack (the ack follows the commit to SQLite), p50 and p99
 *   memory      the server's heap growth per open session, clients connected
 *   restart     closing the server and opening it again on the same data: every open session rebuilt from its log
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import { percentile } from '../game/analysis/statistics.ts';
import { openClassroom } from '../game/server/server.ts';

const SESSIONS = 20;
const ROLES = ['pakistan', 'russia', 'tajikistan', 'taliban', 'us'];
const ROUNDS = 8;
const WAIT_MS = 30_000;

export interface ClassroomFigures {
  sessions: number;
  clients: number;
  decisions: number;
  rttP50Ms: number;
  rttP99Ms: number;
  memoryPerSessionKB: number;
  restartMs: number;
  rebuilt: number;
}

interface Member {
  role: string;
  ws: WebSocket;
  turn: number;
  pending: Map<string, () => void>;
}

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

async function post(base: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, unknown>;
  if (!res.ok) throw new Error(`bench: ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

function connect(url: string, token: string, role: string): Promise<Member> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
    const member: Member = { role, ws, turn: 0, pending: new Map() };
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; id?: string; turn?: number };
      if (message.type === 'view' && typeof message.turn === 'number') member.turn = message.turn;
      if (message.id !== undefined) member.pending.get(message.id)?.();
    });
    ws.once('open', () => resolve(member));
    ws.once('error', reject);
  });
}

/** Sends one decision (pass, always legal) and resolves with its round trip in milliseconds. */
function decide(member: Member, id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => reject(new Error(`bench: no reply to ${id}`)), WAIT_MS);
    member.pending.set(id, () => {
      clearTimeout(timer);
      member.pending.delete(id);
      resolve(performance.now() - start);
    });
    member.ws.send(JSON.stringify({ type: 'decide', id, turn: member.turn, action: 'pass', target: null }));
  });
}

/** Waits, boundedly, until every member's view has reached `turn`. */
async function allAt(members: readonly Member[], turn: number): Promise<void> {
  const until = performance.now() + WAIT_MS;
  while (members.some((m) => m.turn < turn)) {
    if (performance.now() > until) throw new Error(`bench: the sessions did not reach turn ${turn}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function measureClassroom(): Promise<ClassroomFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'greatgame-bench-'));
  const errors: unknown[] = [];
  let server = await openClassroom({ dataDir, staticDir: null, onError: (e) => errors.push(e) });
  try {
    const address = await server.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${address.port}`;
    const ws = `ws://127.0.0.1:${address.port}/ws`;
    const before = heap();
    const members: Member[] = [];
    for (let s = 0; s < SESSIONS; s++) {
      const created = await post(base, '/api/sessions', {
        scenario: 'withdrawal-2021',
        seed: s,
        roles: ROLES,
      });
      const codes = created.codes as Record<string, string>;
      for (const role of ROLES) {
        for (const name of ['a', 'b']) {
          const joined = await post(base, '/api/join', { code: codes[role], name: `${role}-${name}` });
          members.push(await connect(ws, String(joined.token), role));
        }
      }
    }
    await allAt(members, 1);
    const memoryPerSessionKB = (heap() - before) / SESSIONS / 1024;

    // Each round, one member of every team decides in every session at once; the turns then resolve.
    const rtts: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const deciding = members.filter((_, i) => i % 2 === round % 2);
      const turn = deciding[0]?.turn ?? 1;
      rtts.push(...(await Promise.all(deciding.map((m, i) => decide(m, `r${round}-${i}`)))));
      await allAt(members, turn + 1);
    }
    for (const m of members) m.ws.close();
    await server.close();

    const restartStart = performance.now();
    server = await openClassroom({ dataDir, staticDir: null, onError: (e) => errors.push(e) });
    const restartMs = performance.now() - restartStart;
    if (errors.length > 0) throw new Error(`bench: the server reported ${String(errors[0])}`);
    return {
      sessions: SESSIONS,
      clients: members.length,
      decisions: rtts.length,
      rttP50Ms: percentile(rtts, 50),
      rttP99Ms: percentile(rtts, 99),
      memoryPerSessionKB,
      restartMs,
      rebuilt: server.rebuilt,
    };
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
