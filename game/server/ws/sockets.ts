import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Classroom } from '../session/classroom.ts';
import type { Clock } from '../session/clock.ts';
import { attachClient } from './connection.ts';
import { MAX_FRAME } from './frames.ts';

const HEARTBEAT_MS = 30_000;

function refuse(socket: Duplex, status: string) {
  if (!socket.destroyed) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * The WebSocket endpoint `/ws?token=TOKEN`. A frame a little over 16 KB gets an error reply (frames.ts); one
 * far over it closes the connection (1009) before it is buffered.
 */
export function createSockets(classroom: Classroom, clock: Clock, onError: (error: unknown) => void) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME * 4 });
  const alive = new WeakMap<WebSocket, boolean>();
  // A laptop lid closed mid-session leaves a socket that never says goodbye: ping, and drop the silent.
  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, url: URL): Promise<void> {
      socket.on('error', () => socket.destroy());
      if (url.pathname !== '/ws') return refuse(socket, '404 Not Found');
      const token = url.searchParams.get('token');
      const who = token ? await classroom.authenticate(token).catch(() => null) : null;
      if (!who) return refuse(socket, '401 Unauthorized');
      if (socket.destroyed) return;
      wss.handleUpgrade(req, socket, head, (ws) => {
        alive.set(ws, true);
        ws.on('pong', () => alive.set(ws, true));
        attachClient(ws, who.session, who.principal, clock, onError);
      });
    },
    close(): void {
      clearInterval(heartbeat);
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    },
  };
}
