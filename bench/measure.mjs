// Runs a command and measures it: wall time, peak resident memory and, where it can, CPU time.
//
// Peak RSS comes from GNU time (`/usr/bin/time -f '%M %U %S'`: the child's getrusage ru_maxrss) when
// that is installed, else from polling the child's `/proc/<pid>/status` VmHWM (its high-water mark)
// every 20 ms until it exits, which can miss growth in its last 20 ms.

import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 20;

/** @typedef {'gnu-time' | 'proc-vmhwm'} RssMethod */

/** The way peak RSS can be measured here. @returns {RssMethod} */
export function rssMethod() {
  try {
    execFileSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
    return 'gnu-time';
  } catch {
    return 'proc-vmhwm';
  }
}

export const RSS_METHOD_DESCRIPTIONS = {
  'gnu-time': "GNU time -f '%M %U %S' (getrusage ru_maxrss of the command; CPU time user + system)",
  'proc-vmhwm': '/proc/<pid>/status VmHWM polled every 20 ms until exit (CPU time from /proc/<pid>/stat, last poll)',
};

let clockTicks;
function ticksPerSecond() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** VmHWM (bytes) and utime + stime (s) of a live process, or undefined once it is gone. */
function procSample(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const hwm = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpu = (Number(fields[11]) + Number(fields[12])) / ticksPerSecond();
    return { rssBytes: hwm ? Number(hwm[1]) * 1024 : 0, cpuSeconds: cpu };
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} Measurement
 * @property {number} seconds          wall time from spawn to exit
 * @property {number} peakRssBytes
 * @property {number | null} cpuSeconds  user + system time
 * @property {number | null} code
 * @property {string | null} signal
 * @property {string} stdout           when captured, else ''
 * @property {string} stderrTail       the last 4 kB of stderr
 */

/**
 * Runs `command args` and measures it. stdout goes to /dev/null unless `captureStdout`.
 * @param {string} command
 * @param {string[]} args
 * @param {{method: RssMethod, captureStdout?: boolean, cwd?: string, env?: NodeJS.ProcessEnv}} options
 * @returns {Promise<Measurement>}
 */
export function measure(command, args, { method, captureStdout = false, cwd, env }) {
  const timeFile = join(tmpdir(), `carbon-ci-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const [file, argv] = method === 'gnu-time' ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', captureStdout ? 'pipe' : 'ignore', 'pipe'] });
    const stdout = [];
    let stderr = '';
    child.stdout?.on('data', (data) => stdout.push(data));
    child.stderr.on('data', (data) => {
      stderr = (stderr + data.toString('utf8')).slice(-4096);
    });
    let peak = 0;
    let cpu = null;
    let timer;
    if (method === 'proc-vmhwm') {
      const poll = () => {
        const sample = child.pid === undefined ? undefined : procSample(child.pid);
        if (sample) {
          peak = Math.max(peak, sample.rssBytes);
          cpu = sample.cpuSeconds;
        }
      };
      timer = setInterval(poll, POLL_MS);
      child.once('spawn', poll);
    }
    child.once('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(timer);
      if (method === 'gnu-time') {
        try {
          // "Command exited with non-zero status N" may come first; the format line is the last.
          const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
          const [kb, user, system] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
          peak = kb * 1024;
          cpu = user + system;
        } catch {
          peak = 0;
        }
        rmSync(timeFile, { force: true });
      }
      resolve({ seconds, peakRssBytes: peak, cpuSeconds: cpu, code, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderrTail: stderr });
    });
  });
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
