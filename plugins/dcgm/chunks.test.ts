// Where the file's chunks happen to end changes nothing: each input, fed in pieces of a few bytes (a
// line, a number or a UTF-8 character cut anywhere), reads to what it reads in one piece.
import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FileSource } from 'carbon-ci';
import { runPlugin } from 'carbon-ci/testing';
import plugin from './index.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
const files = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((name) => /\.(prom|om|txt|log)$/.test(name));

const POWER = 'DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-aaaa",modelName="NVIDIA H100 80GB HBM3",note="caf\u00e9"}';
const inline: Record<string, string> = {
  'crlf-bom-cut.prom': `\ufeff# TYPE x gauge\r\n${POWER} 100 1747029630000\r\n${POWER} NaN 1747029660000\r\n${POWER} 101 1747029690000\r\n${POWER.slice(0, 40)}`,
  'crlf-bom-cut.log':
    '\ufeff1777708107.135 #Entity POWER TOTEC TMPTR\r\n1777708107.135 ID W mJ C\r\n1777708108.0 GPU 0 100 1000 \u00e9\r\n1777708109.0 GPU 0 N/A 2000 40\r\n' +
    '2026-05-02T10:00:00.5+0200 GPU 1 101 3000 40\r\n2026-05-02 10:00:01 GPU 1 102 4000 40\r\n1777708111.0 GPU 0 10',
  'late-error.log': '1777708107.135 #Entity POWER\n' + Array.from({ length: 40 }, (_, i) => `${1777708108 + i}.5 GPU ${i % 3} ${100 + i}\n`).join('') + '1777708200.0 GPU 0 61W\n',
};

/** The bytes as a file whose chunks are `size` bytes long. */
function piecesSource(path: string, bytes: Buffer, size: number): FileSource {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return { kind: 'file', path, open: () => Readable.from(pieces) };
}

/** What the plugin makes of a file: its readings of each kind in order, its messages, or its error. */
async function outcome(source: FileSource) {
  try {
    const { records, warnings, infos } = await runPlugin(plugin, source, { timeZone: 'Europe/Paris' });
    const ofType = (type: string) => records.filter((r) => r.type === type).map((r) => JSON.stringify(r));
    return { power: ofType('power'), counters: ofType('energy-counter'), warnings, infos };
  } catch (error) {
    const { message, line } = error as Error & { line?: number };
    return { error: { message, line } };
  }
}

describe('dcgm chunk boundaries', () => {
  const inputs: [string, Buffer][] = [...files.map((name): [string, Buffer] => [name, readFileSync(fixtures + name)]), ...Object.entries(inline).map(([name, text]): [string, Buffer] => [name, Buffer.from(text)])];

  it.each(inputs)('%s reads the same in pieces of any size', async (name, bytes) => {
    const whole = await outcome(piecesSource(name, bytes, bytes.length));
    if (!('error' in whole)) expect(whole.power.length + whole.counters.length).toBeGreaterThan(0);
    for (const size of [1, 2, 3, 7, 64]) expect(await outcome(piecesSource(name, bytes, size)), `${name} in pieces of ${size}`).toEqual(whole);
  });

  it('covers readings, drops and errors', async () => {
    const results = await Promise.all(inputs.map(([name, bytes]) => outcome(piecesSource(name, bytes, bytes.length))));
    expect(results.filter((r) => 'error' in r).length).toBeGreaterThanOrEqual(4);
    expect(results.some((r) => r.warnings?.some((w) => w.includes('cut short')))).toBe(true);
  });
});
