import { Command } from 'commander';
import { builtinPlugins } from '../../plugins/index.js';
import { TOOL_VERSION } from '../report/version.js';
import { registerEstimateCommand } from './commands/estimate.js';
import { registerReportCommand } from './commands/report.js';
import { registerRunCommand } from './commands/run-command.js';
import { registerPluginsCommand } from './commands/plugins.js';
import { registerSmokeCommand } from './commands/smoke.js';
import type { CliIO } from './io.js';

/**
 * The `carbon-ci` command tree, writing to `io` and never calling process.exit: commander's own
 * exits become CommanderErrors that `runCli` maps to exit codes.
 */
export function createProgram(io: CliIO): Command {
  const program = new Command('carbon-ci')
    .description('Energy and carbon reports for ML training and inference in CI.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(add --help for usage)')
    // `carbon-ci run -- cmd --flag`: options after the command are the command's, not carbon-ci's.
    .enablePositionalOptions();

  registerReportCommand(program, io);
  registerRunCommand(program, io);
  registerEstimateCommand(program, io);

  registerSmokeCommand(program, io);
  registerPluginsCommand(program, () => builtinPlugins, { stdout: io.stdout, cwd: io.cwd });

  return program;
}
