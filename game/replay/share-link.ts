import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ReplayFile } from '../engine/index.ts';

/**
 * A share link carries a whole replay in its fragment: `#r=` + base64url of the deflated replay JSON (DESIGN.md
 * section 4). The hashes travel with it, so the link verifies itself when opened.
 */
export const SHARE_PREFIX = '#r=';

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeShareFragment(replay: ReplayFile): string {
  return `${SHARE_PREFIX}${toBase64Url(deflateSync(strToU8(JSON.stringify(replay)), { level: 9 }))}`;
}

/** The replay JSON a fragment carries, still to be checked like any replay file; or why it cannot be read. */
export function decodeShareFragment(
  fragment: string,
): { ok: true; data: unknown } | { ok: false; message: string } {
  if (!fragment.startsWith(SHARE_PREFIX))
    return { ok: false, message: `a share link's fragment starts with ${SHARE_PREFIX}` };
  try {
    return {
      ok: true,
      data: JSON.parse(strFromU8(inflateSync(fromBase64Url(fragment.slice(SHARE_PREFIX.length))))),
    };
  } catch {
    return { ok: false, message: 'the share link is damaged: its replay cannot be unpacked' };
  }
}
