import type { Library } from '../../content/library.ts';
import { actorLabel } from '../names.ts';
import { roleBrief } from './brief.ts';

/** One slip of the printed join sheet: what a team needs to find its role. */
export interface Slip {
  role: string;
  name: string;
  code: string;
  url: string;
  brief: string;
}

/** What a code looks like once typed loosely: "ab3 k7q" is AB3K7Q (the server compares it the same way). */
export const normaliseCode = (text: string) => text.replace(/[\s-]/g, '').toUpperCase();

/** The student join page for a code, on the address students reach the server at. */
export function joinUrl(base: string, code: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}join?code=${encodeURIComponent(code)}`;
}

/** Loopback names a phone cannot reach: a join link on one of these works on this laptop only. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || host.startsWith('127.') || host.endsWith('.localhost');
}

/**
 * The address students open when the teacher typed none: the page's own when a phone can reach it, else the first
 * address the server found on the network (GET /api/addresses, LAN ones first), else the page's own after all.
 */
export function suggestedBase(pageOrigin: string, serverUrls: readonly string[]): string {
  const reachable = (url: string) => {
    try {
      const parsed = new URL(url);
      return isLoopbackHost(parsed.hostname) ? null : parsed.origin;
    } catch {
      return null;
    }
  };
  return reachable(pageOrigin) ?? serverUrls.map(reachable).find((u) => u !== null) ?? pageOrigin;
}

/**
 * The address to print on the sheet: the one the teacher typed, else the suggested one (suggestedBase). Only the
 * scheme, host and port count, whatever else was typed.
 */
export function joinBase(typed: string | null, pageOrigin: string): string {
  const text = (typed ?? '').trim();
  if (!text) return pageOrigin;
  try {
    return new URL(/^[a-z]+:\/\//i.test(text) ? text : `http://${text}`).origin;
  } catch {
    return pageOrigin;
  }
}

/**
 * A typed address is remembered in the browser, so on another day, on another network, it may name an address
 * the server no longer has. Returns a line saying so when the server listed its network addresses and the typed
 * one is not among them (nor the page's own), else null.
 */
export function staleTypedBase(
  typed: string | null,
  pageOrigin: string,
  serverUrls: readonly string[],
): string | null {
  if (!(typed ?? '').trim() || serverUrls.length === 0) return null;
  const base = joinBase(typed, pageOrigin);
  const origins = serverUrls.flatMap((url) => {
    try {
      return [new URL(url).origin];
    } catch {
      return [];
    }
  });
  if (base === pageOrigin || origins.includes(base)) return null;
  const reachable = origins.filter((o) => !isLoopbackHost(new URL(o).hostname));
  const now = reachable.length > 0 ? reachable.join(', ') : origins.join(', ');
  return `The address typed here, ${base}, is not one this server has now: it answers at ${now}. Clear the field to use the first of them.`;
}

/** The slips of a session, in the order of the roles: name, code, link and brief for each. */
export function joinSheet(
  library: Library,
  scenario: string,
  codes: Readonly<Record<string, string>>,
  base: string,
): Slip[] {
  const title = library.scenarios.get(scenario)?.scenario.title ?? scenario;
  return Object.keys(codes)
    .sort()
    .map((role) => {
      const actor = library.actors.get(role);
      const code = codes[role] ?? '';
      return {
        role,
        name: actorLabel(library, role),
        code,
        url: joinUrl(base, code),
        brief: actor ? roleBrief(actor, title) : `You play ${role} in “${title}”.`,
      };
    });
}
