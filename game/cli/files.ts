import {
  accessSync,
  constants,
  lstatSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { tooDeep } from '../content/depth.ts';
import { readJson } from '../content/disk.ts';
import { fromZod } from '../content/issues.ts';
import { formatProblem } from '../engine/index.ts';
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
    throw usage(`${what} ${errors.map(formatProblem).join('\n')}`);
  }
  return parsed.data;
}

/** What an error code means to someone who typed a path. */
const WRITE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

const cannotWrite = (path: string, e: unknown) => {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return usage(`cannot write ${path}: ${WRITE_ERRORS[code] ?? (code || (e as Error).message)}`);
};

/**
 * Checks, before any long work, that a file can be written where the user asked, and says where it will go:
 * through a symbolic link to the file it names (a rename would replace the link), into a folder that exists
 * and may be written, and never over something that is not a regular file (a folder, a device).
 */
export function writableTarget(path: string): string {
  if (path === '') throw usage('an empty file name');
  /** What is at a path, or null when nothing is; any other trouble is the user's to hear about. */
  const at = (p: string, look: typeof statSync) => {
    try {
      return look(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw cannotWrite(path, e);
    }
  };
  // A link that points nowhere yet is written as a new file where it points.
  const target = at(path, lstatSync)?.isSymbolicLink() ? resolveLink(path) : path;
  const existing = at(target, statSync);
  if (existing && !existing.isFile()) throw usage(`cannot write ${path}: it is not a regular file`);
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch (e) {
    throw cannotWrite(path, e);
  }
  return target;
}

/** Where a symbolic link points, followed to the end, even when its last target does not exist yet. */
function resolveLink(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(dirname(path), readlinkSync(path));
  }
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export function writeFileAtomic(path: string, text: string): void {
  const target = writableTarget(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    throw cannotWrite(path, e);
  }
}
