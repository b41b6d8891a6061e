// Types for tools.mjs, so that tests can import it from TypeScript.
export const CARBON_CI_FLAGS: string[];
export const AWK_ENV: Record<string, string>;
export function readFirstLine(path: string): Promise<string>;
export function awkSum(format: string, header: string): { args: string[]; program: string; column: string };
export function shellQuote(arg: string): string;
export function summarizeReport(report: Record<string, unknown>): {
  plugin: string | undefined;
  energyJ: number | undefined;
  devices: number;
  coverage: number | undefined;
  window: unknown;
  warnings: string[];
};
