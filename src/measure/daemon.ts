// The Action's detached measuring process (bundled to dist/measure-daemon.js): samples until SIGTERM, then writes what it measured.
import { runMeasureDaemon } from './detached.js';

try {
  await runMeasureDaemon(process.argv.slice(2), process.env);
} catch (error) {
  // Its stderr is daemon.log, which the step that started it quotes.
  process.stderr.write(`carbon-ci measure-daemon: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
