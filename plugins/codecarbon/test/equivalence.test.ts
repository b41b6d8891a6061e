// The plugin reads ordinary rows from their bytes (with its row kernel, or in TypeScript) and anything
// else as decoded text. All must give what the reader before the byte path gave (./reference-read.ts):
// the same records to the bit, the same messages, the same errors. Files are generated with every variation that sends rows one way or the
// other, and read in pieces of random sizes from a buffer that is overwritten between pieces.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expandRecords, isInputError } from 'carbon-ci';
import type { FileSource, TelemetryPlugin, TelemetryRecord } from 'carbon-ci';
import { createContext } from 'carbon-ci/testing';
import { CODECARBON_HEADER, prng, pyFloat } from '../../../bench/generate.mjs';
import plugin, { readEmissions } from '../index.js';
import { referenceRead } from './reference-read.js';

const reference: TelemetryPlugin = { ...plugin, read: referenceRead };
const withoutKernel: TelemetryPlugin = { ...plugin, read: (source, context) => readEmissions(source, context, { rowKernel: false }) };
type Random = () => number;

const HEADERS = {
  v3: CODECARBON_HEADER.trim(),
  v2: 'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue',
  bigscience: 'timestamp,project_name,run_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud',
  v1: 'timestamp,experiment_id,project_name,duration,emissions,energy_consumed,country_name,country_iso_code,region,on_cloud,cloud_provider,cloud_region',
};

/** Stands for bytes that are not UTF-8, put in after the text is encoded. */
const INVALID_UTF8 = '\u0001INVALID\u0001';

const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, p: number) => random() < p;

function uuid(random: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
}

/** A number as CodeCarbon (Python) writes it, mostly; now and then in another form a reader must take or refuse alike. */
function numberText(random: Random, x: number, oddities: number): string {
  if (!chance(random, oddities)) return pyFloat(x);
  return pick(random, [
    String(x),
    x.toExponential(),
    x.toFixed(20),
    ` ${pyFloat(x)}`,
    `${pyFloat(x)}\t`,
    `+${pyFloat(x)}`,
    '',
    'nan',
    'N/A',
    x.toPrecision(19),
    `\u00a0${pyFloat(x)}`,
  ]);
}

/** A wall-clock timestamp (ms as if UTC) as CodeCarbon writes it, or now and then another form. */
function timestampText(random: Random, wallMs: number, oddities: number): string {
  const iso = new Date(wallMs).toISOString();
  if (!chance(random, oddities)) return iso.slice(0, 19);
  return pick(random, [
    iso.slice(0, 19).replace('T', ' '),
    iso.slice(0, 23),
    `${iso.slice(0, 19)}.5`,
    `${iso.slice(0, 19)}.123456`,
    `${iso.slice(0, 19)}.9995`,
    `${iso.slice(0, 19)}+02:00`,
    `${iso.slice(0, 19)}Z`,
    ` ${iso.slice(0, 19)}`,
    iso.slice(0, 19).replace('T', 't'),
    iso.slice(0, 19).replaceAll('-', '/'),
    `0099${iso.slice(4, 19)}`,
  ]);
}

interface Host {
  cpuModel: string;
  gpuModel: string;
  gpuCount: string;
  gpuW: number;
}

const HOSTS: Host[] = [
  { cpuModel: 'AMD EPYC 7J13 64-Core Processor', gpuModel: '1 x NVIDIA A100-SXM4-80GB', gpuCount: '1', gpuW: 250 },
  { cpuModel: '"AMD EPYC 7763 64-Core Processor"', gpuModel: '8 x NVIDIA GeForce RTX 3090', gpuCount: '8.0', gpuW: 2400 },
  { cpuModel: '"Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz, 40 threads"', gpuModel: '"4 x NVIDIA H100 80GB HBM3"', gpuCount: '4', gpuW: 1600 },
  { cpuModel: 'Apple M1', gpuModel: '', gpuCount: '0', gpuW: 0 },
  { cpuModel: `Processeur ${INVALID_UTF8} «spécial»`, gpuModel: 'Radeon Instinct MI250X', gpuCount: '', gpuW: 500 },
];

