// The byte-level fast paths change nothing: on varied generated inputs, fed in pieces of every size,
// the readers give the readings (to the bit, in the same order for each device and kind, device objects
// shared the same way), the log lines and the errors (message, line, hint) of the general paths of the
// readers as they were before them (./reference-*.ts, which leave out the old string fast paths and say
// where those differed). The dmon reader yields power readings as columns: compared row by row.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { expandRecords, isInputError } from 'carbon-ci';
import type { FileSource, PluginContext, PluginRecord } from 'carbon-ci';
import { createContext } from 'carbon-ci/testing';
import { prng } from '../../../scripts/make-example.mjs';
import { readDcgmiDmon } from '../dmon.js';
import { readPrometheus } from '../prometheus.js';
import { dmonLog, exporterDump, toBytes } from './generate.js';
import { readDcgmiDmon as referenceDmon } from './reference-dmon.js';
import { readPrometheus as referencePrometheus } from './reference-prometheus.js';

type Reader = (source: FileSource, context: PluginContext, host: string | undefined) => AsyncIterable<PluginRecord[]>;

/**
 * The bytes as a file whose chunks come in pieces of random sizes (a line cut anywhere, a few bytes at a
 * time at worst), each in a buffer that the next piece overwrites, as `FileSource.chunks()` may do.
 */
function piecesSource(bytes: Buffer, seed: number): FileSource {
  const random = prng(seed);
  const largest = [3, 17, 256, 4096, bytes.length][seed % 5]!;
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; ) {
    const size = 1 + Math.floor(random() * largest);
    pieces.push(bytes.subarray(at, at + size));
    at += size;
  }
  return {
    kind: 'file',
    path: `generated-${seed}.log`,
    open: () => Readable.from(pieces),
    async *chunks() {
      const reused = Buffer.alloc(bytes.length);
      for (const piece of pieces) {
        piece.copy(reused);
        yield reused.subarray(0, piece.length);
      }
    },
  };
}

const numberText = (value: number | undefined) => (Object.is(value, -0) ? '-0' : String(value));

/** All that a reader makes of a file, as comparable values. */
async function outcome(read: Reader, bytes: Buffer, seed: number, host: string | undefined, timeZone: string) {
  const context = createContext({ timeZone });
  // Per device (as JSON) and kind, its readings in order; per device, how many objects stood for it.
  const readings = new Map<string, string[]>();
  const objects = new Map<string, Set<object>>();
  let error: Record<string, unknown> | undefined;
  try {
    for await (const batch of read(piecesSource(bytes, seed), context, host)) {
      for (const record of expandRecords(batch)) {
        const device = JSON.stringify(record.device);
        objects.set(device, (objects.get(device) ?? new Set()).add(record.device));
        const value = record.type === 'power' ? record.powerW : record.type === 'energy-counter' ? record.counterJ : Number.NaN;
        const timeMs = 'timeMs' in record ? record.timeMs : undefined;
        const key = `${record.type} ${device}`;
        let list = readings.get(key);
        if (list === undefined) readings.set(key, (list = []));
        list.push(`${numberText(timeMs)} ${numberText(value)}`);
      }
    }
  } catch (thrown) {
    const { message, line, file, hint } = thrown as Error & { line?: number; file?: string; hint?: string };
    error = { inputError: isInputError(thrown), message, line, file, hint };
  }
  const records = [...readings].sort(([a], [b]) => a.localeCompare(b)).flatMap(([key, values]) => values.map((value) => `${key} ${value}`));
  const shared = [...objects].sort(([a], [b]) => a.localeCompare(b)).map(([device, set]) => `${device} ${set.size}`);
  return { records, shared, messages: context.messages, error };
}

async function compare(read: Reader, reference: Reader, text: string, seed: number) {
  const bytes = toBytes(text);
  const host = seed % 3 === 0 ? 'node-b' : undefined;
  const timeZone = seed % 2 === 0 ? 'UTC' : 'Europe/Paris';
  const [got, expected] = [await outcome(read, bytes, seed, host, timeZone), await outcome(reference, bytes, seed, host, timeZone)];
  // An error ends the reading of the file, and the records yielded before it (batches differ) count for nothing.
  if (expected.error) expect({ ...got, records: [], shared: [] }, `seed ${seed}`).toEqual({ ...expected, records: [], shared: [] });
  else expect(got, `seed ${seed}`).toEqual(expected);
  return expected;
}

/** Enough inputs that each odd line and ending meets each way of cutting the file. */
const SEEDS = Array.from({ length: 400 }, (_, i) => i + 1);

describe('dcgm fast paths read what the general paths read', { timeout: 120_000 }, () => {
  it('dcgmi dmon: rows, headers, units lines, other entities, odd times and values, CRLF, cut ends', async () => {
    let records = 0;
    let failures = 0;
    for (const seed of SEEDS) {
      const expected = await compare(readDcgmiDmon, referenceDmon, dmonLog(seed), seed);
      records += expected.records.length;
      if (expected.error) failures++;
    }
    // Most logs are read to the end; some stop at a line that cannot be read.
    expect(records).toBeGreaterThan(50_000);
    expect(failures).toBeGreaterThan(SEEDS.length / 10);
    expect(failures).toBeLessThan(SEEDS.length / 2);
  });

  it('DCGM exporter and promtool dumps: label orders and sets, comments, NaN and blanks, resets, exemplars, broken lines', async () => {
    let records = 0;
    let failures = 0;
    for (const seed of SEEDS) {
      const expected = await compare(readPrometheus, referencePrometheus, exporterDump(seed), seed);
      records += expected.records.length;
      if (expected.error) failures++;
    }
    expect(records).toBeGreaterThan(20_000);
    expect(failures).toBeGreaterThan(SEEDS.length / 20);
    expect(failures).toBeLessThan(SEEDS.length / 2);
  });
});
