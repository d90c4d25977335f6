import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

export function bearer(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1]! : null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The teacher's page and API: from this machine only, or, when the server was started with a teacher key,
 * from anywhere with `Authorization: Bearer KEY` (and then the key is needed on this machine too).
 */
export function teacherAllowed(req: IncomingMessage, teacherKey: string | null): boolean {
  if (teacherKey === null) return isLoopback(req.socket.remoteAddress);
  const given = bearer(req);
  return given !== null && same(given, teacherKey);
}
