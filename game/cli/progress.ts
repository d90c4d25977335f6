import { SingleBar } from 'cli-progress';

/**
 * A bar on a terminal; nothing when stderr is a file or a pipe, so logs stay clean. Ctrl-C stops the bar
 * first, so the terminal gets its cursor and line wrapping back.
 */
export function progressBar(label: string, total: number): { update(done: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: process.stderr,
    format: `${label} [{bar}] {value}/{total} runs | {percentage}% | eta {eta_formatted}`,
    hideCursor: true,
    clearOnComplete: true,
  });
  const interrupted = () => {
    bar.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  bar.start(total, 0);
  return {
    update: (done) => bar.update(done),
    stop: () => {
      process.off('SIGINT', interrupted);
      bar.stop();
    },
  };
}
