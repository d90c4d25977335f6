import { ENGINE_VERSION } from '../content/version.ts';
import type { Verdict } from '../engine/index.ts';

/** A replay's verdict in words, naming the turn where it diverged: for the CLI and the browser alike. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'verified':
      return `verified, ${verdict.turns} turns match`;
    case 'content_changed':
      return `content differs from the recording, made by engineVersion ${verdict.recordedBy} (this is ${ENGINE_VERSION})`;
    case 'hash_mismatch':
      return `diverged on turn ${verdict.turn}: expected hash ${verdict.expected}, got ${verdict.actual}`;
    case 'illegal_decision':
      return `turn ${verdict.turn}: the recorded decision of ${verdict.actor} is illegal on replay: ${verdict.message}`;
    case 'too_long':
      return `records ${verdict.recorded} turns, but the scenario has ${verdict.turns}`;
  }
}
