// Intel GPUs: `xpu-smi dump -d IDS -m 0,1,8 -i S`, whose log the xpu-smi plugin reads (power and the
// energy counter, which the energy stage prefers). xpu-smi stamps rows with the time of day only, so the
// sampler dates them when it stops: the log it hands on reads without the plugin's `date` option.
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { findOnPath } from '../shared/path-lookup.js';
import { zoneOffsetMs } from '../sdk/time.js';
import type { PlanOptions, SamplerOptions, SamplerSkipped, ToolPlan } from './types.js';

/** GPU Utilization (%), GPU Power (W), GPU Energy Consumed (J): the ids of `xpu-smi dump -h` (intel/xpumanager). */
const XPU_SMI_METRICS = '0,1,8';
/** `-i` takes whole seconds from 1 to 999 (xpumanager's comlet_dump.cpp). */
const MAX_INTERVAL_S = 999;
const TIME_OF_DAY = /^(\s*)(\d{1,2}):(\d{2}):(\d{2})(\.\d+)?(\s*,)/;
const DAY_MS = 86_400_000;
/** xpu-smi's device ids are indexes; a PCI address (0000:4d:00.0) names a device too. */
const DEVICE_ID = /^(?:\d+|[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\.[0-7])$/;

/**
 * The Intel GPUs to sample: `--gpus`, else ZE_AFFINITY_MASK (`0,1` or `0.1` device.tile: the device part),
 * as xpu-smi's device ids; undefined for all, null when `--gpus` names no Intel device id (only UUIDs).
 */
export function intelGpuSelection(gpus: string | undefined, env: SamplerOptions['env']): string[] | undefined | null {
  const mask = env.ZE_AFFINITY_MASK;
  const visible = gpus ?? (mask === undefined || mask.trim() === '' ? undefined : mask);
  if (visible === undefined) return undefined;
  const ids = visible.split(',').map((s) => s.trim()).map((s) => (gpus === undefined ? s.split('.')[0]! : s));
  const kept = [...new Set(ids.filter((id) => DEVICE_ID.test(id)))];
  return kept.length === 0 ? null : kept;
}

/** `xpu-smi dump` into `xpu-smi-raw.csv`, dated into `xpu-smi.csv`, or why it cannot run. Runs beside nvidia-smi and amd-smi: it sees Intel GPUs only. */
export function planXpuSmi(options: PlanOptions): ToolPlan | SamplerSkipped {
  const executable = findOnPath('xpu-smi', options.env);
  if (executable === undefined) return { name: 'xpu-smi', reason: 'xpu-smi is not on PATH' };
  const selection = intelGpuSelection(options.gpus, options.env);
  if (selection === null) return { name: 'xpu-smi', reason: '--gpus names no Intel device id (xpu-smi takes indexes or PCI addresses)' };
  const seconds = Math.min(MAX_INTERVAL_S, Math.max(1, Math.round(options.intervalMs / 1000)));
  const args = ['dump', '-d', selection ? selection.join(',') : '-1', '-m', XPU_SMI_METRICS, '-i', String(seconds)];
  return { name: 'xpu-smi', logBase: 'xpu-smi-raw', executable, args, datesRows: true };
}

/** The dated log the plugin reads for a raw log of xpu-smi (`xpu-smi-raw-2.csv` gives `xpu-smi-2.csv`). */
export function datedXpuSmiLog(rawPath: string, startedMs: number, timeZone: string): Promise<string> {
  return dateXpuSmiLog(rawPath, rawPath.replace(/-raw(-\d+)?\.csv$/, '$1.csv'), startedMs, timeZone);
}

/** The date (UTC midnight of the local day, ms) and the time of day (whole seconds, as ms) of an instant in a zone. */
function localDay(epochMs: number, timeZone: string): { dayMs: number; timeOfDayMs: number } {
  const wallMs = Math.floor(epochMs / 1000) * 1000 + zoneOffsetMs(timeZone, epochMs);
  const dayMs = Math.floor(wallMs / DAY_MS) * DAY_MS;
  return { dayMs, timeOfDayMs: wallMs - dayMs };
}

/**
 * Copies xpu-smi's log from `rawPath` to `outPath` with each row's time of day made a local date and time
 * (`2026-12-06T06:14:46.000`), counting from the day the run started; a time of day more than 12 h before
 * the previous one is the next day (the run went past midnight), as the xpu-smi plugin reads such logs.
 * Rows that already carry a date (`xpu-smi dump --date`) and other lines pass unchanged. Line by line: an
 * 8-hour log never sits in memory. Returns `outPath`, and removes the raw log once the copy is complete.
 */
export async function dateXpuSmiLog(rawPath: string, outPath: string, startedMs: number, timeZone: string): Promise<string> {
  const start = localDay(startedMs, timeZone);
  let dayMs = start.dayMs;
  let lastTimeOfDayMs = start.timeOfDayMs;
  const out = createWriteStream(outPath);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  const lines = createInterface({ input: createReadStream(rawPath), crlfDelay: Infinity });
  for await (const line of lines) {
    const match = TIME_OF_DAY.exec(line);
    let text = line;
    if (match) {
      const [whole, lead, h, m, s, fraction, comma] = match as unknown as [string, string, string, string, string, string | undefined, string];
      const timeOfDayMs = ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000;
      if (timeOfDayMs < lastTimeOfDayMs - DAY_MS / 2) dayMs += DAY_MS;
      lastTimeOfDayMs = timeOfDayMs;
      const date = new Date(dayMs).toISOString().slice(0, 10);
      text = `${lead}${date}T${h.padStart(2, '0')}:${m}:${s}${fraction ?? ''}${comma}${line.slice(whole.length)}`;
    }
    if (!out.write(`${text}\n`)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
  await rm(rawPath, { force: true });
  return outPath;
}
