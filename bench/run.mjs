#!/usr/bin/env node
// `npm run bench`: the speed and memory floor of issue 22 (see bench/README.md).
//
// On generated, cached inputs it runs `carbon-ci report FILE --json -` and an awk sum of the power
// column in alternating rounds, records wall time and peak RSS, prints a table and the targets with
// PASS / MISS, and writes it all as JSON.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDiskSpace, ensureInput, inputSpecs, tidyCache } from './inputs.mjs';
import { RSS_METHOD_DESCRIPTIONS, measure, median, rssMethod } from './measure.mjs';
import { USAGE, UsageError, parseOptions, roundsFor } from './options.mjs';
import { LIMITS, evaluateTargets, tally } from './targets.mjs';
import { AWK_ENV, CARBON_CI_FLAGS, awkSum, readFirstLine, shellQuote, summarizeReport } from './tools.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'carbon-ci.js');
const DIST_CLI = join(ROOT, 'dist', 'cli.js');

// ------------------------------------------------------------------------------------------- environment

function firstLine(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim() || undefined;
  } catch {
    return undefined;
  }
}

async function newestMtimeMs(dir) {
  let newest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, await newestMtimeMs(path));
    else if (!entry.name.endsWith('.test.ts') && !path.includes('/fixtures/')) newest = Math.max(newest, (await stat(path)).mtimeMs);
  }
  return newest;
}

/** Makes sure bin/carbon-ci.js can run (it loads dist/cli.js), and says when the bundle is older than the sources it measures. */
async function ensureDist() {
  if (!existsSync(DIST_CLI)) {
    process.stderr.write('dist/cli.js is missing (bin/carbon-ci.js runs it): running `npm run bundle`\n');
    try {
      execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
    } catch {
      throw new UsageError('`npm run bundle` failed: fix the build, run `npm run bundle`, then the benchmark again');
    }
  }
  const distMs = statSync(DIST_CLI).mtimeMs;
  const sourcesMs = Math.max(await newestMtimeMs(join(ROOT, 'src')), await newestMtimeMs(join(ROOT, 'plugins')));
  const stale = sourcesMs > distMs;
  if (stale) process.stderr.write('note: dist/cli.js is older than src/ or plugins/: run `npm run bundle` to measure the sources as they are\n');
  return { distCliModified: new Date(distMs).toISOString(), distOlderThanSources: stale };
}

function gitState() {
  const commit = firstLine('git', ['-C', ROOT, 'rev-parse', 'HEAD']);
  let dirty;
  try {
    dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'plugins', 'dist', 'bin'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    dirty = undefined;
  }
  return { commit, sourcesModified: dirty };
}

function machineInfo() {
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpus: cpus.length,
    totalMemoryBytes: os.totalmem(),
    /** 1, 5 and 15 min load averages at the start: above 0.5 or so, other work shares the CPUs. */
    loadAverageAtStart: os.loadavg(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    awk: firstLine('awk', ['-W', 'version']) ?? firstLine('awk', ['--version']) ?? 'unknown',
  };
}

// ------------------------------------------------------------------------------------------- measuring

function toolSummary(command, runs, bytes) {
  const seconds = runs.map((r) => r.seconds);
  const cpu = runs.map((r) => r.cpuSeconds).filter((c) => typeof c === 'number');
  return {
    command,
    seconds: { runs: seconds, median: median(seconds) },
    MBps: bytes / 1e6 / median(seconds),
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
    peakRssBytesRuns: runs.map((r) => r.peakRssBytes),
    cpuSeconds: cpu.length ? median(cpu) : null,
  };
}

function failureOf(tool, measurement) {
  const tail = measurement.stderrTail.trim().split('\n').slice(-8).join('\n');
  return `${tool} exited with ${measurement.signal ? `signal ${measurement.signal}` : `code ${measurement.code}`}${tail ? `:\n${tail}` : ''}`;
}

/**
 * Runs awk and carbon-ci on one input, `runs` rounds after an untimed `cat` that fills the page cache.
 * Each round runs both, awk first in even rounds and carbon-ci first in odd ones, so that both meet
 * the same machine phase; the round's ratio compares times a second or two apart.
 */