interface RunTotals {
  id: string;
  durationS: number;
  cpuKWh: number;
  gpuKWh: number;
  ramKWh: number;
}

/** One row's values by column name. */
function rowValues(random: Random, run: RunTotals, host: Host, wallMs: number, pue: number, oddities: number): Record<string, string> {
  const num = (x: number) => numberText(random, x, oddities);
  const energyKWh = run.cpuKWh + run.gpuKWh + run.ramKWh;
  return {
    timestamp: timestampText(random, wallMs, oddities),
    project_name: chance(random, 0.1) ? 'projet-été' : 'llm-finetune',
    run_id: run.id,
    experiment_id: run.id,
    duration: num(run.durationS),
    emissions: num(energyKWh * 0.2 * pue),
    emissions_rate: num((energyKWh * 0.2) / run.durationS),
    cpu_power: chance(random, 0.1) ? '0.0' : num(42.5),
    gpu_power: num(host.gpuW),
    ram_power: chance(random, 0.1) ? '0.0' : num(20.25),
    cpu_energy: num(run.cpuKWh * pue),
    gpu_energy: num(run.gpuKWh * pue),
    ram_energy: num(run.ramKWh * pue),
    energy_consumed: num(energyKWh * pue),
    water_consumed: '0.0',
    country_name: 'France',
    country_iso_code: 'FRA',
    region: 'île-de-france',
    cloud_provider: '',
    cloud_region: '',
    os: 'Linux-5.15.0-x86_64-with-glibc2.35',
    python_version: '3.11.11',
    codecarbon_version: '3.3.0',
    cpu_count: '32',
    cpu_model: host.cpuModel,
    gpu_count: host.gpuCount,
    gpu_model: host.gpuModel,
    longitude: '2.35',
    latitude: '48.85',
    ram_total_size: '251.5',
    tracking_mode: 'machine',
    cpu_utilization_percent: num(35),
    gpu_utilization_percent: num(97),
    ram_utilization_percent: num(40),
    ram_used_gb: num(100.6),
    on_cloud: 'N',
    pue: pue === 1 ? '1.0' : String(pue),
    wue: '0.0',
  };
}

/** Wall-clock starts near the European and American DST changes of 2025, and an ordinary day. */
const START_WALL_MS = [Date.UTC(2025, 2, 30, 0, 30), Date.UTC(2025, 9, 26, 1, 10), Date.UTC(2025, 2, 9, 1, 20), Date.UTC(2025, 5, 1, 23, 50)];

/**
 * The lines of a generated emissions.csv: several runs of a few rows each, with cumulative totals,
 * and the oddities of real files: runs that start again under the same id, runs whose rows interleave,
 * headers repeated by append mode, rows with a column left out, blank lines, missing values.
 */
