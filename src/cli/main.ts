// The CLI's entry: everything it does is in run.ts, so that tests can call it in-process.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2));
