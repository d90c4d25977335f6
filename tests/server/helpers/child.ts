import { type ChildProcess, spawn } from 'node:child_process';
import { BIN } from '../../cli/helpers.ts';

export interface Served {
  child: ChildProcess;
  port: number;
  base: string;
  ws: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

// Generous: tsx compiles the server afresh in each child, and CI machines are shared and often loaded.
const READY_MS = 90_000;

/** The real `greatgame serve` as a child process on a free port; resolves once it printed its address. */
export function spawnServe(dataDir: string, args: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data', dataDir, ...args], {
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start: ${out}${err}`));
    }, READY_MS);
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/localhost:(\d+)\//.exec(out);
      if (!match) return;
      clearTimeout(timer);
      const port = Number(match[1]);
      resolve({
        child,
        port,
        base: `http://127.0.0.1:${port}`,
        ws: `ws://127.0.0.1:${port}/ws`,
        stdout: () => out,
        stderr: () => err,
        exited,
      });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${err}`));
    });
  });
}
