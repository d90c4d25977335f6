import type { Problem } from '../engine/index.ts';

export type ParsedJson = { ok: true; data: unknown } | { ok: false; error: Problem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Parses a file's bytes as UTF-8 JSON (a byte-order mark is allowed), with an error that says what is wrong
 * in words: another encoding, bytes that are not UTF-8, JSON syntax, or nesting too deep to parse.
 */
export function parseJsonBytes(bytes: Uint8Array, label: string): ParsedJson {
  const fail = (message: string): ParsedJson => ({
    ok: false,
    error: { file: label, path: '(file)', message },
  });
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('is UTF-16 text: save it as UTF-8');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail('is not valid UTF-8 text');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (e) {
    if (e instanceof RangeError) return fail('is nested too deeply to read');
    return fail(`is not valid JSON: ${(e as Error).message}`);
  }
}
