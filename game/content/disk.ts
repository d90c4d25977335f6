import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../engine/index.ts';
import { parseJsonBytes } from './json-bytes.ts';
import { buildLibrary, type Library, type RawFile } from './library.ts';

/** The scenarios/ folder of this checkout, wherever the command is run from. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listJson(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

/** Reads and JSON-parses one file; errors say which file and what went wrong, never with a stack. */
export function readJson(
  path: string,
  label = path,
): { ok: true; data: unknown } | { ok: false; error: Problem; unreadable: boolean } {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) {
      return { ok: false, unreadable: true, error: { file: label, path: '(file)', message: 'not a file' } };
    }
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot be read (${code ?? 'error'})`;
    return { ok: false, unreadable: true, error: { file: label, path: '(file)', message } };
  }
  const parsed = parseJsonBytes(bytes, label);
  return parsed.ok ? parsed : { ...parsed, unreadable: false };
}

/** Reads and JSON-parses every content file under `dir`; paths are relative to it (`actors/russia.json`). */
export function readContentFiles(dir: string = SCENARIOS_DIR): { files: RawFile[]; errors: Problem[] } {
  const files: RawFile[] = [];
  const errors: Problem[] = [];
  for (const full of listJson(dir).sort()) {
    const path = relative(dir, full).split(sep).join('/');
    const read = readJson(full, path);
    if (read.ok) files.push({ path, data: read.data });
    else errors.push(read.error);
  }
  return { files, errors };
}

/** Loads every content file under `dir` into a library. */
export function loadLibrary(dir: string = SCENARIOS_DIR): Library {
  const { files, errors } = readContentFiles(dir);
  const library = buildLibrary(files);
  return { ...library, errors: [...errors, ...library.errors] };
}
