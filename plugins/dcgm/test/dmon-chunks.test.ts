// A chunk too large for the dmon row kernel (a log of very long lines gives one) is read by the
// TypeScript fast path alone, to the same readings as the same rows in small chunks.
import { describe, expect, it } from 'vitest';
import { expandRecords } from 'carbon-ci';
import type { PluginRecord } from 'carbon-ci';
import { createContext } from 'carbon-ci/testing';
import { dcgmiDmonChunks } from '../../../bench/generate.mjs';
import { DmonReader } from '../dmon-reader.js';

function readings(chunks: Buffer[]): string[] {
  const reader = new DmonReader('dmon.log', createContext({ timeZone: 'UTC' }), undefined);
  const out: string[] = [];
  for (const bytes of chunks) {
    for (const batch of reader.consume({ bytes, unterminatedLast: false }) as Iterable<PluginRecord[]>) {
      for (const r of expandRecords(batch)) out.push(`${r.type} ${r.device.id} ${'timeMs' in r ? r.timeMs : ''} ${r.type === 'power' ? r.powerW : r.type === 'energy-counter' ? r.counterJ : ''}`);
    }
  }
  reader.finish();
  return out.sort();
}

describe('dcgmi dmon reader', () => {
  it('reads a chunk larger than the row kernel takes as it reads the same rows in small chunks', () => {
    const log = Buffer.from([...dcgmiDmonChunks({ targetBytes: 3_000_000 })].join(''));
    const whole = log.subarray(0, log.lastIndexOf(10) + 1);
    expect(whole.length).toBeGreaterThan(1024 * 1024);
    const small: Buffer[] = [];
    for (let at = 0; at < whole.length; ) {
      const end = whole.lastIndexOf(10, Math.min(whole.length, at + 100_000) - 1) + 1;
      small.push(whole.subarray(at, end));
      at = end;
    }
    const big = readings([whole]);
    expect(big.length).toBeGreaterThan(100_000);
    expect(big).toEqual(readings(small));
  });
});
