// The Action's entry (bundled to dist/index.js, main and post step alike): runs the logic in entry.ts.
import { fileURLToPath } from 'node:url';
import { run } from './entry.js';

// Beside this file in dist/, whichever chunk the code that spawns it lands in.
await run({ daemonScript: fileURLToPath(new URL('./measure-daemon.sh', import.meta.url)) });
