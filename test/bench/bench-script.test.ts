// The benchmark script (`npm run bench`) works: its small mode runs end to end and writes complete
// results, and its generators are deterministic. No timing is asserted here: performance is what the
// benchmark measures, never a unit test.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODECARBON_HEADER, codecarbonChunks, dcgmExporterChunks, dcgmiDmonChunks, pyFloat } from '../../bench/generate.mjs';
import { ROOT, ensureBundle } from '../github/action-harness.js';

interface ToolResult {
  command: string;
  seconds: { runs: number[]; median: number };
  MBps: number;
  peakRssBytes: number;
  sum?: number | null;
  program?: string;
  result?: { plugin: string; energyJ: number; devices: number; coverage: number; warnings: string[]; sameEnergyEveryRun: boolean };
}

interface InputResult {
  id: string;
  format: string;
  expectedPlugin: string;
  splitOf?: string;
  files: string[];
  bytes: number;
  runs: number;
  probeMs: number[][];
  slowdowns: [number, number][];
  tools: Record<'cat' | 'awk' | 'carbon-ci', ToolResult>;
  ratios: { carbonCiOverCat: number; awkOverCarbonCi: number };
  errors: string[];
  split?: { parts: number; identicalToSingleFile: boolean; energyJ: number; singleFileEnergyJ: number; deviceMismatches: unknown[]; awkSumMatches: boolean };
}

interface BenchResults {
  date: string;
  mode: string;
  machine: { cpuModel: string; cpus: number; totalMemoryBytes: number; node: string; awk: string; probe: { bestMs: number; worstSlowdown: number } };
  settings: { rssMethod: string };
  inputs: InputResult[];
  targets: { description: string; pass: boolean | null; indicative: boolean }[];
}

const INPUTS = ['nvidia-smi-4MB', 'nvidia-smi-4MB-split4', 'codecarbon-2MB', 'dcgm-exporter-2MB', 'dcgmi-dmon-2MB'];

