import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../game/content/disk.ts';
import { parseJsonBytes } from '../../game/content/json-bytes.ts';
import { validateFile } from '../../game/content/validate.ts';

/**
 * Fuzzing validation (fast-check seed 17, 2,000 cases): shipped files mutated in the ways authors and
 * attackers break them. Every case ends in a list of errors (or none, when the mutation happened to be
 * harmless), within 50 ms, and never in a crash or a hang.
 */
const library = readContentFiles().files;
const BASES = [
  'withdrawal-2021/scenario.json',
  'withdrawal-2021/events.json',
  'actors/russia.json',
  'flags.json',
].map((path) => {
  const file = library.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file;
});

type Key = string | number;

/** Every path into a JSON value, parents before children. */
function pathsOf(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  out.push(prefix);
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value))
      pathsOf(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}
const PATHS = BASES.map((b) => pathsOf(b.data));

function setAt(
  root: unknown,
  path: readonly Key[],
  make: (old: unknown) => unknown,
  remove = false,
): unknown {
  if (path.length === 0) return make(root);
  const copy = structuredClone(root) as Record<Key, unknown>;
  let holder = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<Key, unknown>;
  const last = path[path.length - 1] as Key;
  if (remove) {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else holder[last] = make(holder[last]);
  return copy;
}

/** Deep nesting as text: JSON.stringify itself would overflow on it. */
function nestedText(depth: number): string {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(i % 2 ? '[' : '{"not":');
    close.push(i % 2 ? ']' : '}');
  }
  return `${open.join('')}1${close.reverse().join('')}`;
}

const WRONG = [null, true, 'x', -1, 3.5, [], {}, 'af_atlantis', 'russia.nothing', '2021-13'];
const KINDS = [
  'delete',
  'wrong-type',
  'unknown-id',
  'huge-number',
  'deep',
  'utf16',
  'latin1',
  'truncate',
  'not-object',
] as const;
type Kind = (typeof KINDS)[number];
/** Mutations that can never leave a valid file. */
const ALWAYS_INVALID: readonly Kind[] = ['deep', 'utf16', 'latin1', 'truncate', 'not-object'];

function mutate(kind: Kind, base: (typeof BASES)[number], path: Key[], pick: number): Uint8Array {
  const json = (data: unknown) => new TextEncoder().encode(JSON.stringify(data, null, 2));
  const inner = path.length > 0 ? path : ['id'];
  switch (kind) {
    case 'delete':
      return json(setAt(base.data, inner, () => undefined, true));
    case 'wrong-type':
      return json(setAt(base.data, inner, (old) => WRONG.find((w) => typeof w !== typeof old) ?? null));
    case 'unknown-id':
      return json(setAt(base.data, inner, () => WRONG[pick % WRONG.length]));
    case 'huge-number':
      // Beyond any level, and beyond the integers a double holds exactly.
      return json(setAt(base.data, inner, () => (pick % 2 ? 1e308 : -(2 ** 53) - 2)));
    case 'deep': {
      const marked = JSON.stringify(setAt(base.data, inner, () => '__DEEP__'));
      return new TextEncoder().encode(marked.replace('"__DEEP__"', nestedText(33 + (pick % 5000))));
    }
    case 'utf16': {
      const text = JSON.stringify(base.data);
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      return bytes;
    }
    case 'latin1': {
      const bytes = json(base.data);
      const at = Math.min(bytes.length - 2, 2 + (pick % (bytes.length - 3)));
      const out = new Uint8Array(bytes.length + 1);
      out.set(bytes.subarray(0, at));
      out[at] = 0xe9; // a lone Latin-1 é: never valid UTF-8
      out.set(bytes.subarray(at), at + 1);
      return out;
    }
    case 'truncate': {
      const bytes = json(base.data);
      return bytes.subarray(0, 1 + (pick % (bytes.length - 1)));
    }
    case 'not-object':
      return json(WRONG[pick % 6]);
  }
}

const LIMIT_MS = 50;

/**
 * What `run` returns, and the CPU milliseconds this process spent in it (not wall time: other programs do not
 * count). A run over the limit is measured twice more and the least is kept: a GC pause or the browser tests'
 * load slows one run, a slow validator slows all three.
 */
function timedCpu<T>(run: () => T, limit: number): { result: T; ms: number } {
  const once = () => {
    const started = process.cpuUsage();
    const result = run();
    const spent = process.cpuUsage(started);
    return { result, ms: (spent.user + spent.system) / 1000 };
  };
  const first = once();
  let ms = first.ms;
  for (let retry = 0; retry < 2 && ms >= limit; retry++) ms = Math.min(ms, once().ms);
  return { result: first.result, ms };
}

describe('validation survives 2,000 mutated content files (fast-check seed 17)', () => {
  it('each gets its errors in under 50 ms, and never crashes or hangs', () => {
    const where = (path: string) => ({
      relative: path,
      name: path.split('/').pop() ?? path,
      dirName: path.split('/')[0] ?? '',
    });
    // Warm the compile step up once, so the first case is not charged for the JIT.
    validateFile('warm-up', BASES[0]?.data, library, where(BASES[0]?.path ?? ''));
    let slowest = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        fc.nat({ max: BASES.length - 1 }),
        fc.constantFrom(...KINDS),
        fc.nat(),
        fc.nat(),
        (b, kind, at, pick) => {
          const base = BASES[b] as (typeof BASES)[number];
          const paths = PATHS[b] as Key[][];
          const bytes = mutate(kind, base, paths[at % paths.length] ?? [], pick);
          const validate = () => {
            const parsed = parseJsonBytes(bytes, base.path);
            return parsed.ok
              ? validateFile(base.path, parsed.data, library, where(base.path))
              : [parsed.error];
          };
          const { result: errors, ms: took } = timedCpu(validate, LIMIT_MS);
          slowest = Math.max(slowest, took);
          expect(Array.isArray(errors)).toBe(true);
          for (const e of errors) expect(typeof e.message).toBe('string');
          if (ALWAYS_INVALID.includes(kind)) expect(errors.length, kind).toBeGreaterThan(0);
          if (errors.length > 0) invalid++;
          expect(took, `${kind} at ${base.path}`).toBeLessThan(LIMIT_MS);
        },
      ),
      { seed: 17, numRuns: 2000 },
    );
    expect(invalid).toBeGreaterThan(1500);
    expect(slowest).toBeLessThan(LIMIT_MS);
    // 2,000 validations: the limit above is CPU time per file; the whole took 48 s of wall time under load.
  }, 120_000);
});
