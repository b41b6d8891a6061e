#!/usr/bin/env node
// `npm run bench`: the throughput and memory benchmark of issue #6.
//
// On the same cached inputs it times `cat FILE > /dev/null` (the read limit), an `awk` one-liner that
// sums the power column (the cheapest thing a user could write instead) and
// `carbon-ci report FILE --json -`, records peak RSS, prints a table and the targets with PASS / MISS,
// and writes it all as JSON. See bench/README.md.

import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkDiskSpace, defaultCacheDir, ensureInput, ensureSplit, inputSpecs, parseSize, tidyCache } from './inputs.mjs';
import { RSS_METHOD_DESCRIPTIONS, measure, median, rssMethod } from './measure.mjs';
import { probeSummary, startProbe } from './probe.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'carbon-ci.js');
const DIST_CLI = join(ROOT, 'dist', 'cli.js');
const GROUPS = ['nvidia-smi', 'codecarbon', 'dcgm'];
const SPLIT_PARTS = 4;
const CARBON_CI_FLAGS = ['--json', '-', '--location', 'US-CA', '--timezone', 'UTC'];
const AWK_ENV = { LC_ALL: 'C' };

const USAGE = `Usage: npm run bench -- [options]   (or: node bench/run.mjs [options])

Times cat, an awk power sum and \`carbon-ci report --json -\` on the same generated inputs.

Options:
  --small              inputs of a few MB (checks that the benchmark works; cached in <cache>/small)
  --only LIST          comma-separated: nvidia-smi,codecarbon,dcgm (default: all)
  --sizes LIST         nvidia-smi log sizes (default 1GB,5GB; small: 4MB); the smallest is also split in ${SPLIT_PARTS}
  --other-size SIZE    size of the CodeCarbon and DCGM inputs (default 200MB; small: 2MB)
  --runs N             timed runs of each tool per input, median reported (default 3; 1 for inputs of 2 GB and more)
  --out PATH           JSON results (default bench/results/latest.json; small: bench/results/small.json)
  --cache-dir DIR      where inputs are cached (default \${XDG_CACHE_HOME:-~/.cache}/carbon-ci-bench)
  -h, --help           this help
`;

class UsageError extends Error {}

