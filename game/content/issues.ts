import type { z } from 'zod';
import type { Problem } from '../engine/index.ts';
import { idAlong } from '../engine/locate.ts';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
}

type Issue = z.core.$ZodIssue;

/**
 * How badly a union branch misfits the data: keys it lacks or does not know. The branch with the least
 * misfit is the shape the author most likely meant, so its errors are the ones worth reporting.
 */
function misfit(issues: readonly Issue[]): number {
  let score = 0;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') score += issue.keys.length;
    else if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) score += 1;
  }
  return score;
}

function flatten(issue: Issue, prefix: readonly PropertyKey[]): { path: PropertyKey[]; issue: Issue }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Report the branch that got furthest, rather than "invalid input" for every alternative.
    const best = [...issue.errors].sort((a, b) => misfit(a) - misfit(b))[0] ?? [];
    if (best.length > 0) return best.flatMap((inner) => flatten(inner, path));
  }
  return [{ path, issue }];
}

function explain(issue: Issue): string {
  const found = `found ${describe((issue as { input?: unknown }).input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, ${found}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${found}`;
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const most = issue.code === 'too_small' ? 'at least' : 'at most';
      const input = (issue as { input?: unknown }).input;
      if (issue.origin === 'string') return `expected ${most} ${bound} characters, ${found}`;
      if (issue.origin === 'array')
        return `expected ${most} ${bound} item(s), found ${Array.isArray(input) ? input.length : 'a list'}`;
      return `expected a number ${issue.code === 'too_small' ? '>=' : '<='} ${bound}, ${found}`;
    }
    case 'invalid_format':
      // Our schemas describe their formats in words ("a kebab-case id such as fall-of-kabul").
      return `expected ${issue.message.replace(/^Invalid string: /, '')}, ${found}`;
    case 'invalid_union':
      return `expected one of the allowed shapes, ${found}`;
    default:
      return `${issue.message}; ${found}`;
  }
}

/** Turns zod's issues into one error per problem, located in `file`. */
export function fromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) =>
    flatten(issue, []).map(({ path, issue: inner }) => ({
      file,
      path: formatPath(path),
      message: explain(inner),
    })),
  );
}

/** Names, in each error, the id of the row, lever, event or zone its path runs through in `data`. */
export function withIds(errors: readonly Problem[], data: unknown): Problem[] {
  return errors.map((e) => {
    const id = idAlong(data, e.path);
    return id === null ? e : { ...e, id };
  });
}
