export { runCli, EXIT_OK, EXIT_INPUT, EXIT_INTERNAL } from './run.js';
export { createProgram } from './program.js';
export { processIO, type CliIO, type TextSink } from './io.js';
