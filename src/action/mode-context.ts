import type { Logger } from '../shared/logger.js';
import type { GitHubContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import type { GitHubServices } from './services.js';

/** What every mode works with. */
export interface ModeContext {
  io: ActionIO;
  log: Logger;
  inputs: ActionInputs;
  context: GitHubContext;
  services: GitHubServices | undefined;
  now: () => Date;
}
