/**
 * One problem in the content, located by file, by path inside that file (`rules[4].when.all[1].input`) and by
 * the id of what it concerns. Schema errors, the content checks (`checkContent`), variant ops and validation all speak this type.
 */
export interface Problem {
  file: string;
  path: string;
  message: string;
  /** The row, lever, event or zone the path runs through, when it has an id. */
  id?: string;
}

/** A problem as one line: `actors/russia.json: rules[4].when.input (russia.talk): unknown indicator 'morale'`. */
export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}${p.id ? ` (${p.id})` : ''}: ${p.message}`;
}
