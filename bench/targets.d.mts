// Types for targets.mjs, so that tests can import it from TypeScript.
export const LIMITS: Readonly<{ awkRatioMax: number; peakRssMaxMB: number; rssGrowthMaxMB: number }>;
export function near(bytes: number, size: number): boolean;

/** The fields of a benchmark result that the targets read. */
export interface JudgedInput {
  id: string;
  format: string;
  bytes: number;
  errors: string[];
  carbonCiOverAwk?: { median: number };
  tools: { 'carbon-ci': { peakRssBytes: number } };
}

export interface Target {
  description: string;
  inputs: string[];
  measured: number | null;
  op: '<=';
  threshold: number;
  unit: string;
  pass: boolean | null;
  indicative: boolean;
  note?: string;
}

export function evaluateTargets(inputs: JudgedInput[]): Target[];
export function tally(targets: Target[]): { pass: number; miss: number; notJudged: number; indicative: number };
