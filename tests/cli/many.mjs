// Runs several greatgame command lines in one Node process, one after another, each the way bin/greatgame.mjs runs
// one: tsx registered, then game/cli/main.ts imported (afresh, by a query of its own) with that command line in
// process.argv. What each prints is collected, and its exit code is the process.exitCode it set. For tests of what
// a command says (its refusals, say): a process per case paid Node's, tsx's and the content's start-up every time,
// about 1.3 s of CPU each. The tests about the bin itself (exit codes at exit, a closed stdout) still spawn it.
//
// argv[2] is a JSON array of command lines; stdout gets one JSON array of {status, stdout, stderr}.
import { register } from 'tsx/esm/api';

register();
const MAIN = new URL('../../game/cli/main.ts', import.meta.url).href;
const BIN = new URL('../../bin/greatgame.mjs', import.meta.url).pathname;
const calls = JSON.parse(process.argv[2] ?? '[]');
const stdoutWrite = process.stdout.write;
const stderrWrite = process.stderr.write;

/** A stream's write() that appends to a string instead, with the signature and the callback of the real one. */
const collect = (append) => (chunk, encoding, callback) => {
  append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
  const done = typeof encoding === 'function' ? encoding : callback;
  if (done) queueMicrotask(done);
  return true;
};

const results = [];
for (const [index, args] of calls.entries()) {
  let stdout = '';
  let stderr = '';
  const errorListeners = process.stdout.listeners('error');
  process.stdout.write = collect((text) => {
    stdout += text;
  });
  process.stderr.write = collect((text) => {
    stderr += text;
  });
  process.argv = [process.execPath, BIN, ...args];
  process.exitCode = undefined;
  let status;
  try {
    await import(`${MAIN}?call=${index}`);
    status = process.exitCode ?? 0;
  } catch (error) {
    // What Node does with an error nothing caught: its stack on stderr, and exit code 1.
    stderr += `${error?.stack ?? error}\n`;
    status = 1;
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
    // main.ts adds a listener for a closed stdout each time it runs: keep only the first run's.
    for (const listener of process.stdout.listeners('error'))
      if (!errorListeners.includes(listener)) process.stdout.off('error', listener);
    process.exitCode = undefined;
  }
  results.push({ status, stdout, stderr });
}
process.stdout.write(JSON.stringify(results));
