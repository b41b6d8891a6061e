import type { TelemetryPlugin } from 'carbon-ci';
import nvidiaSmi from './nvidia-smi/index.js';

/** The plugins that ship with carbon-ci, in the order `--plugin auto` breaks ties. */
export const builtinPlugins: TelemetryPlugin[] = [nvidiaSmi as TelemetryPlugin];
