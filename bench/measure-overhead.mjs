// The Action's measuring daemon's own cost (issue 16: under 1 % of one core and 40 MB at 1 Hz): runs the
// bundled Action's main step with `measure: true` (as a runner does) against the test suite's stand-in
// nvidia-smi and a stand-in powercap tree, then for a while reads from /proc, every second, the CPU time and
// the resident memory of the daemon and of every process under it except the GPU tools (a real nvidia-smi's
// cost is the driver's), and counts the rows each log kept.
// Usage: node bench/measure-overhead.mjs [--seconds 60] [--interval-ms 1000]   (Linux only; run `npm run bundle` first)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const seconds = Number(args.seconds ?? 60);
const intervalMs = Number(args['interval-ms'] ?? 1000);
const TICKS_PER_S = 100; // USER_HZ on Linux
const MB = 1e6;
const KIB = 1024;

const work = mkdtempSync(join(tmpdir(), 'carbon-ci-measure-bench-'));

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

// The main step, as the runner runs it: it starts the daemon and saves its pid and log folder for the post step.
const statePath = join(work, 'state');
writeFileSync(statePath, '');
const env = {
  ...process.env,
  PATH: `${smiDir}:${process.env.PATH}`,
  CARBON_CI_POWERCAP_ROOT: powercap,
  RUNNER_TEMP: work,
  GITHUB_STATE: statePath,
  GITHUB_OUTPUT: join(work, 'output'),
  INPUT_MEASURE: 'true',
  'INPUT_MEASURE-INTERVAL-MS': String(intervalMs),
};
const main = spawnSync(process.execPath, [join(ROOT, 'dist/index.js')], { env, encoding: 'utf8' });
const measureState = /^measure<<(.+)\n([\s\S]*?)\n\1$/m.exec(readFileSync(statePath, 'utf8'));
if (main.status !== 0 || !measureState) throw new Error(`the main step failed (${main.status}): ${main.stdout}${main.stderr}`);
const { pid, logDir } = JSON.parse(measureState[2]);

/** utime + stime of a process, and of its children that ended (cutime + cstime), in s. */
const cpuSeconds = (p) => {
  const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0) / TICKS_PER_S;
};
/** Resident memory (bytes): all of it, and its private part (RssAnon) apart from mapped files (RssFile: executables and libraries). */
const memory = (p) => {
  const status = readFileSync(`/proc/${p}/status`, 'utf8');
  const kB = (name) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * KIB;
  return { rss: kB('VmRSS'), anon: kB('RssAnon') };
};
/** The GPU tools' pids, from the daemon's events: not counted, a real tool's cost is the vendor's. */
const toolPids = () =>
  new Set(readFileSync(join(logDir, 'daemon-events.tsv'), 'utf8').split('\n').filter((l) => l.startsWith('start\t')).map((l) => Number(l.split('\t')[4])));
/** The daemon and every process under it but the tools (and theirs). */
const samplerProcesses = () => {
  const children = new Map();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // ended meanwhile
    }
  }
  const tools = toolPids();
  const found = [];
  const visit = (p) => {
    if (tools.has(p)) return;
    found.push(p);
    for (const child of children.get(p) ?? []) visit(child);
  };
  visit(pid);
  return found;
};

const cpuStartS = cpuSeconds(pid);
const wallStartMs = Date.now();
let peakRss = 0;
let peakAnon = 0;
let peakProcesses = 0;
const daemonCommand = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
for (let s = 0; s < seconds; s++) {
  await new Promise((r) => setTimeout(r, 1000));
  const processes = samplerProcesses();
  const sums = processes.map(memory).reduce((a, b) => ({ rss: a.rss + b.rss, anon: a.anon + b.anon }), { rss: 0, anon: 0 });
  peakRss = Math.max(peakRss, sums.rss);
  peakAnon = Math.max(peakAnon, sums.anon);
  peakProcesses = Math.max(peakProcesses, processes.length);
}
const cpuS = cpuSeconds(pid) - cpuStartS;
const wallS = (Date.now() - wallStartMs) / 1000;
process.kill(pid, 'SIGTERM');
while (!readFileSync(join(logDir, 'daemon-events.tsv'), 'utf8').includes('stopped\t')) await new Promise((r) => setTimeout(r, 50));
clearInterval(counter);

// An idle Node process on the same machine, for scale: why the daemon is not Node.
const idle = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const idleNode = memory(idle.pid);
idle.kill();

const dataLines = (file) => readFileSync(join(logDir, file), 'utf8').split('\n').filter((l) => /^\s*\d/.test(l)).length;
const rows = Object.fromEntries(readdirSync(logDir).filter((f) => f.endsWith('.csv')).map((f) => [f, dataLines(f)]));
const result = {
  seconds: wallS,
  intervalMs,
  node: process.version,
  daemon: daemonCommand.map((a) => a.replace(ROOT, '.').replace(logDir, 'LOG_DIR')).join(' '),
  bash: spawnSync('bash', ['-c', 'echo $BASH_VERSION'], { encoding: 'utf8' }).stdout.trim(),
  cpuPercentOfOneCore: (cpuS / wallS) * 100,
  peakRssMB: peakRss / MB,
  peakPrivateMB: peakAnon / MB,
  peakProcesses,
  idleNodeRssMB: idleNode.rss / MB,
  rowsPerLog: rows,
  expectedRowsAbout: { 'nvidia-smi.csv': Math.round(2 * (seconds * 1000) / intervalMs), 'rapl.csv': Math.round((seconds * 1000) / intervalMs) },
  targets: { cpuPercentOfOneCore: 1, rssMB: 40 },
};
result.pass = result.cpuPercentOfOneCore < result.targets.cpuPercentOfOneCore && result.peakRssMB < result.targets.rssMB;
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/measure-overhead.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
rmSync(work, { recursive: true, force: true });
