import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReadSettings, ReadUnit, WorkerReply, WorkerRequest } from './protocol.js';

/** What a worker says of a unit when it is done with it. */
export type UnitReply = Exclude<WorkerReply, { type: 'progress' }>;

/**
 * A reader holds a chunk, its records and the devices' state: a small young generation keeps each
 * thread's memory flat (measured with bench/: the process stays under its memory target).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/**
 * The worker script: dist/read-worker.js beside the bundle (this module may sit in dist/chunks/),
 * or read-worker.ts next to this file when carbon-ci runs from source (tests), loaded through tsx.
 */
function workerScript(): { script: URL | string; eval: boolean } | undefined {
  const candidates = [new URL('./read-worker.js', import.meta.url), new URL('../read-worker.js', import.meta.url)];
  for (const url of candidates) if (existsSync(fileURLToPath(url))) return { script: url, eval: false };
  const source = new URL('./read-worker.ts', import.meta.url);
  const tsx = existsSync(fileURLToPath(source)) ? tsxEsmApi() : undefined;
  if (tsx) {
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
    return { script: boot, eval: true };
  }
  return undefined;
}

/** tsx's ESM loader API, found through its package's exports map (dev and test runs only; undefined without tsx). */
function tsxEsmApi(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
    const exports = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
    return pathToFileURL(join(dirname(manifest), exports['./esm/api']!.import.default)).href;
  } catch {
    return undefined;
  }
}

/** A worker started ahead of need (prewarmReader), idle and not keeping the process alive until it is given units. */
let spare: Worker | undefined;

function startWorker(entry: { script: URL | string; eval: boolean }): Worker {
  return new Worker(entry.script, { eval: entry.eval, resourceLimits: WORKER_LIMITS });
}

/**
 * Start one reader worker now, before it is known to be needed, when this machine has a core for
 * it: a worker takes about 0.1 s to start on a busy machine, and started while the rest of
 * carbon-ci loads it is ready when reading begins. Unused, it is dropped when the process exits.
 */
export function prewarmReader(): void {
  if (spare || availableParallelism() < 2) return;
  const entry = workerScript();
  if (!entry || entry.eval) return;
  const worker = startWorker(entry);
  worker.unref();
  // A spare that fails to start, or stops, is simply not used.
  const drop = () => {
    if (spare === worker) spare = undefined;
  };
  worker.once('error', drop);
  worker.once('exit', drop);
  spare = worker;
}

/** Reads a unit in this thread: one reader fewer to start, and one heap fewer in memory. */
export type LocalReader = (unit: ReadUnit) => Promise<UnitReply>;

/**
 * Run the units on `count` readers, largest first, each taking the next unit when it is done with
 * one: this thread (through `local`) and `count - 1` worker threads. Resolves with every unit's
 * reply; a worker that dies fails its unit, not the run.
 */
export async function runInWorkers(
  units: readonly ReadUnit[],
  settings: ReadSettings,
  count: number,
  local: LocalReader,
  signal?: AbortSignal,
  onBytes?: (bytes: number) => void,
): Promise<Map<number, UnitReply>> {
  const queue = [...units].sort((a, b) => b.bytes - a.bytes || a.id - b.id);
  const replies = new Map<number, UnitReply>();
  // Without a worker script (a broken install), this thread reads everything: slower, still right.
  const entry = workerScript();
  const workers: Worker[] = [];
  const onAbort = () => {
    for (const worker of workers) void worker.terminate();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const helpers = entry ? Math.min(count - 1, queue.length - 1) : 0;
    // This thread takes the first (largest) unit; the workers are started before it reads, since
    // they take a while to start and the reading keeps this thread busy.
    const first = queue.shift();
    const here = async () => {
      for (let unit = first; unit; unit = queue.shift()) {
        signal?.throwIfAborted();
        replies.set(unit.id, await local(unit));
      }
    };
    const helping = Array.from({ length: helpers }, () =>
      new Promise<void>((resolve) => {
        const worker = spare ?? startWorker(entry!);
        spare = undefined;
        worker.ref();
        workers.push(worker);
        let current: ReadUnit | undefined;
        const next = () => {
          current = queue.shift();
          if (current) {
            worker.postMessage({ type: 'unit', unit: current, settings } satisfies WorkerRequest);
            return;
          }
          // Done: its replies are in. Stopping a thread takes tens of milliseconds, not waited for.
          worker.unref();
          void worker.terminate();
          resolve();
        };
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'progress') {
            onBytes?.(reply.bytes);
            return;
          }
          replies.set(reply.id, reply);
          next();
        });
        worker.on('error', (error) => {
          if (current) replies.set(current.id, { type: 'failed', id: current.id, reason: error.message });
          // The rest of its queue goes to the workers still running, or is failed below.
          current = undefined;
        });
        worker.on('exit', () => resolve());
        next();
      }),
    );
    await Promise.all([here(), ...helping]);
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  signal?.throwIfAborted();
  for (const unit of units) if (!replies.has(unit.id)) replies.set(unit.id, { type: 'failed', id: unit.id, reason: 'its worker stopped' });
  return replies;
}
