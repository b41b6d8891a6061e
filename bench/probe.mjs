// How fast this machine is at the moment: a fixed loop timed on two threads at once, before each round
// of the benchmark. Shared machines (a cloud VM's cores share their physical cores with other guests)
// run at different speeds from one second to the next; the probe shows which runs met a slow spell,
// so that a result can be read for what it is. Nothing is corrected with it.
import { Worker } from 'node:worker_threads';

const LOOP = `
const { parentPort } = require('node:worker_threads');
const values = new Float64Array(1 << 16);
for (let i = 0; i < values.length; i++) values[i] = (i % 97) / 7;
function loop() {
  let sum = 0;
  for (let k = 0; k < 200; k++) for (let i = 0; i < values.length; i++) sum += values[i] * 1.0001;
  return sum;
}
for (let k = 0; k < 10; k++) loop();
parentPort.on('message', () => {
  // Three loops: about 30 ms on this project's CI-sized machine.
  const start = performance.now();
  const sum = loop() + loop() + loop();
  parentPort.postMessage({ ms: performance.now() - start, sum });
});
`;

/** Two probe threads, kept for the whole benchmark; `measure` times the loop on both at once. */
export async function startProbe(threads = 2) {
  const workers = Array.from({ length: threads }, () => new Worker(LOOP, { eval: true }));
  await Promise.all(workers.map((w) => new Promise((resolve, reject) => w.once('online', resolve).once('error', reject))));
  return {
    /** The loop's time (ms) on each thread, fastest first. */
    async measure() {
      const times = await Promise.all(
        workers.map(
          (w) =>
            new Promise((resolve, reject) => {
              const failed = (error) => reject(error);
              w.once('error', failed).once('message', ({ ms }) => {
                w.off('error', failed);
                resolve(ms);
              });
              w.postMessage('go');
            }),
        ),
      );
      return times.sort((a, b) => a - b);
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Each round's probe threads against the fastest time of any thread in the benchmark, faster thread
 * first: [1, 1] when both cores ran at their best, [1, 2] when one ran at half that speed (a process
 * on it took twice as long). A tool on one thread may get either core; one on two gets both.
 */
export function probeSummary(rounds) {
  const best = Math.min(...rounds.flat());
  const slowdowns = rounds.map((times) => [Math.min(...times) / best, Math.max(...times) / best]);
  return { bestMs: best, slowdowns, worstSlowdown: Math.max(...slowdowns.map(([, slower]) => slower)) };
}
