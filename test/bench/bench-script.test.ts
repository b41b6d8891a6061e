// The benchmark script's logic (`npm run bench`): its options, the targets' verdicts, the awk sums and
// the inputs it generates. Fast and timing-free: performance is what the benchmark measures, never a
// unit test; the benchmark itself is run by hand (bench/README.md).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dcgmExporterChunks, dcgmiDmonChunks } from '../../bench/generate-dcgm.mjs';
import { CODECARBON_HEADER, codecarbonChunks, pyFloat } from '../../bench/generate.mjs';
import { inputSpecs, parseSize, sizeLabel } from '../../bench/inputs.mjs';
import { parseOptions, roundsFor } from '../../bench/options.mjs';
import { LIMITS, evaluateTargets, tally, type JudgedInput } from '../../bench/targets.mjs';
import { AWK_ENV, awkSum, readFirstLine } from '../../bench/tools.mjs';
import { nvidiaSmiLogChunks } from '../../scripts/make-example.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

describe('options', () => {
  it('defaults to the inputs of issue 22: 1 and 5 GB nvidia-smi logs, the others at 50 and 200 MB', () => {
    const options = parseOptions([]);
    expect(options.groups).toEqual(['nvidia-smi', 'codecarbon', 'dcgm']);
    expect(options.nvidiaSmiSizes).toEqual([1e9, 5e9]);
    expect(options.otherSizes).toEqual([50e6, 200e6]);
    expect(options.runs).toBeUndefined();
    expect(options.out).toBe(join(ROOT, 'bench', 'results', 'latest.json'));
  });

  it('small mode: small inputs, cached and written apart from a full run', () => {
    const options = parseOptions(['--small']);
    expect(options.nvidiaSmiSizes).toEqual([4e6]);
    expect(options.otherSizes).toEqual([500e3, 2e6]);
    expect(options.cacheDir).toMatch(/carbon-ci-bench[/\\]small$/);
    expect(options.out).toBe(join(options.cacheDir, 'small.json'));
  });

  it('reads --only, --sizes, --other-size, --runs, --cache-dir and --out', () => {
    const options = parseOptions(['--only', 'codecarbon, dcgm', '--sizes', '5GB,1GB,1GB', '--other-size', '20MB', '--runs', '3', '--cache-dir', '/c', '--out', '/o.json']);
    expect(options.groups).toEqual(['codecarbon', 'dcgm']);
    expect(options.nvidiaSmiSizes).toEqual([1e9, 5e9]);
    expect(options.otherSizes).toEqual([5e6, 20e6]);
    expect(options.runs).toBe(3);
    expect(options.cacheDir).toBe('/c');
    expect(options.out).toBe('/o.json');
  });

  it('rejects what it cannot run', () => {
    expect(() => parseOptions(['--only', 'carbontracker'])).toThrow(/unknown input "carbontracker"/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseOptions(['--runs', '1.5'])).toThrow(/--runs/);
    expect(() => parseOptions(['--sizes', 'big'])).toThrow(/not a size/);
    expect(() => parseOptions(['--other-size', '20kB'])).toThrow(/at least 10kB/);
    expect(() => parseOptions(['--workers', '2'])).toThrow(expect.objectContaining({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION' }));
  });

  it('gives an input five rounds, one from 2 GB, unless --runs says', () => {
    expect(roundsFor(1e9, undefined)).toBe(5);
    expect(roundsFor(5e9, undefined)).toBe(1);
    expect(roundsFor(5e9, 2)).toBe(2);
  });

  it('reads sizes in decimal units and labels them back', () => {
    expect(['1GB', '200MB', '512kB', '1.5GB', '123'].map(parseSize)).toEqual([1e9, 200e6, 512e3, 1.5e9, 123]);
    expect([1e9, 50e6, 500e3, 1234].map(sizeLabel)).toEqual(['1GB', '50MB', '500kB', '1234B']);
  });

  it('prints its help, and exits 2 on a bad option, without a bundle or inputs', async () => {
    const help = await run(process.execPath, ['bench/run.mjs', '--help'], { cwd: ROOT });
    expect(help.stdout).toMatch(/^Usage: npm run bench/);
    await expect(run(process.execPath, ['bench/run.mjs', '--split'], { cwd: ROOT })).rejects.toMatchObject({ code: 2 });
  });
});

/** A benchmark result with just what the targets read. */
function input(id: string, format: string, bytes: number, rssMB: number, ratio = 2, errors: string[] = []): JudgedInput {
  return { id, format, bytes, errors, carbonCiOverAwk: { median: ratio }, tools: { 'carbon-ci': { peakRssBytes: rssMB * 1e6 } } };
}

describe('targets', () => {
  const full = [
    input('nvidia-smi-1GB', 'nvidia-smi', 1.0003e9, 90, 2.4),
    input('nvidia-smi-5GB', 'nvidia-smi', 5.0001e9, 95, 2.9),
    input('codecarbon-50MB', 'codecarbon', 50e6, 80),
    input('codecarbon-200MB', 'codecarbon', 200e6, 100),
    input('dcgmi-dmon-50MB', 'dcgmi-dmon', 50e6, 70),
    input('dcgmi-dmon-200MB', 'dcgmi-dmon', 200e6, 140),
  ];

  it('judges the awk ratio on the 1 GB log, peak RSS on every large input, and flat memory per format', () => {
    const targets = evaluateTargets(full);
    expect(targets.map((t) => [t.inputs.join('+'), t.measured === null ? null : Math.round(t.measured * 100) / 100, t.threshold, t.pass])).toEqual([
      ['nvidia-smi-1GB', 2.4, LIMITS.awkRatioMax, true],
      ['nvidia-smi-1GB', 90, 150, true],
      ['nvidia-smi-5GB', 95, 150, true],
      ['codecarbon-200MB', 100, 150, true],
      ['codecarbon-50MB+codecarbon-200MB', 20, 30, true],
      ['dcgmi-dmon-200MB', 140, 150, true],
      ['dcgmi-dmon-50MB+dcgmi-dmon-200MB', 70, 30, false],
    ]);
    expect(targets.every((t) => !t.indicative)).toBe(true);
    expect(tally(targets)).toEqual({ pass: 6, miss: 1, notJudged: 0, indicative: 0 });
  });

  it('misses when carbon-ci takes more than 3 times awk, or more than 150 MB', () => {
    const targets = evaluateTargets([input('nvidia-smi-1GB', 'nvidia-smi', 1e9, 151, 3.01)]);
    expect(targets.map((t) => t.pass)).toEqual([false, false]);
  });

  it('marks targets judged on other sizes as indicative, and counts them apart', () => {
    const targets = evaluateTargets([input('nvidia-smi-4MB', 'nvidia-smi', 4e6, 60, 20), input('codecarbon-500kB', 'codecarbon', 5e5, 60), input('codecarbon-2MB', 'codecarbon', 2e6, 62)]);
    expect(targets[0]!.description).toMatch(/target set for 1 GB/);
    expect(targets.every((t) => t.indicative)).toBe(true);
    expect(tally(targets)).toEqual({ pass: 0, miss: 0, notJudged: 0, indicative: 4 });
  });

  it('does not judge an input on which a tool failed', () => {
    const targets = evaluateTargets([input('codecarbon-50MB', 'codecarbon', 50e6, 60), input('codecarbon-200MB', 'codecarbon', 200e6, 0, 2, ['carbon-ci exited with code 2'])]);
    expect(targets.map((t) => [t.pass, t.measured, t.note])).toEqual([
      [null, null, 'a tool failed on this input'],
      [null, null, 'a tool failed on this input'],
    ]);
  });
});

describe('awk sums', () => {
  const samples: { format: string; text: string; expected: (text: string) => number }[] = [
    {
      format: 'nvidia-smi',
      text: [...nvidiaSmiLogChunks({ durationS: 30 })].join(''),
      expected: (text) => sumOf(text.trimEnd().split('\n').slice(1), (line) => parseFloat(line.split(', ')[4]!)),
    },
    {
      format: 'codecarbon',
      text: [...codecarbonChunks({ targetBytes: 20_000 })].join(''),
      expected: (text) => {
        const [header, ...rows] = text.trimEnd().split('\n');
        const column = header!.split(',').indexOf('gpu_power');
        return sumOf(rows, (row) => Number(row.split(',')[column]));
      },
    },
    {
      format: 'dcgm-exporter',
      text: [...dcgmExporterChunks({ targetBytes: 20_000 })].join(''),
      expected: (text) => sumOf(text.split('\n').filter((l) => l.startsWith('DCGM_FI_DEV_POWER_USAGE{')), (l) => Number(l.split(' ').at(-2))),
    },
    {
      format: 'dcgmi-dmon',
      text: [...dcgmiDmonChunks({ targetBytes: 20_000 })].join(''),
      expected: (text) => sumOf(text.split('\n').filter((l) => / GPU /.test(l)), (l) => Number(l.trim().split(/\s+/)[3])),
    },
  ];

  it.each(samples)('$format: finds the power column from the header and sums it', async ({ format, text, expected }) => {
    const dir = await mkdtemp(join(tmpdir(), 'carbon-ci-bench-awk-'));
    try {
      const file = join(dir, 'input');
      await writeFile(file, text);
      const awk = awkSum(format, await readFirstLine(file));
      const { stdout } = await run('awk', [...awk.args, file], { env: { ...process.env, ...AWK_ENV } });
      const want = expected(text);
      expect(want).toBeGreaterThan(0);
      expect(Number(stdout.trim())).toBeCloseTo(want, 1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('says when the header has no power column', () => {
    expect(() => awkSum('nvidia-smi', 'timestamp, index, uuid')).toThrow(/power\.draw/);
    expect(() => awkSum('codecarbon', 'timestamp,project_name')).toThrow(/gpu_power/);
    expect(() => awkSum('dcgmi-dmon', 'GPU 0 61.6 284360079243')).toThrow(/#Entity/);
  });
});

function sumOf(lines: string[], value: (line: string) => number): number {
  return lines.reduce((sum, line) => sum + value(line), 0);
}

function digest(chunks: Iterable<string>): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const chunk of chunks) {
    hash.update(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  return { sha256: hash.digest('hex'), bytes };
}

describe('inputs', () => {
  it('names each other format at both sizes, by generator version and size', () => {
    const specs = inputSpecs({ cacheDir: '/cache', groups: ['codecarbon', 'dcgm'], nvidiaSmiSizes: [1e9], otherSizes: [50e6, 200e6] });
    expect(specs.map((s) => [s.id, s.plugin, s.path])).toEqual([
      ['codecarbon-50MB', 'codecarbon', '/cache/codecarbon-emissions-v1-50MB.csv'],
      ['codecarbon-200MB', 'codecarbon', '/cache/codecarbon-emissions-v1-200MB.csv'],
      ['dcgm-exporter-50MB', 'dcgm', '/cache/dcgm-exporter-v1-50MB.prom'],
      ['dcgm-exporter-200MB', 'dcgm', '/cache/dcgm-exporter-v1-200MB.prom'],
      ['dcgmi-dmon-50MB', 'dcgm', '/cache/dcgmi-dmon-v1-50MB.log'],
      ['dcgmi-dmon-200MB', 'dcgm', '/cache/dcgmi-dmon-v1-200MB.log'],
    ]);
  });

  // Pinned: the same bytes on every machine. If a generator is changed on purpose, bump its entry in
  // GENERATOR_VERSIONS (bench/generate.mjs), so that cached inputs are made again, and update the hash.
  const cases = [
    { name: 'codecarbon', make: codecarbonChunks, sha256: '8968ca3a473404a6f9b83d6142095d98d0aad863327ebbcb92617a70dd78db46' },
    { name: 'dcgm-exporter', make: dcgmExporterChunks, sha256: 'e4aa42f9efe879b163cc4ec1ce435dc0f3bb934bbb1104bbd92e2b973d69b53d' },
    { name: 'dcgmi-dmon', make: dcgmiDmonChunks, sha256: 'a58aaa35ff653caefcb1c3a9907a4e363567fd705c7295aa0d7c2684deb2a88a' },
  ];

  it.each(cases)('$name: the same bytes for the same seed, whatever the chunk size', ({ make, sha256 }) => {
    const first = digest(make({ targetBytes: 300_000 }));
    expect(first.sha256).toBe(sha256);
    expect(digest(make({ targetBytes: 300_000, chunkChars: 777 })).sha256).toBe(sha256);
    expect(first.bytes).toBeGreaterThanOrEqual(300_000);
    expect(first.bytes).toBeLessThan(340_000);
    expect(digest(make({ targetBytes: 300_000, seed: 1 })).sha256).not.toBe(sha256);
  });

  it('writes a CodeCarbon 3.x emissions.csv: 38 columns on every row, cumulative within a run', () => {
    const text = [...codecarbonChunks({ targetBytes: 200_000 })].join('');
    const [header, ...rows] = text.trimEnd().split('\n');
    expect(`${header}\n`).toBe(CODECARBON_HEADER);
    const names = header!.split(',');
    expect(names).toHaveLength(38);
    const col = (name: string) => names.indexOf(name);
    let previous: string[] | undefined;
    for (const row of rows) {
      const fields = row.split(',');
      expect(fields).toHaveLength(38);
      if (previous && previous[col('run_id')] === fields[col('run_id')]) {
        for (const name of ['duration', 'gpu_energy', 'cpu_energy', 'ram_energy', 'energy_consumed', 'emissions']) {
          expect(Number(fields[col(name)])).toBeGreaterThan(Number(previous[col(name)]));
        }
      }
      previous = fields;
    }
  });

  it('writes floats as Python repr() does', () => {
    expect([1e-5, 1.5e-5, 1e-4, 62, 0.1 + 0.2, 1e16, -3.5, 2.7241537571650343e-5, 355.46638011932373, 0].map(pyFloat)).toEqual([
      '1e-05',
      '1.5e-05',
      '0.0001',
      '62.0',
      '0.30000000000000004',
      '1e+16',
      '-3.5',
      '2.7241537571650343e-05',
      '355.46638011932373',
      '0.0',
    ]);
  });
});