async function benchInput(spec, runs, method) {
  const file = spec.path;
  const { size: bytes } = await stat(file);
  const awk = awkSum(spec.format, await readFirstLine(file));
  const awkCommand = `LC_ALL=C awk ${awk.args.map(shellQuote).join(' ')} FILE`;
  const carbonCommand = `node bin/carbon-ci.js report FILE ${CARBON_CI_FLAGS.join(' ')}`;
  const measured = { awk: [], 'carbon-ci': [] };
  const rounds = [];
  const errors = [];
  const reports = [];
  const awkSums = [];
  const runTool = {
    awk: async () => {
      const m = await measure('awk', [...awk.args, file], { method, captureStdout: true, env: { ...process.env, ...AWK_ENV } });
      if (m.code !== 0) errors.push(failureOf('awk', m));
      else awkSums.push(Number(m.stdout.trim()));
      return m;
    },
    'carbon-ci': async () => {
      const m = await measure(process.execPath, [CLI, 'report', file, ...CARBON_CI_FLAGS], { method, captureStdout: true, cwd: ROOT });
      if (m.code !== 0) errors.push(failureOf('carbon-ci', m));
      else {
        try {
          reports.push(JSON.parse(m.stdout));
        } catch (error) {
          errors.push(`carbon-ci printed no JSON report on stdout (${error.message})`);
        }
      }
      return m;
    },
  };
  process.stderr.write(`${spec.id}: ${(bytes / 1e6).toFixed(1)} MB, ${runs} round${runs > 1 ? 's' : ''}\n`);
  await measure('cat', [file], { method });
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? ['awk', 'carbon-ci'] : ['carbon-ci', 'awk'];
    const got = {};
    for (const tool of order) {
      got[tool] = await runTool[tool]();
      measured[tool].push(got[tool]);
    }
    const ratio = got['carbon-ci'].seconds / got.awk.seconds;
    rounds.push({ first: order[0], awkSeconds: got.awk.seconds, carbonCiSeconds: got['carbon-ci'].seconds, carbonCiOverAwk: ratio });
    process.stderr.write(
      `  round ${round + 1}/${runs}: awk ${got.awk.seconds.toFixed(2)} s, carbon-ci ${got['carbon-ci'].seconds.toFixed(2)} s` +
        ` (${ratio.toFixed(2)} x, ${(got['carbon-ci'].peakRssBytes / 1e6).toFixed(0)} MB RSS)\n`,
    );
  }
  const tools = {
    awk: { ...toolSummary(awkCommand, measured.awk, bytes), program: awk.program, column: awk.column, sum: awkSums[0] ?? null },
    'carbon-ci': toolSummary(carbonCommand, measured['carbon-ci'], bytes),
  };
  if (reports.length) {
    const summary = summarizeReport(reports[0]);
    const energies = reports.map((r) => r.totals?.energyJ);
    tools['carbon-ci'].result = { ...summary, sameEnergyEveryRun: energies.every((e) => e === energies[0]) };
    if (summary.plugin !== spec.plugin) errors.push(`carbon-ci read ${spec.id} with plugin ${summary.plugin}, not ${spec.plugin}`);
  }
  const ratios = rounds.map((r) => r.carbonCiOverAwk);
  return {
    id: spec.id,
    format: spec.format,
    expectedPlugin: spec.plugin,
    file: spec.path,
    bytes,
    generator: spec.generator,
    runs,
    rounds,
    carbonCiOverAwk: { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) },
    tools,
    errors,
  };
}

// ------------------------------------------------------------------------------------------- output

function fmt(n, digits = 2) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(digits);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ')).join('\n');
}

