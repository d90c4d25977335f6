import { describeVerdict } from '../replay/verdict.ts';
import { el } from './dom.ts';
import type { Playback } from './session.ts';

/** Above the decision panel while a replay plays back: which game it is and whether it verified. */
export function verdictBanner(playback: Playback | null): HTMLElement | null {
  if (!playback) return null;
  const ok = playback.verdict.kind === 'verified';
  return el(
    'div',
    { class: ok ? 'entry' : 'error', id: 'verdict', role: 'status' },
    `Replay of ${playback.replay.scenario}, seed ${playback.replay.seed}: ${describeVerdict(playback.verdict)}.`,
    ' Step through it with the timeline (, and .) or play it (Space).',
  );
}