/** @param {string[]} argv */
function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      small: { type: 'boolean', default: false },
      only: { type: 'string' },
      sizes: { type: 'string' },
      'other-size': { type: 'string' },
      runs: { type: 'string' },
      out: { type: 'string' },
      'cache-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const small = values.small;
  const groups = values.only ? values.only.split(',').map((g) => g.trim()).filter(Boolean) : GROUPS;
  for (const group of groups) {
    if (!GROUPS.includes(group)) throw new UsageError(`--only: unknown input "${group}" (choose from ${GROUPS.join(', ')})`);
  }
  const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean).map(parseSize);
  const nvidiaSmiSizes = [...new Set(values.sizes ? list(values.sizes) : small ? [4e6] : [1e9, 5e9])].sort((a, b) => a - b);
  const otherSize = values['other-size'] ? parseSize(values['other-size']) : small ? 2e6 : 200e6;
  for (const size of [...nvidiaSmiSizes, otherSize]) {
    if (size < 10_000) throw new UsageError(`sizes must be at least 10kB, not ${size} bytes`);
  }
  let runs;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1, not "${values.runs}"`);
  }
  return {
    help: values.help,
    small,
    groups,
    nvidiaSmiSizes,
    otherSize,
    runs,
    out: values.out ?? join(ROOT, 'bench', 'results', small ? 'small.json' : 'latest.json'),
    cacheDir: values['cache-dir'] ?? defaultCacheDir(small),
  };
}

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

/** Makes sure bin/carbon-ci.js can run: bundles once if dist/cli.js is missing; says when it is older than the sources. */
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
  if (stale) {
    process.stderr.write('note: dist/cli.js is older than src/ or plugins/: the benchmark measures the bundle; run `npm run bundle` to measure the sources as they are\n');
  }
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
    availableParallelism: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    totalMemoryBytes: os.totalmem(),
    /** 1, 5 and 15 min load averages when the run started: above 0.5 or so, other work shares the CPUs. */
    loadAverageAtStart: os.loadavg(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    awk: firstLine('awk', ['-W', 'version']) ?? firstLine('awk', ['--version']) ?? 'unknown',
    cat: firstLine('cat', ['--version']) ?? 'unknown',
  };
}

// ------------------------------------------------------------------------------------------- tools

async function readFirstLine(path) {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(8192);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.toString('utf8', 0, bytesRead);
    return text.split('\n', 1)[0].replace(/^\uFEFF/, '').replace(/\r$/, '');
  } catch {
    return '';
  } finally {
    await handle.close();
  }
}

const PRINT_SUM = 'END {printf "%.2f\\n", s}';

/**
 * The awk one-liner that sums the power column of a format, the column found from the file's header.
 * @returns {Promise<{args: string[], program: string, column: string}>}
 */
async function awkFor(format, firstFile) {
  const header = await readFirstLine(firstFile);
  if (format === 'nvidia-smi') {
    const index = header.split(', ').findIndex((name) => name.startsWith('power.draw'));
    if (index < 0) throw new Error(`no power.draw column in the header of ${firstFile}`);
    // awk's number conversion stops at the space before " W".
    const program = `FNR>1 {s+=$${index + 1}} ${PRINT_SUM}`;
    return { args: ['-F', ', ', program], program, column: `$${index + 1} (power.draw, ", " separated)` };
  }
  if (format === 'codecarbon') {
    const index = header.split(',').indexOf('gpu_power');
    if (index < 0) throw new Error(`no gpu_power column in the header of ${firstFile}`);
    const program = `FNR>1 {s+=$${index + 1}} ${PRINT_SUM}`;
    return { args: ['-F', ',', program], program, column: `$${index + 1} (gpu_power)` };
  }
  if (format === 'dcgm-exporter') {
    const program = `/^DCGM_FI_DEV_POWER_USAGE[{ ]/ {s+=$(NF-1)} ${PRINT_SUM}`;
    return { args: [program], program, column: '$(NF-1) (the value before the timestamp) of DCGM_FI_DEV_POWER_USAGE samples' };
  }
  if (format === 'dcgmi-dmon') {
    // `<time> #Entity POWER TOTEC`: data rows are `<time> GPU <id> <POWER> <TOTEC>`.
    const names = header.trim().split(/\s+/);
    const entity = names.indexOf('#Entity');
    const power = names.indexOf('POWER');
    if (entity < 0 || power < 0) throw new Error(`no "#Entity ... POWER" header on the first line of ${firstFile}`);
    const field = power - entity + 2; // one more field for the entity id, 1-based
    const program = `$2=="GPU" {s+=$${field + 1}} ${PRINT_SUM}`;
    return { args: [program], program, column: `$${field + 1} (POWER) of GPU rows` };
  }
  throw new Error(`no awk sum for ${format}`);
}

