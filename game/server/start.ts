import { accessSync, constants, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import QRCode from 'qrcode';
import { reachableUrls, teacherUrl } from './addresses.ts';
import { type ClassroomServer, openClassroom } from './server.ts';

export interface ServeOptions {
  host: string;
  port: number;
  dataDir: string;
  teacherKey: string | null;
}

export type Started = { ok: true; stopped: Promise<void> } | { ok: false; message: string };

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOENT') return 'it cannot be created there';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'not a folder';
  return (e as Error).message;
}

/** The data folder must exist and take writes before anything else starts. */
function writableData(dir: string): string | null {
  try {
    // One level at a time: a recursive mkdir under /proc never returns on Node 20.
    const missing: string[] = [];
    let existing = dir;
    while (!existsSync(existing) && dirname(existing) !== existing) {
      missing.unshift(existing);
      existing = dirname(existing);
    }
    if (!statSync(existing).isDirectory())
      return `cannot write the data folder ${dir}: ${existing} is not a folder`;
    for (const folder of missing) mkdirSync(folder);
    accessSync(dir, constants.W_OK);
    return null;
  } catch (e) {
    return `cannot write the data folder ${dir}: ${why(e)}`;
  }
}

/** What the teacher reads in the terminal: where to go, and a QR code of the join page for the room. */
async function banner(options: ServeOptions, port: number, rebuilt: number): Promise<string> {
  const urls = reachableUrls(options.host, port);
  const join = `${urls[0]}join`;
  const qr = await QRCode.toString(join, { type: 'terminal', small: true });
  return [
    'greatgame classroom is running (Ctrl+C to stop). Open it at:',
    ...urls.map((u) => `  ${u}`),
    `teacher page: ${teacherUrl(options.host, port)}${options.teacherKey ? '  (with the teacher key)' : ''}`,
    `students join at ${join}`,
    ...(rebuilt > 0
      ? [`resumed ${rebuilt} open session${rebuilt === 1 ? '' : 's'} from ${options.dataDir}`]
      : []),
    qr,
  ].join('\n');
}

/**
 * `greatgame serve`: opens the store, rebuilds the open sessions, listens, prints where to go. Resolves
 * `stopped` after Ctrl+C or SIGTERM has closed everything; a port in use or a data folder that cannot be
 * written is one line back to the caller.
 */
export async function startServe(options: ServeOptions): Promise<Started> {
  const dataDir = resolve(options.dataDir);
  const unwritable = writableData(dataDir);
  if (unwritable) return { ok: false, message: unwritable };
  let server: ClassroomServer;
  try {
    server = await openClassroom({ dataDir, teacherKey: options.teacherKey });
  } catch (e) {
    return { ok: false, message: `cannot open the database in ${dataDir}: ${why(e)}` };
  }
  let port: number;
  try {
    port = (await server.listen(options.port, options.host)).port;
  } catch (e) {
    await server.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      return { ok: false, message: `port ${options.port} is in use: try --port ${options.port + 1}` };
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      return { ok: false, message: `cannot listen on ${options.host}: no such address here` };
    if (code === 'EACCES')
      return { ok: false, message: `port ${options.port} needs privileges: pick one above 1023` };
    return { ok: false, message: `cannot listen on ${options.host}:${options.port}: ${why(e)}` };
  }
  process.stdout.write(`${await banner({ ...options, dataDir }, port, server.rebuilt)}\n`);
  const stopped = new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return { ok: true, stopped };
}
