// The samplers' own cost (issue 16: under 1 % of one core and 40 MB at 1 Hz), against the test suite's
// stand-in nvidia-smi and a stand-in powercap tree. The Action: runs the bundled main step with
// `measure: true` (as a runner does), then for a while reads from /proc, every second, the CPU time and the
// resident memory of the daemon and of every process under it except the GPU tools (a real nvidia-smi's
// cost is the driver's), and counts the rows each log kept. `carbon-ci run`, whose samplers live in the
// process that waits for the command anyway: that process's CPU time and memory while `sleep` runs, with
// the samplers and with nothing to sample; the difference is what sampling adds.
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

/** `carbon-ci run -- sleep S` in `runEnv`: the carbon-ci process's CPU share and peak memory while the command runs. */
async function runCost(runEnv) {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), 'run', '--location', 'FR', '--interval-ms', String(intervalMs), '--', 'sleep', String(seconds + 2)], { env: runEnv, stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 2000));
  const cpuStart = cpuSeconds(child.pid);
  const startMs = Date.now();
  let peak = { rss: 0, anon: 0 };
  for (let s = 0; s < seconds; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = memory(child.pid);
    peak = { rss: Math.max(peak.rss, now.rss), anon: Math.max(peak.anon, now.anon) };
  }
  const cpuPercent = ((cpuSeconds(child.pid) - cpuStart) / ((Date.now() - startMs) / 1000)) * 100;
  await new Promise((r) => child.once('exit', r));
  return { cpuPercentOfOneCore: cpuPercent, peakRssMB: peak.rss / MB, peakPrivateMB: peak.anon / MB };
}
const nothing = join(work, 'nothing');
mkdirSync(nothing);
const advanceAgain = setInterval(advance, 100);
const withSamplers = await runCost({ ...env, TZ: 'UTC' });
clearInterval(advanceAgain);
const withoutSamplers = await runCost({ ...env, PATH: process.env.PATH, CARBON_CI_POWERCAP_ROOT: nothing, CARBON_CI_HWMON_ROOT: nothing, CARBON_CI_PROC_ROOT: nothing });
const run = {
  withSamplers,
  withoutSamplers,
  samplersAdd: {
    cpuPercentOfOneCore: withSamplers.cpuPercentOfOneCore - withoutSamplers.cpuPercentOfOneCore,
    rssMB: withSamplers.peakRssMB - withoutSamplers.peakRssMB,
    privateMB: withSamplers.peakPrivateMB - withoutSamplers.peakPrivateMB,
  },
};

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
  run,
  expectedRowsAbout: { 'nvidia-smi.csv': Math.round(2 * (seconds * 1000) / intervalMs), 'rapl.csv': Math.round((seconds * 1000) / intervalMs) },
  targets: { cpuPercentOfOneCore: 1, rssMB: 40 },
};
result.pass =
  result.cpuPercentOfOneCore < result.targets.cpuPercentOfOneCore &&
  result.peakRssMB < result.targets.rssMB &&
  run.samplersAdd.cpuPercentOfOneCore < result.targets.cpuPercentOfOneCore &&
  run.samplersAdd.rssMB < result.targets.rssMB;
mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results/measure-overhead.json'), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
rmSync(work, { recursive: true, force: true });
