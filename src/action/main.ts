// The Action's entry (bundled to dist/index.js): runs the logic in entry.ts.
import { run } from './entry.js';

await run();
