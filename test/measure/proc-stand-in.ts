// A stand-in /proc for the host-usage estimate, shared by the tests of the detached sampler (bash) and of the in-process one.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFile } from '../cli/run-stand-ins.js';

export const XEON_CPUINFO = 'processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz\n';
export const MEMINFO_16_GIB = 'MemTotal:       16777216 kB\nMemFree:         1048576 kB\nMemAvailable:    4194304 kB\nBuffers:           1 kB\n';

/**
 * A /proc under `dir` with 2 CPUs busy a quarter of the time (a timer advances /proc/stat), and the given cpuinfo and meminfo (16 GiB of memory of
 * which 4 GiB are available, unless told otherwise). Returns its root and how to stop the timer.
 */
export function fakeProc(dir: string, files: { cpuinfo?: string; meminfo?: string } = {}): { root: string; stop: () => void } {
  const root = join(dir, 'proc');
  mkdirSync(root);
  writeFileSync(join(root, 'cpuinfo'), files.cpuinfo ?? XEON_CPUINFO);
  writeFileSync(join(root, 'meminfo'), files.meminfo ?? MEMINFO_16_GIB);
  let ticks = 1000;
  const advance = () => {
    ticks += 40;
    const busy = ticks / 4;
    replaceFile(join(root, 'stat'), `cpu  ${busy} 0 0 ${ticks - busy} 0 0 0 0 0 0\ncpu0 1 0 0 1 0 0 0 0 0 0\ncpu1 1 0 0 1 0 0 0 0 0 0\nintr 12345\n`);
  };
  advance();
  const timer = setInterval(advance, 20);
  return { root, stop: () => clearInterval(timer) };
}
