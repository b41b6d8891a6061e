// Writes a realistic, deterministic nvidia-smi log: N GPUs interleaved, one row per GPU per second, in
// the layout of `nvidia-smi --query-gpu=timestamp,index,uuid,name,power.draw,utilization.gpu,memory.used
// --format=csv -lms 1000`. Run directly (`npm run build:example`) it writes examples/nvidia-smi-8xA100.csv;
// the benchmark imports `writeNvidiaSmiLog` to write GB-sized logs with the same shape.
//
// Only integer PRNG arithmetic, + - * / and toFixed are used, so the bytes are the same on every machine.

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_OPTIONS = Object.freeze({
  gpus: 8,
  durationS: 2 * 3600,
  seed: 20240603,
  /** Wall-clock start (local time, as nvidia-smi prints it). */
  start: { year: 2024, month: 6, day: 3, hour: 9, minute: 0, second: 0 },
  model: 'NVIDIA A100-SXM4-80GB',
});

export const EXAMPLE_PATH = fileURLToPath(new URL('../examples/nvidia-smi-8xA100.csv', import.meta.url));

export const HEADER = 'timestamp, index, uuid, name, power.draw [W], utilization.gpu [%], memory.used [MiB]\n';

/** mulberry32: a small 32-bit PRNG; returns floats in [0, 1). The benchmark's generators use it too. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise with mean 0 and standard deviation about `sd` (Irwin-Hall of 3 uniforms). */
export function noise(random, sd) {
  return (random() + random() + random() - 1.5) * 2 * sd;
}

export function hex(random, digits) {
  let out = '';
  for (let i = 0; i < digits; i++) out += '0123456789abcdef'[Math.floor(random() * 16)];
  return out;
}

function uuids(seed, gpus) {
  const random = prng(seed ^ 0x5eed);
  return Array.from({ length: gpus }, () => `GPU-${hex(random, 8)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 4)}-${hex(random, 12)}`);
}

const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `YYYY/MM/DD ` for a day number (days since 1970-01-01), cached by the caller. */
function datePrefix(dayNumber) {
  const date = new Date(dayNumber * 86_400_000);
  return `${date.getUTCFullYear()}/${pad2(date.getUTCMonth() + 1)}/${pad2(date.getUTCDate())} `;
}

/**
 * The job's schedule, in seconds from the start, scaled to the duration: idle start, warm-up, steady
 * training with an evaluation dip every 20 minutes, one checkpoint stall, idle tail; and one GPU
 * missing from the log for 6 minutes.
 */
function schedule(durationS, gpus) {
  return {
    idleUntil: Math.min(90, durationS * 0.02),
    warmUntil: Math.min(300, durationS * 0.05),
    evalEveryS: 20 * 60,
    evalS: 90,
    stallFrom: Math.floor(durationS * 0.58),
    stallS: 4 * 60,
    gapGpu: gpus > 5 ? 5 : gpus - 1,
    gapFrom: Math.floor(durationS * 0.79),
    gapS: 6 * 60,
    tailFrom: durationS - Math.min(45, durationS * 0.01),
  };
}

function phaseAt(t, plan) {
  if (t < plan.idleUntil || t >= plan.tailFrom) return 'idle';
  if (t < plan.warmUntil) return 'warm';
  if (t >= plan.stallFrom && t < plan.stallFrom + plan.stallS) return 'stall';
  if (t >= plan.evalEveryS && t % plan.evalEveryS < plan.evalS) return 'eval';
  return 'train';
}

/**
 * Yields the log as strings of about `chunkChars` characters (the header first). The same options give
 * the same bytes, whatever the chunk size.
 * @param {{gpus?: number, durationS?: number, seed?: number, start?: typeof EXAMPLE_OPTIONS.start, model?: string, chunkChars?: number}} [options]
 */
export function* nvidiaSmiLogChunks(options = {}) {
  const { gpus, durationS, seed, start, model } = { ...EXAMPLE_OPTIONS, ...options };
  const chunkChars = options.chunkChars ?? 1 << 16;
  const random = prng(seed);
  const ids = uuids(seed, gpus);
  const plan = schedule(durationS, gpus);
  // Each GPU trains at its own level (silicon lottery, cooling position in the chassis).
  const level = Array.from({ length: gpus }, () => 362 + noise(random, 8));
  const memory = Array.from({ length: gpus }, () => 61000 + Math.floor(random() * 14000));
  const previous = new Array(gpus).fill(62);
  const startWallMs = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute, start.second);
  const phaseMs = 161;

  let chunk = HEADER;
  let cachedDay = -1;
  let prefix = '';
  for (let t = 0; t < durationS; t++) {
    const phase = phaseAt(t, plan);
    const sampleMs = startWallMs + t * 1000 + phaseMs + Math.floor(random() * 4);
    let offsetMs = 0;
    for (let g = 0; g < gpus; g++) {
      offsetMs += Math.floor(random() * 3);
      let target;
      let util;
      let mem;
      if (phase === 'idle') {
        target = 62 + noise(random, 1.5);
        util = 0;
        mem = t < plan.idleUntil ? 4 + Math.floor(random() * 3) : memory[g];
      } else if (phase === 'stall') {
        target = 60 + 30 * random();
        util = Math.floor(random() * 4);
        mem = memory[g];
      } else if (phase === 'eval') {
        target = 210 + noise(random, 14);
        util = 45 + Math.floor(random() * 16);
        mem = memory[g] - 4000;
      } else if (phase === 'warm') {
        const f = (t - plan.idleUntil) / (plan.warmUntil - plan.idleUntil);
        target = 120 + (level[g] - 120) * f + noise(random, 10);
        util = Math.min(100, Math.floor(30 + 67 * f + random() * 4));
        mem = Math.floor(memory[g] * f);
      } else {
        target = level[g] + noise(random, 10);
        util = 96 + Math.floor(random() * 5);
        mem = memory[g] + Math.floor(random() * 64);
      }
      // The board averages over about a second (Ampere): follow the target with some lag.
      const power = previous[g] + (target - previous[g]) * 0.7;
      previous[g] = power;
      if (g === plan.gapGpu && t >= plan.gapFrom && t < plan.gapFrom + plan.gapS) continue;

      const wallMs = sampleMs + offsetMs;
      const day = Math.floor(wallMs / 86_400_000);
      if (day !== cachedDay) {
        cachedDay = day;
        prefix = datePrefix(day);
      }
      const msOfDay = wallMs - day * 86_400_000;
      const seconds = Math.floor(msOfDay / 1000);
      chunk +=
        `${prefix}${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${pad3(msOfDay % 1000)}, ` +
        `${g}, ${ids[g]}, ${model}, ${power.toFixed(2)} W, ${util} %, ${mem} MiB\n`;
    }
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * Write the log to a stream, honouring back-pressure. Returns the number of bytes written.
 * @param {NodeJS.WritableStream} stream
 * @param {Parameters<typeof nvidiaSmiLogChunks>[0]} [options]
 */
export async function writeNvidiaSmiLog(stream, options = {}) {
  let bytes = 0;
  for (const chunk of nvidiaSmiLogChunks(options)) {
    bytes += Buffer.byteLength(chunk);
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
  return bytes;
}

async function main() {
  const out = createWriteStream(EXAMPLE_PATH);
  const bytes = await writeNvidiaSmiLog(out, EXAMPLE_OPTIONS);
  out.end();
  await once(out, 'finish');
  console.log(`wrote ${EXAMPLE_PATH} (${(bytes / 1e6).toFixed(1)} MB)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
