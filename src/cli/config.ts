import { resolve } from 'node:path';
import { loadConfig, type CarbonCiConfig } from '../config/index.js';
import type { CliIO } from './io.js';

/** `.carbon-ci.yml` from the working directory, or the file named by `--config`; flags win over it. */
export async function cliConfig(io: CliIO, explicitPath: string | undefined): Promise<CarbonCiConfig> {
  return (await loadConfig(io.cwd, explicitPath === undefined ? undefined : resolve(io.cwd, explicitPath))) ?? {};
}

/** Repeatable flags: commander calls this once per occurrence. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function telemetryOf(config: CarbonCiConfig): string[] {
  if (config.telemetry === undefined) return [];
  return Array.isArray(config.telemetry) ? config.telemetry : [config.telemetry];
}
