/**
 * The id of the innermost object with an `id` along a path such as `rules[4].when.all[1].input`, so that an
 * error can name the row (`russia.restrain-tajikistan`), lever, event or zone it concerns, not only its index.
 */
export function idAlong(data: unknown, path: string): string | null {
  const segments = path.match(/[^.[\]]+/g) ?? [];
  let here: unknown = data;
  let found: string | null = null;
  for (const segment of segments) {
    if (here === null || typeof here !== 'object') break;
    here = (here as Record<string, unknown>)[segment];
    const id =
      here !== null && typeof here === 'object' && !Array.isArray(here)
        ? (here as { id?: unknown }).id
        : undefined;
    if (typeof id === 'string') found = id;
  }
  return found;
}
