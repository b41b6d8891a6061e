// Types for generate-fleet.mjs, so that tests can import it from TypeScript.
export const FLEET_GENERATOR_VERSION: string;
export const FLEET_T0_S: number;
export function writeFleet(
  path: string,
  options?: { gpus?: number; days?: number; intervalS?: number; seed?: number },
): Promise<{ samplesPerSeries: number; energyJ: Record<string, { node: string; energyJ: number }> }>;
