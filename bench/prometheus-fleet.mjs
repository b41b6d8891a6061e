// Fleet benchmark (issue 20): a real Prometheus holding a GPU fleet's DCGM series, backfilled by
// promtool, and carbon-ci's report from it, reduced on the server and from every raw sample, against
// `carbon-ci estimate`'s fixed cost. A script run by hand, never a timed test.
// Usage: npm run bundle && node bench/prometheus-fleet.mjs [--gpus 64] [--days 3] [--interval-s 15] [--runs 3] [--out PATH]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLEET_GENERATOR_VERSION, FLEET_T0_S, writeFleet } from './generate-fleet.mjs';
import { backfill, startPrometheus } from './prometheus-server.mjs';
import { measure, median, rssMethod } from './measure.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'carbon-ci.js');
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const gpus = Number(args.gpus ?? 64);
const days = Number(args.days ?? 3);
const intervalS = Number(args['interval-s'] ?? 15);
const runs = Number(args.runs ?? 3);
const out = args.out ?? join(ROOT, 'bench', 'results', 'prometheus-fleet.json');
const cacheDir = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'carbon-ci-bench', `fleet-${FLEET_GENERATOR_VERSION}-${gpus}gpu-${days}d-${intervalS}s`);

/** The targets of issue 20, judged on the longest window against one day. */
const TARGETS = { longOverDay: 1.3, longOverEstimate: 4, peakRssMB: 120, energyShare: 0.005 };

/** The fleet's TSDB, generated and backfilled once per generator version and size. */
async function tsdb() {
  const data = join(cacheDir, 'data');
  const truth = join(cacheDir, 'energy.json');
  if (existsSync(join(cacheDir, 'complete'))) return { data, energyJ: JSON.parse(readFileSync(truth, 'utf8')) };
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const text = join(cacheDir, 'fleet.om');
  let started = Date.now();
  const { energyJ, samplesPerSeries } = await writeFleet(text, { gpus, days, intervalS });
  console.log(`generated ${gpus} GPUs x ${samplesPerSeries} samples x 2 metrics (${(statSync(text).size / 1e6).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  started = Date.now();
  backfill(text, data);
  console.log(`backfilled with promtool in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  rmSync(text);
  writeFileSync(truth, JSON.stringify(energyJ));
  writeFileSync(join(cacheDir, 'complete'), '');
  return { data, energyJ };
}

const method = rssMethod();
async function timed(name, argv) {
  const rounds = [];
  for (let i = 0; i < runs; i++) {
    const m = await measure(process.execPath, [CLI, ...argv], { method, captureStdout: true, cwd: ROOT });
    if (m.code !== 0) throw new Error(`${name} exited ${m.code}: ${m.stderrTail}`);
    rounds.push(m);
  }
  const report = JSON.parse(rounds[0].stdout);
  const result = {
    name,
    command: `carbon-ci ${argv.join(' ')}`,
    seconds: median(rounds.map((r) => r.seconds)),
    peakRssMB: Math.max(...rounds.map((r) => r.peakRssBytes)) / 1e6,
    rounds: rounds.map((r) => ({ seconds: r.seconds, peakRssMB: r.peakRssBytes / 1e6 })),
    energyJ: report.totals?.energyJ,
    devices: report.devices?.length,
    warnings: report.warnings?.length,
    warningCodes: [...new Set((report.warnings ?? []).map((w) => w.code))],
    report,
  };
  console.log(`${name.padEnd(22)} ${result.seconds.toFixed(2)} s  ${result.peakRssMB.toFixed(0)} MB  ${result.devices} devices  ${result.warnings} warnings`);
  return result;
}

const { data, energyJ } = await tsdb();
const server = await startPrometheus({ dataDir: data });
try {
  const window = (d) => ['--start', String(FLEET_T0_S), '--end', String(FLEET_T0_S + d * 86_400)];
  const report = (d, extra = []) => ['report', '--prometheus-url', server.url, ...window(d), '--location', 'US-CA', '--json', '-', ...extra];
  // A first, untimed query warms the server's page cache, as a long-running Prometheus would be.
  await measure(process.execPath, [CLI, ...report(days)], { method, captureStdout: true, cwd: ROOT });
  const results = {
    estimate: await timed('estimate', ['estimate', '--gpu', 'NVIDIA H100 80GB HBM3', '--count', String(gpus), '--hours', '24', '--location', 'US-CA', '--json', '-']),
    day: await timed('reduced, 1 day', report(1)),
    long: await timed(`reduced, ${days} days`, report(days)),
    rawDay: await timed('raw, 1 day', report(1, ['--prometheus-raw'])),
    rawLong: await timed(`raw, ${days} days`, report(days, ['--prometheus-raw'])),
    node: await timed('reduced, one node', report(days, ['--prometheus-selector', 'Hostname="node-1"'])),
  };
  const exactJ = Object.values(energyJ).reduce((s, g) => s + g.energyJ, 0);
  const nodeIds = Object.entries(energyJ).filter(([, g]) => g.node === 'node-1').map(([uuid]) => uuid).sort();
  const targets = [
    { target: `reduced ${days}-day time <= ${TARGETS.longOverDay} x reduced 1-day time`, value: results.long.seconds / results.day.seconds, pass: results.long.seconds <= TARGETS.longOverDay * results.day.seconds },
    { target: `reduced ${days}-day time <= ${TARGETS.longOverEstimate} x estimate time`, value: results.long.seconds / results.estimate.seconds, pass: results.long.seconds <= TARGETS.longOverEstimate * results.estimate.seconds },
    { target: `reduced ${days}-day peak RSS <= ${TARGETS.peakRssMB} MB`, value: results.long.peakRssMB, pass: results.long.peakRssMB <= TARGETS.peakRssMB },
    { target: 'reduced energy within 0.5 % of the raw integral', value: Math.abs(results.long.energyJ / results.rawLong.energyJ - 1), pass: Math.abs(results.long.energyJ / results.rawLong.energyJ - 1) <= TARGETS.energyShare },
    { target: 'reduced energy equals the generated counters (1 J)', value: results.long.energyJ - exactJ, pass: Math.abs(results.long.energyJ - exactJ) <= 1 },
    {
      target: 'the selector picks node-1\'s 8 GPUs exactly',
      value: results.node.report.devices.map((d) => d.id).sort().join(','),
      pass: JSON.stringify(results.node.report.devices.map((d) => d.id).sort()) === JSON.stringify(nodeIds),
    },
    { target: 'a clean fleet gets no data warnings', value: results.long.warningCodes.join(','), pass: results.long.report.warnings.every((w) => !/gap|drop|reset|silent|partial/.test(w.code + w.message)) },
  ];
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'MISS'}  ${t.target}: ${typeof t.value === 'number' ? Number(t.value.toPrecision(4)) : t.value}`);
  for (const r of Object.values(results)) delete r.report;
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        schema: 'carbon-ci-bench-prometheus-fleet/1',
        machine: { cpu: cpus()[0]?.model, cores: cpus().length, memoryGB: totalmem() / 1e9, node: process.version, prometheus: spawnSync('prometheus', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0] },
        settings: { gpus, days, intervalS, runs, rssMethod: method, generator: FLEET_GENERATOR_VERSION },
        exactEnergyJ: exactJ,
        results,
        targets,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written ${out}`);
  if (targets.some((t) => !t.pass)) process.exitCode = 1;
} finally {
  await server.stop();
}
