import { describe, expect, it } from 'vitest';
import { createContext, expectInputError, expectRecords, runPlugin, textSource } from 'carbon-ci/testing';
import plugin from './index.mjs';

const sample = new URL('./power.jsonl', import.meta.url);

describe('power-jsonl example plugin', () => {
  it('reads the sample: one power record per line, GPUs by index, the null reading dropped and counted', async () => {
    const { records, warnings, confidence } = await runPlugin(plugin, sample, { options: { host: 'rack7-node3' } });
    expect(confidence).toBe(0.9);
    expect(records).toHaveLength(23);
    expectRecords(records.slice(0, 3), [
      { type: 'power', device: { id: 'rack7-node3:gpu0', index: 0, host: 'rack7-node3' }, timeMs: Date.parse('2025-01-20T09:00:00.120Z'), powerW: 78.3 },
      { type: 'power', device: 'rack7-node3:gpu1', timeMs: Date.parse('2025-01-20T09:00:00.124Z'), powerW: 76.9 },
      { type: 'power', device: 'rack7-node3:gpu0', powerW: 301.2, origin: { line: 3 } },
    ]);
    expect(records[0]!.device).toBe(records[2]!.device);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 line\(s\) without a power reading, first at line 10/)]);
  });

  it('asks for the local time zone only when a time has no zone', async () => {
    for (const [t, asked] of [['2025-01-20T09:00:00Z', false], ['2025-01-20 09:00:00', true]] as const) {
      const context = createContext();
      for await (const _ of plugin.read(textSource(`{"t": "${t}", "gpu": 0, "watts": 1}\n`), context));
      expect(context.usedLocalTimeZone).toBe(asked);
    }
  });

  it('reads times without a zone in the zone the user names', async () => {
    const { records } = await runPlugin(plugin, textSource('{"t": "2025-07-01 12:00:00", "gpu": 0, "watts": 250}\n', 'local.jsonl'), {
      timeZone: 'Europe/Paris',
    });
    expectRecords(records, [{ type: 'power', timeMs: Date.parse('2025-07-01T10:00:00Z'), powerW: 250 }]);
  });

  it('refuses a malformed line with the file, the line and the fix', async () => {
    const text = '{"t": "2025-01-20T09:00:00Z", "gpu": 0, "watts": 300}\n{"t": "yesterday", "gpu": 0, "watts": 300}\n';
    const error = await expectInputError(runPlugin(plugin, textSource(text, 'bad.jsonl')), { file: 'bad.jsonl', line: 2, hint: /ISO 8601 time/ });
    expect(error.message).toMatch(/^bad\.jsonl:2: bad "t" or "gpu"/);
  });

  it('drops a last line cut short while the logger was writing', async () => {
    const text = '{"t": "2025-01-20T09:00:00Z", "gpu": 0, "watts": 300}\n{"t": "2025-01-20T09:00:05Z", "gpu": 0, "wat';
    const { records, warnings } = await runPlugin(plugin, textSource(text, 'live.jsonl'));
    expect(records).toHaveLength(1);
    expect(warnings).toEqual([expect.stringMatching(/dropped 1 line/)]);
  });

  it('claims its own files only', () => {
    expect(plugin.detect({ path: 'power.jsonl', head: '{"t": "2025-01-20T09:00:00Z", "gpu": 0, "watts": 1}\n' })).toBe(0.9);
    expect(plugin.detect({ path: 'events.jsonl', head: '{"system.gpu.0.powerWatts": 27.79, "_timestamp": 1582070941}\n' })).toBe(0);
    expect(plugin.detect({ path: 'gpu.csv', head: 'timestamp, power.draw [W]\n' })).toBe(0);
  });
});
