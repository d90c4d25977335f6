/**
 * `npm start`: serves the browser game at http://localhost:8080 (PORT or --port to change it), from a
 * production build made on first start and again whenever the sources changed since the last build, through
 * the classroom server, so the classroom is offered there too (/teach; sessions kept in ./data). It listens on
 * this machine only and opens nothing remote: `npm run classroom` serves a room on the network.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = new URL('../', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.sources');
/** What a build is made from: a change to any of these means a new build. */
const SOURCES = [
  'index.html',
  'explore.html',
  'vite.config.ts',
  'package-lock.json',
  'game',
  'scenarios',
  'assets',
];

const USAGE =
  'usage: npm start [-- --port N]   (or PORT=N npm start)\nServes the browser game and the classroom on localhost, building the game first if the sources changed.\n';

function options() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'build-only': { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    if (!String((e as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw e;
    // A mistyped flag is a usage error, not a crash: Node's first sentence says what was wrong.
    const first = (e as Error).message.split('. ')[0] ?? '';
    process.stderr.write(`start: ${first.charAt(0).toLowerCase()}${first.slice(1)}\n${USAGE}`);
    process.exit(2);
  }
}

const values = options();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const portText = values.port ?? process.env.PORT ?? '8080';
const port = Number(portText);
if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
  process.stderr.write(`start: the port must be a number from 1 to 65535, got '${portText}'\n`);
  process.exit(2);
}

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => files(join(path, e.name)));
}

/** A fingerprint of the sources: their paths and contents. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(files).sort()) {
    hash.update(relative(ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

const wanted = fingerprint();
const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8') : '';
if (built !== wanted || !['index.html', 'explore.html'].every((page) => existsSync(join(DIST, page)))) {
  process.stdout.write(
    built
      ? 'Sources changed since the last build: building the game...\n'
      : 'Building the game (first start)...\n',
  );
  // Vite and the server are loaded only now: a mistyped flag is reported without waiting for them.
  const { build } = await import('vite');
  await build({ root: ROOT, logLevel: 'warn' });
  writeFileSync(STAMP, wanted);
}
if (values['build-only']) process.exit(0);

const DATA = join(ROOT, 'data');
const { openClassroom } = await import('../game/server/server.ts');
let server: Awaited<ReturnType<typeof openClassroom>>;
try {
  server = await openClassroom({ dataDir: DATA, staticDir: DIST });
} catch (error) {
  process.stderr.write(`start: cannot open the classroom data in ${DATA}: ${(error as Error).message}\n`);
  process.exit(2);
}
try {
  await server.listen(port, '127.0.0.1');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EADDRINUSE' ? `port ${port} is in use: try --port ${port + 1}` : (error as Error).message;
  process.stderr.write(`start: cannot serve: ${why}\n`);
  process.exit(2);
}
process.stdout.write(
  [
    `greatgame is ready at http://localhost:${port}/  (Ctrl+C to stop)`,
    `Run a classroom from http://localhost:${port}/teach (for students on the network: npm run classroom)`,
    '',
  ].join('\n'),
);
