import type { Problem } from '../problem.ts';

/** Collects the problems of one file: each check reports into one of these and returns its list. */
export class Problems {
  readonly list: Problem[] = [];
  constructor(readonly file: string) {}

  report(path: string, message: string): void {
    this.list.push({ file: this.file, path, message });
  }
}
