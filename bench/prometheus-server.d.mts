// Types for prometheus-server.mjs, so that tests can import it from TypeScript.
export interface PrometheusServer {
  url: string;
  /** The TSDB folder, which another server may copy (`startPrometheus({ copyFrom })`). */
  dataDir: string;
  log(): string;
  stop(): Promise<void>;
}
export function freePort(): Promise<number>;
export function backfill(input: string, dataDir: string): void;
export function startPrometheus(source: { openMetrics: string } | { copyFrom: string } | { dataDir: string }, flags?: string[]): Promise<PrometheusServer>;
