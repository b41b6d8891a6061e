// The CLI's entry. A report of large files reads them on worker threads: one is started first, so
// that it boots on another core while the rest of carbon-ci loads (see prewarmReader).
import { prewarmReader } from '../pipeline/parallel/worker-pool.js';

const argv = process.argv.slice(2);
const oneReader = argv.some((arg, i) => arg === '--workers=1' || (arg === '--workers' && argv[i + 1] === '1'));
if (argv[0] === 'report' && !oneReader) prewarmReader();
const { runCli } = await import('./run.js');
process.exitCode = await runCli(argv);