function emissionsLines(random: Random, header: string, oddities: number): string[] {
  const names = header.split(',');
  const host = pick(random, HOSTS);
  const pue = pick(random, [1, 1, 1.5, 1.25]);
  const lines = [header];
  // The runs still writing: the latest last; one that starts again replaces its earlier self.
  const runs: { totals: RunTotals; startWallMs: number }[] = [];
  let wallMs = pick(random, START_WALL_MS);
  const rowCount = 5 + Math.floor(random() * 120);
  for (let r = 0; r < rowCount; r++) {
    if (runs.length === 0 || chance(random, 0.08)) {
      // A restart shows as a duration below the last one (a run of a few rows may not show it).
      const restart = runs.length > 0 && runs[runs.length - 1]!.totals.durationS > 20 && chance(random, 0.3);
      const id = restart ? runs.pop()!.totals.id : chance(random, 0.05) ? '' : uuid(random);
      runs.push({ totals: { id, durationS: 0, cpuKWh: 0, gpuKWh: 0, ramKWh: 0 }, startWallMs: wallMs });
    }
    // Mostly the latest run; now and then another one still running (interleaved rows).
    const run = chance(random, 0.1) ? pick(random, runs) : runs[runs.length - 1]!;
    const stepS = 15 * random() + 0.01;
    wallMs += Math.round(stepS * 1000);
    const totals = run.totals;
    totals.durationS = (wallMs - run.startWallMs) / 1000 + random() * 0.05;
    totals.cpuKWh += chance(random, 0.05) ? 0 : (42.5 * stepS) / 3.6e6;
    totals.gpuKWh += host.gpuW === 0 || chance(random, 0.05) ? 0 : (host.gpuW * stepS * random()) / 3.6e6;
    totals.ramKWh += (20.25 * stepS) / 3.6e6;
    const values = rowValues(random, totals, host, wallMs, pue, oddities);
    let fields = names.map((name) => values[name] ?? '');
    if (chance(random, oddities / 4)) fields = fields.filter((_, k) => k !== 18);
    lines.push(fields.join(','));
    if (chance(random, 0.03)) lines.push(header);
    if (chance(random, 0.02)) lines.push(pick(random, ['', '   ', '\t']));
  }
  return lines;
}

/** A long file of a few runs whose rows interleave, now and then a repeated header or a blank line. */
function longEmissionsFile(random: Random, header: string, rowCount: number, quotedModel = false): Buffer {
  const names = header.split(',');
  const runs: RunTotals[] = Array.from({ length: 4 }, () => ({ id: uuid(random), durationS: 0, cpuKWh: 0, gpuKWh: 0, ramKWh: 0 }));
  let wallMs = START_WALL_MS[3]!;
  const lines = [header];
  for (let r = 0; r < rowCount; r++) {
    const run = pick(random, runs);
    const stepS = 15 * random() + 0.01;
    wallMs += Math.round(stepS * 1000);
    run.durationS += stepS;
    run.cpuKWh += (42.5 * stepS) / 3.6e6;
    run.gpuKWh += (250 * stepS * random()) / 3.6e6;
    run.ramKWh += (20.25 * stepS) / 3.6e6;
    const values = rowValues(random, run, HOSTS[0]!, wallMs, 1, 0);
    if (quotedModel) values.cpu_model = '"AMD EPYC 7J13, 64-Core Processor"';
    lines.push(names.map((name) => values[name] ?? '').join(','));
    if (chance(random, 0.0002)) lines.push(pick(random, [header, '']));
  }
  return Buffer.from(`${lines.join(chance(random, 0.5) ? '\r\n' : '\n')}\n`);
}

/** A whole file: line endings, a byte-order mark, a cut last line; bytes that are not UTF-8 where marked. */
function emissionsFile(random: Random, header: string, oddities: number): Buffer {
  const lines = emissionsLines(random, header, oddities);
  let text = lines.join(chance(random, 0.3) ? '\r\n' : '\n');
  if (chance(random, 0.7)) text += '\n';
  else if (chance(random, 0.5)) text = text.slice(0, text.length - Math.floor(random() * lines[lines.length - 1]!.length));
  if (chance(random, 0.1)) text = `\ufeff${text}`;
  const parts = text.split(INVALID_UTF8).map((part) => Buffer.from(part, 'utf8'));
  return Buffer.concat(parts.flatMap((part, k) => (k === 0 ? [part] : [Buffer.from([0xff, 0xc3, 0x28]), part])));
}

/** `bytes` in pieces of random sizes, each copied into one buffer that is overwritten after it is read, as `FileSource.chunks()` reuses its buffers. */
function piecesSource(bytes: Buffer, random: Random, maxPiece = pick(random, [7, 300, 5000, 1 << 16])): FileSource {
  return {
    kind: 'file',
    path: 'emissions.csv',
    open: () => Readable.from([bytes]),
    async *chunks() {
      const buffer = Buffer.alloc(maxPiece);
      for (let at = 0; at < bytes.length; ) {
        const size = Math.min(bytes.length - at, 1 + Math.floor(random() * maxPiece));
        bytes.copy(buffer, 0, at, at + size);
        yield buffer.subarray(0, size);
        buffer.fill(0x2c);
        at += size;
      }
    },
  };
}

