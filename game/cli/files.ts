import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { tooDeep } from '../content/depth.ts';
import { readJson } from '../content/disk.ts';
import { formatError, fromZod } from '../content/issues.ts';
import { usage } from './errors.ts';

/** A file the user named that cannot be read or parsed: "replay file game.json: no such file". */
export const unreadable = (what: string, path: string, message: string) =>
  usage(`${what} ${path}: ${message}`);

/** Reads a JSON file the user named and checks it against a schema; any problem is a usage error (exit 2). */
export function readUserJson<T extends z.ZodType>(path: string, what: string, schema: T): z.infer<T> {
  const read = readJson(path);
  if (!read.ok) throw unreadable(what, path, read.error.message);
  const deep = tooDeep(read.data);
  if (deep !== null) throw usage(`${what} ${path}: ${deep}: nested deeper than 32 levels`);
  const parsed = schema.safeParse(read.data, { reportInput: true });
  if (!parsed.success) {
    const errors = fromZod(path, parsed.error);
    throw usage(`${what} ${errors.map(formatError).join('\n')}`);
  }
  return parsed.data;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    throw usage(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
