import { type Command, InvalidArgumentError } from 'commander';
import { usage } from '../errors.ts';

/** `--port`: 1 to 65535, or 0 for any free port (the banner says which). */
function parsePort(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 65535)
    throw new InvalidArgumentError('expected a port from 0 to 65535.');
  return Number(text);
}

function defaultPort(): number {
  const env = process.env.PORT;
  if (env === undefined || env === '') return 8080;
  try {
    return parsePort(env);
  } catch {
    throw usage(`PORT=${env}: expected a port from 0 to 65535`);
  }
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'run the classroom server: students join from their own devices, the teacher runs the session',
    )
    .option('--host <host>', 'address to listen on (0.0.0.0 for the room)', '127.0.0.1')
    .option('--port <n>', 'port to listen on (default: PORT or 8080)', parsePort)
    .option('--data <dir>', 'folder of the session database (greatgame.db)', './data')
    .option(
      '--teacher-key <key>',
      'let the teacher page be used from other machines, with this key as Bearer',
    )
    .addHelpText(
      'after',
      [
        '',
        'Examples:',
        '  greatgame serve                          # this machine only, http://localhost:8080/',
        '  greatgame serve --host 0.0.0.0           # the room: prints the LAN address and a QR code',
        '  greatgame serve --port 9000 --data ~/classroom',
        '',
        'The protocol is in docs/classroom.md.',
      ].join('\n'),
    )
    .action(async (options: { host: string; port?: number; data: string; teacherKey?: string }) => {
      const port = options.port ?? defaultPort();
      // The server is loaded only when it runs, so other commands never load SQLite or ws. This command is the
      // one place game/cli may import game/server (.dependency-cruiser.cjs names it).
      const { startServe } = await import('../../server/start.ts');
      const started = await startServe({
        host: options.host,
        port,
        dataDir: options.data,
        teacherKey: options.teacherKey ?? null,
      });
      if (!started.ok) throw usage(started.message);
      await started.stopped;
    });
}
