// The classroom bench's students, in a worker thread of their own (scripts/bench-classroom.ts). In a classroom
// the clients are phones and laptops: here they get their own thread, so that parsing 200 clients' views does
// not stall the server being measured, nor the server's work delay the clients' clocks. Plain JavaScript: a
// worker does not inherit the main thread's tsx hooks, and the clients need nothing of the game's code.
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { base, wsUrl, sessions, roles, rounds, waitMs } = workerData;

async function post(path, body) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`bench: ${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

function connect(token, role) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${wsUrl}?token=${encodeURIComponent(token)}`);
    const member = { role, ws, turn: 0, pending: new Map() };
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString());
      if (message.type === 'view' && typeof message.turn === 'number') member.turn = message.turn;
      if (message.id !== undefined) member.pending.get(message.id)?.(message);
    });
    ws.once('open', () => resolve(member));
    ws.once('error', reject);
  });
}

/** Sends one decision (pass, always legal) and resolves with its round trip in milliseconds. */
function decide(member, id) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const timer = setTimeout(() => reject(new Error(`bench: no reply to ${id}`)), waitMs);
    member.pending.set(id, (reply) => {
      clearTimeout(timer);
      member.pending.delete(id);
      if (reply.type !== 'ack') reject(new Error(`bench: ${id} was refused: ${JSON.stringify(reply)}`));
      else resolve(performance.now() - start);
    });
    member.ws.send(JSON.stringify({ type: 'decide', id, turn: member.turn, action: 'pass', target: null }));
  });
}

/** Waits, boundedly, until every member's view has reached `turn`. */
async function allAt(members, turn) {
  const until = performance.now() + waitMs;
  while (members.some((m) => m.turn < turn)) {
    if (performance.now() > until) throw new Error(`bench: the sessions did not reach turn ${turn}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const told = (word) => new Promise((resolve) => parentPort.once('message', (m) => m === word && resolve()));

const members = [];
for (let s = 0; s < sessions; s++) {
  const created = await post('/api/sessions', { scenario: 'withdrawal-2021', seed: s, roles });
  for (const role of roles) {
    for (const name of ['a', 'b']) {
      const joined = await post('/api/join', { code: created.codes[role], name: `${role}-${name}` });
      members.push(await connect(String(joined.token), role));
    }
  }
}
await allAt(members, 1);
parentPort.postMessage({ type: 'connected', clients: members.length });
await told('go');

// Each round, one member of every team decides in every session at once; the turns then resolve.
const rtts = [];
for (let round = 0; round < rounds; round++) {
  const deciding = members.filter((_, i) => i % 2 === round % 2);
  const turn = deciding[0]?.turn ?? 1;
  rtts.push(...(await Promise.all(deciding.map((m, i) => decide(m, `r${round}-${i}`)))));
  await allAt(members, turn + 1);
}
for (const m of members) m.ws.close();
parentPort.postMessage({ type: 'done', rtts });
