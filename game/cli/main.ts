import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../content/version.ts';
import { registerBriefing } from './commands/briefing.ts';
import { registerCitations } from './commands/citations.ts';
import { registerDebrief } from './commands/debrief.ts';
import { registerExplain } from './commands/explain.ts';
import { registerExplore } from './commands/explore.ts';
import { registerHistory } from './commands/history.ts';
import { registerMerge } from './commands/merge.ts';
import { registerReplay } from './commands/replay.ts';
import { registerRules } from './commands/rules.ts';
import { registerRun } from './commands/run.ts';
import { registerScenarios } from './commands/scenarios.ts';
import { registerSensitivity } from './commands/sensitivity.ts';
import { registerServe } from './commands/serve.ts';
import { registerValidate } from './commands/validate.ts';
import { CliError } from './errors.ts';

function buildProgram(): Command {
  const program = new Command('greatgame')
    .description("A seeded wargame of Russia's Afghanistan policy, grounded in five public policy reports.")
    .version(ENGINE_VERSION)
    .showHelpAfterError('(add --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`greatgame: ${text.replace(/^error: /, '')}`) });
  registerScenarios(program);
  registerRun(program);
  registerReplay(program);
  registerExplain(program);
  registerExplore(program);
  registerMerge(program);
  registerSensitivity(program);
  registerHistory(program);
  registerRules(program);
  registerBriefing(program);
  registerDebrief(program);
  registerCitations(program);
  registerValidate(program);
  registerServe(program);
  for (const command of program.commands)
    command.exitOverride().configureOutput({
      outputError: (text, write) => write(`greatgame ${command.name()}: ${text.replace(/^error: /, '')}`),
    });
  return program;
}

/** Runs the CLI and returns the exit code: 0 success, 1 a "no" verdict, 2 bad usage or input. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) {
      process.stderr.write(`greatgame: ${e.message}\n`);
      return e.exitCode;
    }
    process.stderr.write(
      `greatgame: internal error: ${(e as Error).message}\n${(e as Error).stack ?? ''}\nPlease report this with the command you ran.\n`,
    );
    return 70;
  }
}

// A reader that goes away (`greatgame scenarios | head -1`) is not an error of ours: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv);
