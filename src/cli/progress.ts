import { progressDisplay, type ReadProgress } from '../pipeline/index.js';
import type { CliIO } from './io.js';

/**
 * Progress of reading large inputs on stderr: a line redrawn in place in a terminal, a line every
 * 10 s in a GitHub Actions log, nothing when stderr is piped elsewhere.
 */
export function cliProgress(io: CliIO): ReadProgress | undefined {
  if (io.stderr.isTTY === true) return progressDisplay({ write: (text) => io.stderr.write(text), live: true });
  if (io.env.GITHUB_ACTIONS === 'true') return progressDisplay({ write: (text) => io.stderr.write(text), live: false });
  return undefined;
}
