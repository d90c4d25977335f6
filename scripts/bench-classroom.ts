/**
 * The classroom block of `npm run bench`: 20 sessions of 10 loopback clients each (five roles in teams of two)
 * on one real server (HTTP, WebSockets, SQLite in a temporary folder). The server runs in this thread and the
 * 200 clients in a worker thread (scripts/bench-classroom-clients.mjs), as phones would run apart from it.
 *
 *   decideRtt   a decision's round trip from send to ack (the ack follows the commit to SQLite), p50 and p99,
 *               with one member of every team deciding at once in every session (100 decisions in a burst)
 *   memory      the server's heap growth per open session, clients connected
 *   restart     closing the server and opening it again on the same data: every open session rebuilt from its log
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
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

type FromClients = { type: 'connected'; clients: number } | { type: 'done'; rtts: number[] };

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

/** The next message of a kind from the clients' worker; its failure (or exit) rejects. */
function next<K extends FromClients['type']>(
  worker: Worker,
  type: K,
): Promise<Extract<FromClients, { type: K }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromClients) => {
      if (message.type !== type) return;
      off();
      resolve(message as Extract<FromClients, { type: K }>);
    };
    const onError = (error: Error) => {
      off();
      reject(error);
    };
    const onExit = (code: number) => {
      off();
      reject(new Error(`bench: the clients' worker exited (${code}) before '${type}'`));
    };
    const off = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function measureClassroom(): Promise<ClassroomFigures> {
  const dataDir = mkdtempSync(join(tmpdir(), 'greatgame-bench-'));
  const errors: unknown[] = [];
  let server = await openClassroom({ dataDir, staticDir: null, onError: (e) => errors.push(e) });
  let clients: Worker | null = null;
  try {
    const address = await server.listen(0, '127.0.0.1');
    const before = heap();
    clients = new Worker(new URL('./bench-classroom-clients.mjs', import.meta.url), {
      workerData: {
        base: `http://127.0.0.1:${address.port}`,
        wsUrl: `ws://127.0.0.1:${address.port}/ws`,
        sessions: SESSIONS,
        roles: ROLES,
        rounds: ROUNDS,
        waitMs: WAIT_MS,
      },
    });
    const { clients: connected } = await next(clients, 'connected');
    const memoryPerSessionKB = (heap() - before) / SESSIONS / 1024;
    const done = next(clients, 'done');
    clients.postMessage('go');
    const { rtts } = await done;
    await server.close();

    const restartStart = performance.now();
    server = await openClassroom({ dataDir, staticDir: null, onError: (e) => errors.push(e) });
    const restartMs = performance.now() - restartStart;
    if (errors.length > 0) throw new Error(`bench: the server reported ${String(errors[0])}`);
    return {
      sessions: SESSIONS,
      clients: connected,
      decisions: rtts.length,
      rttP50Ms: percentile(rtts, 50),
      rttP99Ms: percentile(rtts, 99),
      memoryPerSessionKB,
      restartMs,
      rebuilt: server.rebuilt,
    };
  } finally {
    await clients?.terminate();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
