import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { readContentFiles, readJson, SCENARIOS_DIR } from '../../content/disk.ts';
import { reportsDir } from '../../content/reports-dir.ts';
import { validateFile } from '../../content/validate.ts';
import { formatProblem, type Problem } from '../../engine/index.ts';
import { CliError } from '../errors.ts';

interface FileVerdict {
  file: string;
  valid: boolean;
  readable: boolean;
  errors: Problem[];
}

/** Where a file sits under scenarios/, if it does (`actors/russia.json`), else null. */
function insideScenarios(file: string): string | null {
  const rel = relative(SCENARIOS_DIR, resolve(file));
  return rel.startsWith('..') || rel.startsWith(sep) ? null : rel.split(sep).join('/');
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(
      'check content files against the schemas and the checks a game runs; every error names the file, the path inside it, what was expected and what was found',
    )
    .argument('<files...>', 'scenario, events, actor, variant or flags files')
    .option('--json', 'print one JSON list [{file, valid, readable, errors: [{file, path, id?, message}]}]')
    .addHelpText(
      'after',
      '\nExit codes: 0 all valid, 1 some file invalid, 2 some file unreadable.\n\nExample:\n  greatgame validate scenarios/actors/russia.json scenarios/variants/us-stays.json',
    )
    .action((files: string[], options: { json?: boolean }) => {
      const library = readContentFiles().files;
      // Quotes are checked word for word when the reports are at hand.
      const reports = reportsDir();
      const report = (source: string) => {
        const path = join(reports, source);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      };
      const verdicts: FileVerdict[] = files.map((file) => {
        const read = readJson(file);
        if (!read.ok)
          return { file, valid: false, readable: !read.unreadable, errors: [{ ...read.error, file }] };
        const where = {
          relative: insideScenarios(file),
          name: basename(file),
          dirName: basename(dirname(resolve(file))),
        };
        const errors = validateFile(file, read.data, library, where, report);
        return { file, valid: errors.length === 0, readable: true, errors };
      });
      if (options.json) process.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
      else {
        for (const v of verdicts) {
          if (v.valid) process.stdout.write(`${v.file}: valid\n`);
          else for (const e of v.errors) process.stdout.write(`${formatProblem(e)}\n`);
        }
        const bad = verdicts.filter((v) => !v.valid).length;
        process.stdout.write(`${verdicts.length - bad} of ${verdicts.length} file(s) valid\n`);
      }
      if (verdicts.some((v) => !v.readable)) throw new CliError(2, 'some files could not be read');
      if (verdicts.some((v) => !v.valid))
        throw new CliError(1, `${verdicts.filter((v) => !v.valid).length} file(s) invalid`);
    });
}
