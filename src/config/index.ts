export { loadConfig, CONFIG_FILE_NAME } from './load.js';
export type { CarbonCiConfig } from './types.js';
