/** Nesting deeper than this is refused before any schema runs, so a hostile file cannot exhaust the stack. */
export const MAX_DEPTH = 32;

/** The path of the first value nested deeper than `limit`, or null. Iterative, so it never overflows itself. */
export function tooDeep(value: unknown, limit = MAX_DEPTH): string | null {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length) {
    const item = stack.pop();
    if (!item || item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= limit) return item.path || '(top level)';
    const entries = Array.isArray(item.value)
      ? item.value.map((v, i) => [`[${i}]`, v] as const)
      : Object.entries(item.value).map(([k, v]) => [item.path ? `.${k}` : k, v] as const);
    for (const [key, child] of entries)
      stack.push({ value: child, depth: item.depth + 1, path: item.path + key });
  }
  return null;
}
