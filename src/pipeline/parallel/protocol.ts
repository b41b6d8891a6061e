import type { EnergyAccumulatorState } from '../../energy/index.js';

/** One piece of reading work: a whole file, or one part of a file read in byte ranges. */
export interface ReadUnit {
  id: number;
  file: string;
  plugin: string;
  /** Bytes of the file this unit reads (for scheduling). */
  bytes: number;
  /** A part of a split file: the preamble every part is read with, and the byte range. */
  range?: { part: number; preamble: string; start: number; end: number };
}

/** What every worker needs besides its units. */
export interface ReadSettings {
  timeZone: string;
  maxGapS: number | 'auto';
  /** Per plugin name, its options as validatePluginOptions returned them. */
  pluginOptions: Record<string, Record<string, unknown>>;
  /** The main thread's `performance.timeOrigin`: debug lines of every thread time from it. */
  launchedAtMs: number;
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn';
  message: string;
}

export type WorkerRequest = { type: 'unit'; unit: ReadUnit; settings: ReadSettings } | { type: 'stop' };

export type WorkerReply =
  | { type: 'progress'; bytes: number }
  | { type: 'done'; id: number; state: EnergyAccumulatorState; logs: LogLine[]; readTimeZone: boolean }
  | { type: 'failed'; id: number; reason: string };
