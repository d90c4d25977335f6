import { networkInterfaces } from 'node:os';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);
const ANY = new Set(['0.0.0.0', '::', '']);

const url = (host: string, port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;

/** This machine's addresses on the networks around it (IPv4: what a phone on the same Wi-Fi types). */
function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((a) => !a.internal && a.family === 'IPv4')
    .map((a) => a.address);
}

/**
 * One URL per address clients can reach the server at: the LAN ones first when it listens beyond this
 * machine, since those are what a room needs; then this machine's own.
 */
export function reachableUrls(host: string, port: number): string[] {
  if (LOOPBACK.has(host) || host.startsWith('127.')) return [url(host === '::1' ? '::1' : 'localhost', port)];
  if (ANY.has(host)) return [...lanAddresses().map((a) => url(a, port)), url('localhost', port)];
  return [url(host, port)];
}

/** The teacher page answers this machine only (unless a key is set), so its URL is a local one when it can be. */
export function teacherUrl(host: string, port: number): string {
  const local = LOOPBACK.has(host) || host.startsWith('127.') || ANY.has(host);
  return `${local ? url('localhost', port) : url(host, port)}teach`;
}
