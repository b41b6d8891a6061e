import { createRequire as __carbonCiCreateRequire } from 'node:module'; const require = __carbonCiCreateRequire(import.meta.url);

// src/pipeline/parallel/worker-pool.ts
import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
function workerScript() {
  const candidates = [new URL("./read-worker.js", import.meta.url), new URL("../read-worker.js", import.meta.url)];
  for (const url of candidates) if (existsSync(fileURLToPath(url))) return { script: url, eval: false };
  const source = new URL("./read-worker.ts", import.meta.url);
  const tsx = existsSync(fileURLToPath(source)) ? tsxEsmApi() : void 0;
  if (tsx) {
    const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source.href)}); })`;
    return { script: boot, eval: true };
  }
  return void 0;
}
function tsxEsmApi() {
  try {
    const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
    const exports = JSON.parse(readFileSync(manifest, "utf8")).exports;
    return pathToFileURL(join(dirname(manifest), exports["./esm/api"].import.default)).href;
  } catch {
    return void 0;
  }
}
var spare;
function startWorker(entry) {
  return new Worker(entry.script, { eval: entry.eval, resourceLimits: WORKER_LIMITS });
}
function prewarmReader() {
  if (spare || availableParallelism() < 2) return;
  const entry = workerScript();
  if (!entry || entry.eval) return;
  const worker = startWorker(entry);
  worker.unref();
  const drop = () => {
    if (spare === worker) spare = void 0;
  };
  worker.once("error", drop);
  worker.once("exit", drop);
  spare = worker;
}
async function runInWorkers(units, settings, count, local, signal, onBytes) {
  const queue = [...units].sort((a, b) => b.bytes - a.bytes || a.id - b.id);
  const replies = /* @__PURE__ */ new Map();
  const entry = workerScript();
  const workers = [];
  const onAbort = () => {
    for (const worker of workers) void worker.terminate();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    const helpers = entry ? Math.min(count - 1, queue.length - 1) : 0;
    const first = queue.shift();
    const here = async () => {
      for (let unit = first; unit; unit = queue.shift()) {
        signal?.throwIfAborted();
        replies.set(unit.id, await local(unit));
      }
    };
    const helping = Array.from(
      { length: helpers },
      () => new Promise((resolve) => {
        const worker = spare ?? startWorker(entry);
        spare = void 0;
        worker.ref();
        workers.push(worker);
        let current;
        const next = () => {
          current = queue.shift();
          if (current) {
            worker.postMessage({ type: "unit", unit: current, settings });
            return;
          }
          worker.unref();
          void worker.terminate();
          resolve();
        };
        worker.on("message", (reply) => {
          if (reply.type === "progress") {
            onBytes?.(reply.bytes);
            return;
          }
          replies.set(reply.id, reply);
          next();
        });
        worker.on("error", (error) => {
          if (current) replies.set(current.id, { type: "failed", id: current.id, reason: error.message });
          current = void 0;
        });
        worker.on("exit", () => resolve());
        next();
      })
    );
    await Promise.all([here(), ...helping]);
  } finally {
    signal?.removeEventListener("abort", onAbort);
  }
  signal?.throwIfAborted();
  for (const unit of units) if (!replies.has(unit.id)) replies.set(unit.id, { type: "failed", id: unit.id, reason: "its worker stopped" });
  return replies;
}

export {
  prewarmReader,
  runInWorkers
};