describe('npm run bench -- --small', () => {
  let dir: string;
  let stdout: string;
  let results: BenchResults;

  beforeAll(async () => {
    await ensureBundle();
    dir = await mkdtemp(join(tmpdir(), 'carbon-ci-bench-test-'));
    const out = join(dir, 'r.json');
    try {
      ({ stdout } = await promisify(execFile)(
        process.execPath,
        ['bench/run.mjs', '--small', '--runs', '1', '--cache-dir', join(dir, 'cache'), '--out', out],
        { cwd: ROOT, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 },
      ));
    } catch (error) {
      const e = error as { message: string; stdout?: string; stderr?: string };
      throw new Error(`bench/run.mjs --small failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, { cause: error });
    }
    results = JSON.parse(await readFile(out, 'utf8')) as BenchResults;
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prints the table and the targets', () => {
    expect(stdout).toMatch(/input\s+size MB\s+tool\s+seconds\s+MB\/s\s+peak RSS MB\s+carbon-ci\/cat\s+awk\/carbon-ci\s+core slowdown/);
    expect(stdout).toMatch(/^Core slowdown \(bench\/probe\.mjs/m);
    expect(stdout).toMatch(/Targets \(issue #6\)/);
    expect(stdout).toMatch(/^ {2}(PASS|MISS|N\/A ) {2}/m);
  });

  it('describes the machine', () => {
    expect(results.mode).toBe('small');
    expect(Number.isNaN(Date.parse(results.date))).toBe(false);
    expect(results.machine.cpus).toBeGreaterThan(0);
    expect(results.machine.totalMemoryBytes).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    expect(results.machine.awk).not.toBe('unknown');
    expect(['gnu-time', 'proc-vmhwm']).toContain(results.settings.rssMethod);
    // The speed probe ran before each round, on two threads; the best round is the unit.
    expect(results.machine.probe.bestMs).toBeGreaterThan(0);
    expect(results.machine.probe.worstSlowdown).toBeGreaterThanOrEqual(1);
    for (const input of results.inputs) {
      expect(input.probeMs, input.id).toHaveLength(input.runs);
      for (const times of input.probeMs) expect(times, input.id).toHaveLength(2);
      for (const [faster, slower] of input.slowdowns) {
        expect(faster, input.id).toBeGreaterThanOrEqual(1);
        expect(slower, input.id).toBeGreaterThanOrEqual(faster);
      }
    }
    expect(Math.min(...results.inputs.flatMap((i) => i.probeMs.flat()))).toBe(results.machine.probe.bestMs);
  });

  it('measures every tool on every input', () => {
    expect(results.inputs.map((i) => i.id)).toEqual(INPUTS);
    for (const input of results.inputs) {
      expect(input.errors, input.id).toEqual([]);
      expect(input.bytes, input.id).toBeGreaterThan(0);
      for (const tool of ['cat', 'awk', 'carbon-ci'] as const) {
        const t = input.tools[tool];
        expect(t.seconds.runs, `${input.id} ${tool}`).toHaveLength(1);
        expect(t.seconds.median, `${input.id} ${tool}`).toBeGreaterThan(0);
        expect(t.MBps, `${input.id} ${tool}`).toBeGreaterThan(0);
        expect(t.peakRssBytes, `${input.id} ${tool}`).toBeGreaterThan(0);
      }
      expect(input.ratios.carbonCiOverCat, input.id).toBeGreaterThan(0);
      expect(input.ratios.awkOverCarbonCi, input.id).toBeGreaterThan(0);
      expect(input.tools.awk.program, input.id).toMatch(/s\+=\$/);
      expect(input.tools.awk.sum, input.id).toBeGreaterThan(0);
    }
  });

  it('has carbon-ci read each input with the right plugin, fully', () => {
    for (const input of results.inputs) {
      const result = input.tools['carbon-ci'].result;
      expect(result, input.id).toBeDefined();
      expect(result!.plugin, input.id).toBe(input.expectedPlugin);
      expect(result!.energyJ, input.id).toBeGreaterThan(0);
      expect(result!.devices, input.id).toBeGreaterThan(0);
      expect(result!.coverage, input.id).toBeGreaterThan(0.95);
    }
    const expected: Record<string, string> = { 'nvidia-smi': 'nvidia-smi', codecarbon: 'codecarbon', 'dcgm-exporter': 'dcgm', 'dcgmi-dmon': 'dcgm' };
    for (const input of results.inputs) expect(input.expectedPlugin).toBe(expected[input.format]);
  });

  it('gets the same energy from the log split in 4 by time as from the whole log', () => {
    const single = results.inputs.find((i) => i.id === 'nvidia-smi-4MB')!;
    const split = results.inputs.find((i) => i.splitOf === 'nvidia-smi-4MB')!;
    expect(split.files).toHaveLength(4);
    expect(split.split!.awkSumMatches, 'the split files hold the same rows').toBe(true);
    // Exactly equal, to the last bit: a different summation order across files shows up here.
    expect(split.split!.energyJ).toBe(single.tools['carbon-ci'].result!.energyJ);
    expect(split.split!.deviceMismatches, 'devices whose energy differs between the whole log and its split').toEqual([]);
    expect(split.split!.identicalToSingleFile).toBe(true);
  });

  it('judges every target, honestly marked indicative on small files', () => {
    expect(results.targets.length).toBeGreaterThanOrEqual(8);
    for (const target of results.targets) expect([true, false, null]).toContain(target.pass);
    const throughput = results.targets.filter((t) => /MB\/s|end to end/.test(t.description));
    expect(throughput.length).toBeGreaterThan(0);
    for (const target of throughput) expect(target.indicative).toBe(true);
  });
});

function digest(chunks: Iterable<string>): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  let bytes = 0;
  for (const chunk of chunks) {
    hash.update(chunk);
    bytes += Buffer.byteLength(chunk);
  }
  return { sha256: hash.digest('hex'), bytes };
}

describe('benchmark generators', () => {
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
