import { fromZod } from '../content/issues.ts';
import { parseJsonBytes } from '../content/json-bytes.ts';
import { formatProblem } from '../engine/index.ts';
import { ReplayWithForecasts } from '../replay/forecasts.ts';
import { replayVersionProblem } from '../replay/replay-file.ts';
import { encodeShareFragment } from '../replay/share-link.ts';

/** Checks replay JSON exactly as `greatgame replay` does: format and version first, then the schema. */
export function parseReplay(
  data: unknown,
  label: string,
): { ok: true; replay: ReplayWithForecasts } | { ok: false; message: string } {
  const problem = replayVersionProblem(data);
  if (problem) return { ok: false, message: `${label} ${problem}` };
  const parsed = ReplayWithForecasts.safeParse(data, { reportInput: true });
  if (!parsed.success)
    return { ok: false, message: fromZod(label, parsed.error).map(formatProblem).join('\n') };
  return { ok: true, replay: parsed.data };
}

export async function readReplayFile(
  file: File,
): Promise<{ ok: true; replay: ReplayWithForecasts } | { ok: false; message: string }> {
  const parsed = parseJsonBytes(new Uint8Array(await file.arrayBuffer()), file.name);
  if (!parsed.ok) return { ok: false, message: formatProblem(parsed.error) };
  return parseReplay(parsed.data, file.name);
}

export function downloadReplay(replay: ReplayWithForecasts): void {
  const blob = new Blob([`${JSON.stringify(replay, null, 2)}\n`], { type: 'application/json' });
  downloadFile(blob, `greatgame-${replay.scenario}-${replay.seed}-turn${replay.hashes.length}.json`);
}

/** Saves a file the page made, as a download. */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after click() returns: free the file a little later, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The share link of a replay: this page, with the replay in its fragment. */
export function shareLink(replay: ReplayWithForecasts): string {
  return `${location.origin}${location.pathname}${encodeShareFragment(replay)}`;
}