function quote(arg) {
  return /^[\w./=:,+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** What a carbon-ci report says it did. */
function summarizeReport(report) {
  const devices = Array.isArray(report.devices) ? report.devices : [];
  return {
    plugin: report.inputs?.plugin,
    energyJ: report.totals?.energyJ,
    devices: devices.length,
    coverage: report.coverage,
    window: report.window,
    warnings: Array.isArray(report.warnings) ? report.warnings.map((w) => w.code) : [],
  };
}

function perDeviceEnergy(report) {
  return new Map((report.devices ?? []).map((d) => [d.id, d.energyJ]));
}

/**
 * Where two reports differ, besides what a different file list must change: JSON paths, with both
 * values where they are scalars; at most `limit`, and the count of all.
 */
function reportDifferences(a, b, limit = 20) {
  const strip = (report) => {
    const copy = JSON.parse(JSON.stringify(report));
    delete copy.generatedAt;
    if (copy.inputs) delete copy.inputs.files;
    for (const device of copy.devices ?? []) delete device.files;
    for (const warning of copy.warnings ?? []) {
      delete warning.file;
      delete warning.line;
      delete warning.message;
    }
    return copy;
  };
  const out = [];
  let count = 0;
  const scalar = (v) => (v === null || typeof v !== 'object' ? v : Array.isArray(v) ? '[array]' : '{object}');
  const walk = (x, y, path) => {
    if (Object.is(x, y)) return;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null || Array.isArray(x) !== Array.isArray(y)) {
      count++;
      if (out.length < limit) out.push({ path: path || '(root)', singleFile: scalar(x) ?? null, split: scalar(y) ?? null });
      return;
    }
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const key of keys) walk(x[key], y[key], Array.isArray(x) ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  };
  walk(strip(a), strip(b), '');
  return { count, first: out };
}

function toolSummary(command, runs, bytes) {
  const seconds = runs.map((r) => r.seconds);
  const med = median(seconds);
  const cpu = runs.map((r) => r.cpuSeconds).filter((c) => typeof c === 'number');
  return {
    command,
    seconds: { runs: seconds, median: med },
    MBps: bytes / 1e6 / med,
    peakRssBytes: Math.max(...runs.map((r) => r.peakRssBytes)),
    peakRssBytesRuns: runs.map((r) => r.peakRssBytes),
    cpuSeconds: cpu.length ? median(cpu) : null,
    cores: cpu.length ? median(cpu) / med : null,
  };
}

function failureOf(tool, measurement) {
  const tail = measurement.stderrTail.trim().split('\n').slice(-8).join('\n');
  return `${tool} exited with ${measurement.signal ? `signal ${measurement.signal}` : `code ${measurement.code}`}${tail ? `:\n${tail}` : ''}`;
}

/**
 * Times cat, awk and carbon-ci on `files`, `runs` times each, round-robin after one untimed `cat` that
 * puts the files in the page cache.
 */
async function benchInput({ id, format, plugin, files, runs, method, splitOf, probe }) {
  let bytes = 0;
  for (const file of files) bytes += (await stat(file)).size;
  const shown = files.length === 1 ? 'FILE' : files.map((_, k) => `FILE${k + 1}`).join(' ');
  const awk = await awkFor(format, files[0]);
  const commands = {
    cat: `cat ${shown} > /dev/null`,
    awk: `LC_ALL=C awk ${awk.args.map(quote).join(' ')} ${shown}`,
    'carbon-ci': `node bin/carbon-ci.js report ${shown} ${CARBON_CI_FLAGS.join(' ')}`,
  };
  const measured = { cat: [], awk: [], 'carbon-ci': [] };
  const probeMs = [];
  const errors = [];
  const reports = [];
  const awkSums = [];
  process.stderr.write(`${id}: ${(bytes / 1e6).toFixed(1)} MB in ${files.length} file${files.length > 1 ? 's' : ''}, ${runs} run${runs > 1 ? 's' : ''}\n`);
  await measure('cat', files, { method });
  for (let run = 0; run < runs; run++) {
    probeMs.push(await probe.measure());
    const cat = await measure('cat', files, { method });
    if (cat.code !== 0) errors.push(failureOf('cat', cat));
    measured.cat.push(cat);
    const awkRun = await measure('awk', [...awk.args, ...files], { method, captureStdout: true, env: { ...process.env, ...AWK_ENV } });
    if (awkRun.code !== 0) errors.push(failureOf('awk', awkRun));
    else awkSums.push(Number(awkRun.stdout.trim()));
    measured.awk.push(awkRun);
    const carbon = await measure(process.execPath, [CLI, 'report', ...files, ...CARBON_CI_FLAGS], { method, captureStdout: true, cwd: ROOT });
    measured['carbon-ci'].push(carbon);
    if (carbon.code !== 0) errors.push(failureOf('carbon-ci', carbon));
    else {
      try {
        reports.push(JSON.parse(carbon.stdout));
      } catch (error) {
        errors.push(`carbon-ci printed no JSON report on stdout (${error.message})`);
      }
    }
    process.stderr.write(
      `  run ${run + 1}/${runs}: cat ${cat.seconds.toFixed(2)} s, awk ${awkRun.seconds.toFixed(2)} s, carbon-ci ${carbon.seconds.toFixed(2)} s (${(carbon.peakRssBytes / 1e6).toFixed(0)} MB RSS)\n`,
    );
  }
  const tools = {
    cat: toolSummary(commands.cat, measured.cat, bytes),
    awk: { ...toolSummary(commands.awk, measured.awk, bytes), program: awk.program, column: awk.column, sum: awkSums[0] ?? null },
    'carbon-ci': toolSummary(commands['carbon-ci'], measured['carbon-ci'], bytes),
  };
  const report = reports[0];
  if (report) {
    const summary = summarizeReport(report);
    const energies = reports.map((r) => r.totals?.energyJ);
    tools['carbon-ci'].result = { ...summary, sameEnergyEveryRun: energies.every((e) => e === energies[0]) };
    if (summary.plugin !== plugin) errors.push(`carbon-ci read ${id} with plugin ${summary.plugin}, not ${plugin}`);
  }
  const med = (tool) => tools[tool].seconds.median;
  return {
    id,
    format,
    expectedPlugin: plugin,
    ...(splitOf ? { splitOf } : {}),
    files,
    bytes,
    runs,
    probeMs,
    tools,
    ratios: { carbonCiOverCat: med('carbon-ci') / med('cat'), awkOverCarbonCi: med('awk') / med('carbon-ci') },
    errors,
    report,
  };
}

// ------------------------------------------------------------------------------------------- targets

/**
 * The targets of issue #6, judged on the measurements. `indicative` marks a target judged on an input
 * other than the one it names (small mode, other sizes): shown, not meaningful.
 */
function evaluateTargets(results) {
  const targets = [];
  const add = (description, input, value, op, threshold, indicative, unit = '') => {
    // A tool that failed in any run measured nothing to judge.
    const failed = input.errors.length > 0;
    const measured = failed ? null : value;
    const ok = (typeof measured === 'number' && Number.isFinite(measured)) || typeof measured === 'boolean';
    const pass = !ok ? null : op === '>=' ? measured >= threshold : op === '<=' ? measured <= threshold : op === '<' ? measured < threshold : measured === threshold;
    targets.push({ description, input: input.id, measured: ok ? measured : null, op, threshold, unit, pass, indicative, ...(failed ? { note: 'a tool failed on this input' } : {}) });
  };
  const nvidia = results.filter((r) => r.format === 'nvidia-smi' && !r.splitOf);
  const oneGb = nvidia.find((r) => r.bytes >= 0.9e9 && r.bytes < 1.1e9) ?? nvidia[0];
  if (oneGb) {
    const indicative = !(oneGb.bytes >= 0.9e9 && oneGb.bytes < 1.1e9);
    const carbon = oneGb.tools['carbon-ci'];
    const name = indicative ? `${oneGb.id} (target set for 1 GB)` : oneGb.id;
    add(`${name}: carbon-ci end to end`, oneGb, carbon.MBps, '>=', 500, indicative, 'MB/s');
    add(`${name}: carbon-ci time / cat time`, oneGb, oneGb.ratios.carbonCiOverCat, '<=', 15, indicative, 'x');
    add(`${name}: awk sum time / carbon-ci time`, oneGb, oneGb.ratios.awkOverCarbonCi, '>=', 2, indicative, 'x');
  }
  for (const input of nvidia) {
    const named = [1e9, 5e9].some((size) => input.bytes >= size * 0.9 && input.bytes < size * 1.1);
    add(`${input.id}: carbon-ci peak RSS`, input, input.tools['carbon-ci'].peakRssBytes / 1e6, '<', 150, !named, 'MB');
  }
  for (const input of results.filter((r) => r.format !== 'nvidia-smi')) {
    add(`${input.id} (${input.expectedPlugin} plugin): carbon-ci end to end`, input, input.tools['carbon-ci'].MBps, '>=', 200, input.bytes < 150e6, 'MB/s');
  }
  for (const splitInput of results.filter((r) => r.splitOf)) {
    const single = results.find((r) => r.id === splitInput.splitOf);
    // The comparison needs both runs.
    const input = single?.errors.length ? { ...splitInput, errors: [...splitInput.errors, ...single.errors] } : splitInput;
    const indicative = !(single && single.bytes >= 0.9e9);
    add(`${input.id}: the same energy as one file, exactly (total and per device)`, input, input.split?.identicalToSingleFile ?? null, '==', true, false);
    add(`${input.id}: the whole report identical to one file's (besides file names)`, input, input.split?.reportIdentical ?? null, '==', true, false);
    add(`${input.id}: uses both cores (carbon-ci CPU time / wall time)`, input, input.tools['carbon-ci'].cores, '>=', 1.5, indicative, 'x');
  }
  return targets;
}

// ------------------------------------------------------------------------------------------- output

const mb = (bytes) => (bytes / 1e6).toFixed(1);
function fmt(n, digits = 2) {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '-';
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(digits);
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) => r.map((cell, c) => (c <= 1 || c === 2 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ').trimEnd())
    .join('\n');
}

/** The rounds' median slowdown of the faster and of the slower core, e.g. `1.05 / 1.62`. */
function coreSlowdowns(slowdowns) {
  return `${median(slowdowns.map(([faster]) => faster)).toFixed(2)} / ${median(slowdowns.map(([, slower]) => slower)).toFixed(2)}`;
}

function printResults(results, targets, small) {
  const rows = [['input', 'size MB', 'tool', 'seconds', 'MB/s', 'peak RSS MB', 'carbon-ci/cat', 'awk/carbon-ci', 'core slowdown']];
  for (const input of results) {
    for (const tool of ['cat', 'awk', 'carbon-ci']) {
      const t = input.tools[tool];
      const isCarbon = tool === 'carbon-ci';
      rows.push([
        tool === 'cat' ? input.id : '',
        tool === 'cat' ? mb(input.bytes) : '',
        tool,
        fmt(t.seconds.median, 3),
        fmt(t.MBps, 1),
        fmt(t.peakRssBytes / 1e6, 1),
        isCarbon ? fmt(input.ratios.carbonCiOverCat, 1) : '',
        isCarbon ? fmt(input.ratios.awkOverCarbonCi, 2) : '',
        tool === 'cat' ? coreSlowdowns(input.slowdowns) : '',
      ]);
    }
  }
  console.log(table(rows));
  console.log('');
  console.log('What carbon-ci reported (it did the work):');
  for (const input of results) {
    const r = input.tools['carbon-ci'].result;
    const line = r
      ? `plugin ${r.plugin}, ${fmt(r.energyJ / 3.6e6, 3)} kWh, ${r.devices} devices, coverage ${(100 * (r.coverage ?? 0)).toFixed(1)} %` +
        `${r.warnings.length ? `, warnings: ${[...new Set(r.warnings)].join(' ')}` : ''}; awk power sum ${input.tools.awk.sum ?? '-'}`
      : 'no report';
    console.log(`  ${input.id}: ${line}`);
    if (input.split) {
      console.log(
        `    identical to the single file: ${input.split.identicalToSingleFile} (total ${input.split.energyJ} J vs ${input.split.singleFileEnergyJ} J` +
          `${input.split.deviceMismatches.length ? `, ${input.split.deviceMismatches.length} devices differ` : ''})` +
          `${input.split.awkSumMatches ? '' : '; the awk sums differ'}`,
      );
      const diff = input.split.reportDifferences;
      if (diff.count > 0) {
        const shown = diff.first.slice(0, 6).map((d) => `${d.path} ${d.singleFile} vs ${d.split}`);
        console.log(`    whole report identical: false, ${diff.count} values differ, e.g. ${shown.join('; ')}`);
      } else {
        console.log('    whole report identical: true (besides file names and generatedAt)');
      }
    }
    for (const error of input.errors) console.log(`    ERROR ${error.split('\n').join('\n      ')}`);
  }
  console.log('');
  console.log(`Targets (issue #6)${small ? ' - small mode: judged on small files, indicative only' : ''}:`);
  for (const t of targets) {
    const verdict = t.pass === null ? 'N/A ' : t.pass ? 'PASS' : 'MISS';
    if (t.note) {
      console.log(`  ${verdict}  ${t.description}: not judged (${t.note})`);
      continue;
    }
    const value = typeof t.measured === 'number' ? `${fmt(t.measured, 2)}${t.unit ? ` ${t.unit}` : ''}` : String(t.measured);
    const want = typeof t.threshold === 'number' ? `${t.op} ${t.threshold}${t.unit ? ` ${t.unit}` : ''}` : `${t.op} ${t.threshold}`;
    console.log(`  ${verdict}  ${t.description}: ${value} (target ${want})${t.indicative ? ' [indicative]' : ''}`);
  }
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
  const nvidia = specs.filter((s) => s.format === 'nvidia-smi');
  /** id of the nvidia-smi input to split -> parts */
  const splits = new Map(nvidia.length ? [[nvidia[0].id, SPLIT_PARTS]] : []);

  const disk = await checkDiskSpace(options.cacheDir, specs, splits);
  if (disk.message) {
    process.stderr.write(`carbon-ci bench: ${disk.message}\n`);
    return 2;
  }
  const stale = await tidyCache(options.cacheDir);
  if (stale.length) {
    const total = stale.reduce((s, f) => s + f.bytes, 0);
    process.stderr.write(`note: ${stale.length} files (${(total / 1e9).toFixed(2)} GB) in ${options.cacheDir} are not inputs of this version of the benchmark (older generators, or not the benchmark's); delete them to free the space if nothing else uses them:\n`);
    for (const f of stale) process.stderr.write(`  ${f.path}\n`);
  }
  process.stderr.write(`inputs (cached in ${options.cacheDir}):\n`);
  const generated = [];
  for (const spec of specs) if (await ensureInput(spec)) generated.push(spec.id);
  const splitFiles = new Map();
  for (const [id, parts] of splits) {
    const spec = specs.find((s) => s.id === id);
    const { paths, generated: made } = await ensureSplit(spec, parts);
    splitFiles.set(id, paths);
    if (made) generated.push(`${id}-split${parts}`);
  }

  const method = rssMethod();
  const machine = machineInfo();
  const probe = await startProbe();
  const results = [];
  for (const spec of specs) {
    const bytes = (await stat(spec.path)).size;
    const runs = options.runs ?? (bytes >= 2e9 ? 1 : 3);
    results.push({ ...(await benchInput({ id: spec.id, format: spec.format, plugin: spec.plugin, files: [spec.path], runs, method, probe })), generator: spec.generator });
    const parts = splitFiles.get(spec.id);
    if (parts) {
      const single = results[results.length - 1];
      const split = await benchInput({ id: `${spec.id}-split${parts.length}`, format: spec.format, plugin: spec.plugin, files: parts, runs, method, splitOf: spec.id, probe });
      if (single.report && split.report) {
        const a = perDeviceEnergy(single.report);
        const b = perDeviceEnergy(split.report);
        const mismatches = [];
        for (const id of new Set([...a.keys(), ...b.keys()])) {
          if (a.get(id) !== b.get(id)) mismatches.push({ device: id, singleFileEnergyJ: a.get(id) ?? null, energyJ: b.get(id) ?? null });
        }
        const total = split.report.totals?.energyJ;
        const singleTotal = single.report.totals?.energyJ;
        const differences = reportDifferences(single.report, split.report);
        split.split = {
          parts: parts.length,
          identicalToSingleFile: total === singleTotal && mismatches.length === 0,
          energyJ: total,
          singleFileEnergyJ: singleTotal,
          deviceMismatches: mismatches,
          reportIdentical: differences.count === 0,
          reportDifferences: differences,
          awkSumMatches: split.tools.awk.sum === single.tools.awk.sum,
        };
      } else {
        split.split = {
          parts: parts.length,
          identicalToSingleFile: false,
          deviceMismatches: [],
          reportIdentical: false,
          reportDifferences: { count: 0, first: [], note: 'no report to compare' },
          awkSumMatches: false,
        };
      }
      results.push(split);
    }
  }

  await probe.close();
  const speed = probeSummary(results.flatMap((r) => r.probeMs));
  let round = 0;
  for (const input of results) input.slowdowns = input.probeMs.map(() => speed.slowdowns[round++]);
  machine.probe = {
    what: "a fixed loop timed on two threads at once before each round (cat, awk, carbon-ci) of each input; a round's slowdowns = each thread's time / the fastest time of any thread in the benchmark, faster thread first",
    bestMs: speed.bestMs,
    worstSlowdown: speed.worstSlowdown,
  };
  const targets = evaluateTargets(results);
  printResults(results, targets, options.small);
  console.log('');
  console.log(
    `Core slowdown (bench/probe.mjs: a fixed loop on both cores before each round, faster / slower core, median of the rounds, 1 = the fastest loop of the run):` +
      ` up to ${speed.worstSlowdown.toFixed(2)} x in this run${speed.worstSlowdown > 1.25 ? '; a round in a slow spell is slower, carbon-ci on both cores above all (per round in the JSON: slowdowns)' : ''}.`,
  );
  const distAfter = existsSync(DIST_CLI) ? new Date(statSync(DIST_CLI).mtimeMs).toISOString() : null;
  build.distChangedDuringRun = distAfter !== build.distCliModified;
  if (build.distChangedDuringRun) {
    console.log('');
    console.log('WARNING: dist/cli.js was rebuilt while the benchmark ran: the results mix two builds; run it again.');
  }
  if (machine.loadAverageAtStart[0] > 0.5) {
    console.log(`note: the load average was ${machine.loadAverageAtStart[0].toFixed(2)} when the run started: other work shared the CPUs, times are less reliable.`);
  }

  const json = {
    schema: 'carbon-ci-bench/1',
    date: new Date().toISOString(),
    mode: options.small ? 'small' : 'full',
    machine,
    build: { ...build, ...gitState() },
    settings: {
      units: 'MB = 1e6 bytes; MB/s = bytes / 1e6 / median seconds; seconds are wall time from spawn to exit, page cache warm (one untimed cat first)',
      rssMethod: method,
      rssMethodDescription: RSS_METHOD_DESCRIPTIONS[method],
      runsOption: options.runs ?? null,
      cacheDir: options.cacheDir,
      generatedNow: generated,
      carbonCi: `node bin/carbon-ci.js report FILES ${CARBON_CI_FLAGS.join(' ')}`,
    },
    inputs: results.map(({ report: _report, ...rest }) => ({ ...rest, files: rest.files.map((f) => relative(options.cacheDir, f)) })),
    targets,
  };
  await mkdir(dirname(options.out), { recursive: true });
  await writeFile(options.out, `${JSON.stringify(json, null, 2)}\n`);
  console.log('');
  const shownOut = relative(process.cwd(), options.out);
  console.log(`JSON written to ${shownOut.startsWith('..') ? options.out : shownOut}`);
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
