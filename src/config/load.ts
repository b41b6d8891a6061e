import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../shared/errors.js';
import type { CarbonCiConfig } from './types.js';

export const CONFIG_FILE_NAME = '.carbon-ci.yml';

/** Read `.carbon-ci.yml` from `dir`, or the file named explicitly; `undefined` when the default file is absent. */
export async function loadConfig(dir: string, explicitPath?: string): Promise<CarbonCiConfig | undefined> {
  const file = explicitPath ?? join(dir, CONFIG_FILE_NAME);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!explicitPath && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read the config file: ${(error as Error).message}`, { file, hint: 'check the path' });
  }
  const { parseConfig } = await import('./parse.js');
  return parseConfig(text, file);
}