/** Numbers written so that -0, 0 and every bit of a double count. */
function exactly(records: TelemetryRecord[]): string {
  return JSON.stringify(records, (_key, value: unknown) => (typeof value === 'number' ? `${Object.is(value, -0) ? '-0' : String(value)}` : value));
}

async function outcome(reader: TelemetryPlugin, source: FileSource, timeZone: string) {
  const context = createContext({ timeZone });
  const records: TelemetryRecord[] = [];
  let error: { message: string; file?: string; line?: number; hint?: string } | undefined;
  try {
    for await (const batch of reader.read(source, context)) records.push(...expandRecords(Array.isArray(batch) ? batch : [batch]));
  } catch (thrown) {
    if (!isInputError(thrown)) throw thrown;
    const { message, file, line, hint } = thrown as Error & { file?: string; line?: number; hint?: string };
    error = { message, file, line, hint };
  }
  // Records yielded before an error depend on how each reader batches them; only the error counts then.
  return { records: error ? '' : exactly(records), recordCount: error ? 0 : records.length, error, messages: context.messages };
}

async function expectSameAsReference(bytes: Buffer, timeZone: string, random: Random, maxPiece?: number) {
  const expected = await outcome(reference, piecesSource(bytes, random, maxPiece), timeZone);
  for (const reader of [plugin, withoutKernel]) {
    const actual = await outcome(reader, piecesSource(bytes, random, maxPiece), timeZone);
    expect(actual.error).toEqual(expected.error);
    expect(actual.messages).toEqual(expected.messages);
    expect(actual.recordCount).toBe(expected.recordCount);
    if (actual.records !== expected.records) expect(JSON.parse(actual.records)).toEqual(JSON.parse(expected.records));
  }
  return expected;
}

