import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { textSource } from 'carbon-ci/testing';
import { choosePlugin } from '../../src/telemetry/choose.js';
import { readHead } from '../../src/telemetry/source.js';
import { readTelemetry } from '../../src/telemetry/read.js';
import nvidiaSmi from './index.js';
import { failure, fixture, run, utc } from './test-helpers.js';

describe('nvidia-smi plugin: bad input', () => {
  it('empty input: refused', async () => {
    expect((await failure(textSource('', 'empty.csv'))).message).toMatch(/^empty\.csv: no nvidia-smi header or rows found/);
  });

  it('an empty file: refused by name before any plugin runs', async () => {
    const log = { debug: () => {}, info: () => {}, warn: () => {} };
    const read = async () => {
      for await (const _ of readTelemetry([fixture('bad/empty.csv')], { plugins: [nvidiaSmi as never], timeZone: 'UTC', log }));
    };
    await expect(read()).rejects.toThrow(/empty\.csv: the file is empty \(0 bytes\)/);
  });

  it('a header and no samples: refused', async () => {
    expect((await failure(textSource('timestamp, power.draw [W]\n', 'h.csv'))).message).toMatch(/^h\.csv: the log has a header but no samples/);
  });

  it('other formats: detect 0 and choosePlugin says it cannot tell the format', async () => {
    for (const name of ['bad/other-codecarbon.csv', 'bad/other-dmon.txt', 'bad/other.json']) {
      const path = fixture(name);
      const head = await readHead(path);
      expect(nvidiaSmi.detect({ path, head }), name).toBe(0);
      expect(() => choosePlugin({ path, head }, [nvidiaSmi as never])).toThrow(/could not tell the format[\s\S]*--plugin/);
    }
  });

  it('a truncated last line: warned and dropped', async () => {
    const { records, warnings } = await run(fixture('truncated-last.csv'));
    expect(records.map((r) => r.powerW)).toEqual([300, 301]);
    expect(warnings).toEqual([`${fixture('truncated-last.csv')}:4: the last line is cut short (the logger was stopped mid-write); dropped`]);
  });

  it('a last line cut inside its last field (units missing): dropped; a complete unterminated line: kept', async () => {
    const head = 'timestamp, power.draw [W], memory.used [MiB]\n2024/01/01 00:00:00.000, 300.00 W, 1200 MiB\n';
    const cut = await run(textSource(`${head}2024/01/01 00:00:01.000, 301.00 W, 12`, 'cut.csv'));
    expect(cut.records).toHaveLength(1);
    expect(cut.warnings[0]).toMatch(/cut\.csv:3: the last line is cut short/);
    const whole = await run(textSource(`${head}2024/01/01 00:00:01.000, 301.00 W, 1200 MiB`, 'whole.csv'));
    expect(whole.records.map((r) => r.powerW)).toEqual([300, 301]);
    expect(whole.warnings).toEqual([]);
    const nounits = await run(textSource('timestamp, power.draw [W]\n2024/01/01 00:00:00.000, 300.00\n2024/01/01 00:00:01.000, 301.00', 'n.csv'));
    expect(nounits.records).toHaveLength(2);
  });

  it('a header without power.draw: refused, naming the file and the fix', async () => {
    const e = await failure(fixture('no-power.csv'));
    expect(e.message).toContain(`${fixture('no-power.csv')}:1: the header has no power.draw column (fields: timestamp, index, name, utilization.gpu, memory.used)`);
    expect(e.message).toMatch(/fix: log power: add power\.draw to --query-gpu/);
  });

  it('a GPU that reports no power at all: refused with the estimate hint', async () => {
    const e = await failure(fixture('power-not-supported.csv'));
    expect(e.message).toMatch(/no power readings: all 3 power\.draw values are missing[\s\S]*carbon-ci estimate/);
  });

  it('lines with the wrong number of fields: warned by file:line, dropped, reading goes on', async () => {
    const lines = ['timestamp, index, power.draw [W]'];
    for (let s = 0; s < 10; s++) lines.push(`2024/01/01 00:00:0${s}.000, 0, ${s}.00 W`);
    lines.splice(3, 0, '2024/01/01 00:00:01.500, 0');
    lines.splice(6, 0, 'garbage line', '2024/01/01 00:00:03.500, 0, 5 W, extra', 'not a time, 0, 1 W', '2024/01/01 00:00:03.700, 0, lots');
    const { records, warnings } = await run(textSource(lines.join('\n') + '\n', 'm.csv'));
    expect(records.map((r) => r.powerW)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(warnings.slice(0, 3)).toEqual([
      'm.csv:4: expected 3 fields, found 2; line dropped',
      'm.csv:7: expected 3 fields, found 1; line dropped',
      'm.csv:8: expected 3 fields, found 4; line dropped',
    ]);
    expect(warnings[3]).toBe('m.csv: 5 malformed lines dropped in all (first: line 4: expected 3 fields, found 2)');
  });

  it('mostly not nvidia-smi rows: refused as not an nvidia-smi log', async () => {
    const lines = ['timestamp, power.draw [W]', '2024/01/01 00:00:00.000, 1 W'];
    for (let i = 0; i < 1500; i++) lines.push(`row ${i}`);
    expect((await failure(textSource(lines.join('\n') + '\n', 'junk.csv'))).message).toMatch(
      /^junk\.csv: 1500 of 1501 lines are not nvidia-smi rows .*this does not look like an nvidia-smi --query-gpu log/,
    );
    const few = ['timestamp, power.draw [W]', '2024/01/01 00:00:00.000, 1 W', 'a', 'b'];
    expect((await failure(textSource(few.join('\n') + '\n', 'few.csv'))).message).toMatch(/2 of 3 lines are not nvidia-smi rows/);
  });

  it('negative, absurd, backwards and duplicate readings pass through as written, with their origin', async () => {
    const text = [
      'timestamp, index, power.draw [W]',
      '2024/01/01 00:00:00.000, 0, 100.00 W',
      '2024/01/01 00:00:01.000, 0, -5.00 W',
      '2024/01/01 00:00:02.000, 0, 99999.00 W',
      '2024/01/01 00:00:01.500, 0, 110.00 W',
      '2024/01/01 00:00:01.500, 0, 110.00 W',
      '2024/01/01 00:00:03.000, 0, 120.00 W',
    ].join('\n');
    const { records } = await run(textSource(text + '\n', 'odd.csv'));
    expect(records.map((r) => [r.timeMs - utc(2024, 1, 1, 0, 0, 0), r.powerW, r.origin?.line])).toEqual([
      [0, 100, undefined],
      [1000, -5, 3],
      [2000, 99999, 4],
      [1500, 110, 5],
      [1500, 110, 6],
      [3000, 120, undefined],
    ]);
    expect(records[1]!.origin).toEqual({ file: 'odd.csv', line: 3 });
  });

  it('a header repeated mid-file (logs appended) is skipped; a new header re-maps the columns', async () => {
    const text = [
      'timestamp, index, power.draw [W]',
      '2024/01/01 00:00:00.000, 0, 100.00 W',
      'timestamp, index, power.draw [W]',
      '2024/01/01 00:00:01.000, 0, 101.00 W',
      'index, power.draw [W], timestamp, name',
      '0, 102.00 W, 2024/01/01 00:00:02.000, NVIDIA A10G',
    ].join('\n');
    const { records, warnings, infos } = await run(textSource(text + '\n', 'app.csv'));
    expect(records.map((r) => r.powerW)).toEqual([100, 101, 102]);
    expect(warnings).toEqual([]);
    expect(infos.join('\n')).toMatch(/app\.csv:5: a new header/);
  });

  it('a utilisation out of 0..100 is left out, not clamped', async () => {
    const text = 'timestamp, power.draw [W], utilization.gpu [%]\n2024/01/01 00:00:00.000, 1 W, 150 %\n2024/01/01 00:00:01.000, 1 W, [N/A]\n';
    const { records } = await run(textSource(text, 'u.csv'));
    expect(records.map((r) => r.utilization)).toEqual([undefined, undefined]);
    expect(records.every((r) => !('utilization' in r))).toBe(true);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(run(fixture('real-d-nounits.csv'), { signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});

describe('nvidia-smi plugin: chunk boundaries', () => {
  it('reads the same records whatever sizes the stream delivers', async () => {
    for (const name of ['multi-uuid-units.csv', 'no-index-interleaved.csv', 'bom-crlf.csv', 'truncated-last.csv']) {
      const bytes = readFileSync(fixture(name));
      const whole = await run(fixture(name));
      for (const size of [1, 2, 3, 7, 64, 333]) {
        const parts: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
        const source = { kind: 'file' as const, path: fixture(name), open: () => Readable.from(parts) };
        const cut = await run(source);
        expect(cut.records, `${name} in chunks of ${size}`).toEqual(whole.records);
        expect(cut.warnings).toEqual(whole.warnings);
      }
    }
  });

  it('reads headerless logs in small chunks too', async () => {
    const text = '2024/01/15 10:23:45.000, NVIDIA A10G, 30.00 W\n2024/01/15 10:23:46.000, NVIDIA A10G, 31.00 W\n';
    const parts = [...Buffer.from(text)].map((b) => Buffer.from([b]));
    const { records } = await run({ kind: 'file', path: 'h.csv', open: () => Readable.from(parts) });
    expect(records.map((r) => r.powerW)).toEqual([30, 31]);
  });
});
