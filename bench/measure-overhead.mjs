// The measuring daemon's own cost (issue 16: under 1 % of one core and 40 MB at 1 Hz): runs
// dist/measure-daemon.js against a stand-in nvidia-smi and a stand-in powercap tree for a while, reads
// its CPU time and resident memory from /proc every second, and counts the rows each log kept.
// Usage: node bench/measure-overhead.mjs [--seconds 60] [--interval-ms 1000]   (Linux only; run `npm run bundle` first)
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const seconds = Number(args.seconds ?? 60);
const intervalMs = Number(args['interval-ms'] ?? 1000);
const TICKS_PER_S = 100; // USER_HZ on Linux

const work = mkdtempSync(join(tmpdir(), 'carbon-ci-measure-bench-'));
const logDir = join(work, 'logs');
mkdirSync(logDir);

// A stand-in nvidia-smi (the test suite's), and a powercap tree whose package counter a timer advances at 50 W.
const smiDir = join(work, 'bin');
mkdirSync(smiDir);
writeFileSync(join(smiDir, 'nvidia-smi'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'test/cli/fixtures/run/fake-nvidia-smi.mjs')}" "$@"\n`);
chmodSync(join(smiDir, 'nvidia-smi'), 0o755);
const powercap = join(work, 'powercap');
const zone = join(powercap, 'intel-rapl:0');
mkdirSync(zone, { recursive: true });
writeFileSync(join(zone, 'name'), 'package-0\n');
writeFileSync(join(zone, 'max_energy_range_uj'), '262143328850\n');
const started = Date.now();
const advance = () => {
  writeFileSync(join(zone, 'energy_uj.tmp'), `${Math.floor(((Date.now() - started) / 1000) * 50e6)}\n`);
  renameSync(join(zone, 'energy_uj.tmp'), join(zone, 'energy_uj'));
};
advance();
const counter = setInterval(advance, 100);

const env = { ...process.env, PATH: `${smiDir}:${process.env.PATH}`, CARBON_CI_POWERCAP_ROOT: powercap, TZ: 'UTC', FAKE_SMI_PID_FILE: join(work, 'smi.pids') };
const daemon = spawn(process.execPath, [join(ROOT, 'dist/measure-daemon.js'), '--log-dir', logDir, '--interval-ms', String(intervalMs)], { env, stdio: 'ignore' });

const procStat = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S; // utime + stime, s
};
/** Resident memory (MiB): all of it, and its private part (RssAnon) apart from mapped files (RssFile: mostly the node executable, shared with every process that runs it). */
const memoryMiB = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kB = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)[1]) / 1024;
  return { rss: kB('VmRSS'), anon: kB('RssAnon'), file: kB('RssFile') };
};

while (!existsSync(join(logDir, 'daemon-ready.json'))) await new Promise((r) => setTimeout(r, 50));
const cpuStartS = procStat(daemon.pid);
const wallStartMs = Date.now();
let peakRss = 0;
let peakAnon = 0;
let peakFile = 0;
const rss = [];
for (let s = 0; s < seconds; s++) {
  await new Promise((r) => setTimeout(r, 1000));
  const now = memoryMiB(daemon.pid);
  rss.push(now.rss);
  peakRss = Math.max(peakRss, now.rss);
  peakAnon = Math.max(peakAnon, now.anon);
  peakFile = Math.max(peakFile, now.file);
}
const cpuS = procStat(daemon.pid) - cpuStartS;
const wallS = (Date.now() - wallStartMs) / 1000;
daemon.kill('SIGTERM');
await new Promise((r) => daemon.once('exit', r));
clearInterval(counter);

// An idle Node process on the same machine, for scale: most of the daemon's memory is Node's own.
const idle = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const idleNode = memoryMiB(idle.pid);
const idleNodeRssMiB = idleNode.rss;
idle.kill();

const lines = (file) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').length : 0);
const files = readdirSync(logDir).filter((f) => f.endsWith('.csv'));
const rows = Object.fromEntries(files.map((f) => [f, lines(join(logDir, f))]));
const result = {
  seconds: wallS,
  intervalMs,
  node: process.version,
  cpuPercentOfOneCore: (cpuS / wallS) * 100,
  peakRssMiB: peakRss,
  lastRssMiB: rss[rss.length - 1],
  peakPrivateMiB: peakAnon,
  peakFileBackedMiB: peakFile,
  idleNodeRssMiB,
  idleNodePrivateMiB: idleNode.anon,
  rowsPerLog: rows,
  targets: { cpuPercentOfOneCore: 1, rssMiB: 40 },
};
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/measure-overhead.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
rmSync(work, { recursive: true, force: true });