describe('codecarbon byte path', () => {
  it('reads generated files of every CodeCarbon version as the line reader did, to the bit', async () => {
    const random = prng(0xc0dec0);
    let records = 0;
    let errors = 0;
    for (let k = 0; k < 240; k++) {
      const header = pick(random, Object.values(HEADERS));
      const bytes = emissionsFile(random, header, pick(random, [0, 0.01, 0.05]));
      const result = await expectSameAsReference(bytes, pick(random, ['UTC', 'Europe/Madrid', 'America/New_York']), random);
      records += result.recordCount;
      if (result.error) errors++;
    }
    // The oddities stop some files with an error (a bad timestamp, a unit); most must be read through.
    expect(records).toBeGreaterThan(30_000);
    expect(errors).toBeLessThan(24);
  });

  it('reads the benchmark generator output as the line reader did', async () => {
    const random = prng(0xbe7c);
    for (const gpus of [1, 8] as const) {
      const { codecarbonChunks } = await import('../../../bench/generate.mjs');
      const bytes = Buffer.from([...codecarbonChunks({ targetBytes: 400_000, gpus })].join(''), 'utf8');
      expect((await expectSameAsReference(bytes, 'UTC', random)).recordCount).toBeGreaterThan(1000);
    }
  });

  it('reads chunks of thousands of rows, rows the row kernel leaves (quoted), and chunks larger than it takes, the same way', async () => {
    const random = prng(0x1a46e);
    for (const maxPiece of [1 << 20, 3 << 20]) {
      for (const [header, quoted] of [[HEADERS.v1, false], [HEADERS.v3, false], [HEADERS.v3, true]] as const) {
        const bytes = longEmissionsFile(random, header, header === HEADERS.v1 ? 20_000 : 6_000, quoted);
        expect(bytes.length).toBeGreaterThan(2 << 20);
        const result = await expectSameAsReference(bytes, "Europe/Madrid", random, maxPiece);
        expect(result.error).toBeUndefined();
        expect(result.recordCount).toBeGreaterThan(15_000);
      }
    }
  });

  it('keeps nothing of a chunk after it: rows at the same place of a reused buffer keep their own run', async () => {
    const random = prng(0x5a3e);
    const host = HOSTS[0]!;
    const rows = ['run-a', 'run-b', 'run-a', 'run-b'].map((id, k) =>
      Object.values(rowValues(random, { id, durationS: 30 + k, cpuKWh: 1e-4, gpuKWh: 2e-4 * (k + 1), ramKWh: 5e-5 }, host, Date.UTC(2025, 5, 1, 0, 0, k), 1, 0)).join(','),
    );
    const lines = [`${HEADERS.v3}\n`, ...rows.map((row) => `${row}\n`)];
    const buffer = Buffer.alloc(4096);
    const source: FileSource = {
      kind: 'file',
      path: 'emissions.csv',
      open: () => Readable.from([Buffer.from(lines.join(''))]),
      async *chunks() {
        for (const line of lines) yield buffer.subarray(0, buffer.write(line));
      },
    };
    const { records } = await outcome(plugin, source, 'UTC');
    expect([...JSON.parse(records).map((r: { device: { id: string } }) => r.device.id)]).toEqual(
      ['a', 'b', 'a', 'b'].flatMap((run) => ['gpu', 'cpu', 'ram'].map((component) => `codecarbon:run-${run}:${component}`)),
    );
  });

  it('reads files with no rows, or no header, as the line reader did', async () => {
    const random = prng(0xe0f);
    const texts = ['', '\ufeff', '\n\n', ' \t\r\n', HEADERS.v3, `${HEADERS.v1}\r\n`, `\ufeff${HEADERS.v2}\n\n   \n`, '2025-06-01T00:00:00,run,1.0\n', 'a,b,c\n'];
    for (const text of texts) await expectSameAsReference(Buffer.from(text, 'utf8'), 'UTC', random);
    await expectSameAsReference(Buffer.from(`\ufeff${HEADERS.v1}\n`, 'utf16le'), 'UTC', random);
  });

  it('refuses corrupted rows with the same message, line and hint', async () => {
    const random = prng(0xbad);
    const row = (values: Partial<Record<string, string>>) => {
      const base = rowValues(random, { id: 'run-1', durationS: 30, cpuKWh: 1e-4, gpuKWh: 2e-4, ramKWh: 5e-5 }, HOSTS[0]!, Date.UTC(2025, 5, 1), 1, 0);
      return HEADERS.v3.split(',').map((name) => values[name] ?? base[name]).join(',');
    };
    const corruptions: Partial<Record<string, string>>[] = [
      { gpu_energy: '-0.001' },
      { gpu_energy: '0.5 kWh' },
      { cpu_energy: '1;5' },
      { duration: 'abc' },
      { duration: '0x10' },
      { emissions: 'Infinity' },
      { pue: '0.9' },
      { pue: '1.0 x' },
      { gpu_count: 'eight' },
      { timestamp: '31/05/2024 10:39' },
      { timestamp: '2023-02-29T10:00:00' },
      { timestamp: '2024-13-01T00:00:00' },
      { cpu_power: 'n.a.' },
    ];
    for (const corruption of corruptions) {
      const text = `${HEADERS.v3}\n${row({})}\n${row(corruption)}\n`;
      const { error } = await expectSameAsReference(Buffer.from(text), 'UTC', random);
      expect(error, JSON.stringify(corruption)).toBeDefined();
    }
    const down = `${HEADERS.v3}\n${row({ duration: '30.0' })}\n${row({ duration: '45.0', gpu_energy: '1e-06' })}\n`;
    expect((await expectSameAsReference(Buffer.from(down), 'UTC', random)).error?.message).toMatch(/went down/);
    const unclosed = `${HEADERS.v3}\n${row({ cpu_model: '"AMD EPYC' })}\n`;
    expect((await expectSameAsReference(Buffer.from(unclosed), 'UTC', random)).error?.message).toMatch(/quoted/);
  });
});
