import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { loadLibrary } from '../content/disk.ts';
import { createContentSource } from '../content/source.ts';
import type { ContentSource } from '../engine/index.ts';
import { reachableUrls } from './addresses.ts';
import { createApi } from './http/api.ts';
import { sendError } from './http/respond.ts';
import { teacherAllowed } from './http/teacher-auth.ts';
import { Classroom } from './session/classroom.ts';
import { type Clock, systemClock } from './session/clock.ts';
import { SqliteStore } from './store/sqlite.ts';
import type { SessionStore } from './store/types.ts';
import { createSockets } from './ws/sockets.ts';

/** The browser game as `npm run build` leaves it; the classroom pages will be served from here too. */
export const DIST_DIR = fileURLToPath(new URL('../../dist/', import.meta.url));

export interface ServerOptions {
  dataDir: string;
  teacherKey?: string | null;
  clock?: Clock;
  content?: ContentSource;
  /** A store to use instead of DATA/greatgame.db (another implementation of the interface). */
  store?: SessionStore;
  staticDir?: string | null;
  onError?: (error: unknown) => void;
}

export interface ClassroomServer {
  http: Server;
  classroom: Classroom;
  /** Sessions rebuilt from the store on start. */
  rebuilt: number;
  listen(port: number, host: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

const defaultError = (error: unknown) =>
  process.stderr.write(`greatgame serve: ${error instanceof Error ? error.message : String(error)}\n`);

/** Opens the store, rebuilds every open session from its log, and makes the HTTP server (not yet listening). */
export async function openClassroom(options: ServerOptions): Promise<ClassroomServer> {
  const clock = options.clock ?? systemClock;
  const onError = options.onError ?? defaultError;
  const teacherKey = options.teacherKey ?? null;
  const store = options.store ?? new SqliteStore(options.dataDir);
  const content = options.content ?? createContentSource(loadLibrary());
  const classroom = new Classroom(store, content, clock);
  const rebuilt = await classroom.start();
  let listening: { host: string; port: number } | null = null;
  const addresses = () => (listening ? reachableUrls(listening.host, listening.port) : []);
  const api = createApi({ classroom, clock, teacherKey, addresses, onError });
  const sockets = createSockets(classroom, clock, onError);
  const dir = options.staticDir === undefined ? DIST_DIR : options.staticDir;
  const files = dir && existsSync(dir) ? sirv(dir, { dev: false, etag: true }) : null;

  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return sendError(res, 400, 'malformed', 'bad request address');
    }
    if (url.pathname.startsWith('/api/')) return void api(req, res, url);
    // A browser cannot send a bearer header when it opens a page, so with a teacher key the page (the same
    // index.html as the game's) is served to anyone and asks for the key, which the API then checks.
    if (
      (url.pathname === '/teach' || url.pathname.startsWith('/teach/')) &&
      teacherKey === null &&
      !teacherAllowed(req, teacherKey)
    )
      return sendError(res, 403, 'forbidden', 'the teacher page answers this machine only');
    // The classroom pages are index.html too: game/main.ts picks the page from the path.
    if (url.pathname === '/teach' || url.pathname === '/join') req.url = `/${url.search}`;
    const notFound = () =>
      sendError(
        res,
        404,
        'not_found',
        files ? 'no such page' : 'the browser game is not built: run npm run build',
      );
    if (!files) return notFound();
    files(req, res, notFound);
  });
  http.on('upgrade', (req, socket, head) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return void socket.destroy();
    }
    sockets.upgrade(req, socket, head, url).catch((e) => {
      onError(e);
      socket.destroy();
    });
  });
  http.on('clientError', (_error, socket) => {
    if (!socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  return {
    http,
    classroom,
    rebuilt,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        const failed = (e: Error) => reject(e);
        http.once('error', failed);
        http.listen(port, host, () => {
          http.off('error', failed);
          const address = http.address() as AddressInfo;
          listening = { host, port: address.port };
          resolve(address);
        });
      }),
    async close() {
      sockets.close();
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
      await classroom.close();
      await store.close();
    },
  };
}