function printResults(results, targets, small) {
  const rows = [['input', 'MB', 'rounds', 'awk s', 'carbon-ci s', 'carbon-ci MB/s', 'carbon-ci/awk (range)', 'peak RSS MB']];
  for (const input of results) {
    const carbon = input.tools['carbon-ci'];
    const ratio = input.carbonCiOverAwk;
    rows.push([
      input.id,
      fmt(input.bytes / 1e6, 1),
      input.runs,
      fmt(input.tools.awk.seconds.median, 3),
      fmt(carbon.seconds.median, 3),
      fmt(carbon.MBps, 1),
      `${fmt(ratio.median)} (${fmt(ratio.min)}-${fmt(ratio.max)})`,
      fmt(carbon.peakRssBytes / 1e6, 1),
    ]);
  }
  console.log('Seconds: medians of the rounds; carbon-ci/awk: median of the rounds\' ratios (each round runs both).');
  console.log(table(rows));
  console.log('');
  console.log('What carbon-ci reported (it did the work):');
  for (const input of results) {
    const r = input.tools['carbon-ci'].result;
    const line = r
      ? `plugin ${r.plugin}, ${fmt(r.energyJ / 3.6e6, 3)} kWh, ${r.devices} devices, coverage ${(100 * (r.coverage ?? 0)).toFixed(1)} %` +
        `${r.warnings.length ? `, warnings: ${[...new Set(r.warnings)].join(' ')}` : ''}${r.sameEnergyEveryRun ? '' : ', ENERGY DIFFERS BETWEEN RUNS'}` +
        `; awk power sum ${input.tools.awk.sum ?? '-'}`
      : 'no report';
    console.log(`  ${input.id}: ${line}`);
    for (const error of input.errors) console.log(`    ERROR ${error.split('\n').join('\n      ')}`);
  }
  console.log('');
  console.log(`Targets (issue 22)${small ? ' - small mode: judged on small files, indicative only' : ''}:`);
  for (const t of targets) {
    const verdict = t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'MISS';
    const value = t.note ? `not judged (${t.note})` : `${fmt(t.measured)} ${t.unit} (target ${t.op} ${t.threshold} ${t.unit})`;
    console.log(`  ${verdict}  ${t.description}: ${value}${t.indicative ? ' [indicative]' : ''}`);
  }
  const count = tally(targets);
  console.log(`  ${count.pass} PASS, ${count.miss} MISS${count.notJudged ? `, ${count.notJudged} not judged` : ''}${count.indicative ? ` (and ${count.indicative} indicative only)` : ''}`);
}

// ------------------------------------------------------------------------------------------- main

async function main() {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const build = await ensureDist();
  const specs = inputSpecs(options);
  const disk = await checkDiskSpace(options.cacheDir, specs);
  if (disk.message) {
    process.stderr.write(`carbon-ci bench: ${disk.message}\n`);
    return 2;
  }
  const stale = await tidyCache(options.cacheDir);
  if (stale.length) {
    const total = stale.reduce((s, f) => s + f.bytes, 0);
    process.stderr.write(`note: ${stale.length} files (${(total / 1e9).toFixed(2)} GB) in ${options.cacheDir} are not inputs of this benchmark (older generators, or not the benchmark's); delete them if nothing else uses them:\n`);
    for (const f of stale) process.stderr.write(`  ${f.path}\n`);
  }
  process.stderr.write(`inputs (cached in ${options.cacheDir}):\n`);
  const generated = [];
  for (const spec of specs) if (await ensureInput(spec)) generated.push(spec.id);

  const method = rssMethod();
  const machine = machineInfo();
  const results = [];
  for (const spec of specs) {
    const { size } = await stat(spec.path);
    results.push(await benchInput(spec, roundsFor(size, options.runs), method));
  }
  const targets = evaluateTargets(results);
  printResults(results, targets, options.small);

  const distAfter = existsSync(DIST_CLI) ? new Date(statSync(DIST_CLI).mtimeMs).toISOString() : null;
  build.distChangedDuringRun = distAfter !== build.distCliModified;
  if (build.distChangedDuringRun) console.log('\nWARNING: dist/cli.js was rebuilt while the benchmark ran: the results mix two builds; run it again.');
  if (machine.loadAverageAtStart[0] > 0.5) {
    console.log(`note: the load average was ${machine.loadAverageAtStart[0].toFixed(2)} when the run started: other work shared the CPUs.`);
  }

  const json = {
    schema: 'carbon-ci-bench/2',
    date: new Date().toISOString(),
    mode: options.small ? 'small' : 'full',
    machine,
    build: { ...build, ...gitState() },
    settings: {
      units: 'MB = 1e6 bytes; MB/s = bytes / 1e6 / median seconds; seconds are wall time from spawn to exit, page cache warm (one untimed cat first)',
      rounds: 'each round runs awk and carbon-ci once, awk first in even rounds and carbon-ci first in odd ones',
      rssMethod: method,
      rssMethodDescription: RSS_METHOD_DESCRIPTIONS[method],
      runsOption: options.runs ?? null,
      limits: LIMITS,
      cacheDir: options.cacheDir,
      generatedNow: generated,
    },
    inputs: results.map((input) => ({ ...input, file: relative(options.cacheDir, input.file) })),
    targets,
    summary: tally(targets),
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(json, null, 2)}\n`);
  const shownOut = relative(process.cwd(), options.out);
  console.log(`\nJSON written to ${shownOut.startsWith('..') ? options.out : shownOut}`);
  return results.some((r) => r.errors.length > 0) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError || error?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || error?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    process.stderr.write(`carbon-ci bench: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
